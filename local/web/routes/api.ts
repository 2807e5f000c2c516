import { acknowledge, close, reassign } from '../../../functions/work-items/work-items.ts';
import type { DocumentRecord } from '../../../shared/domain/document.ts';
import { UNROUTED_STATUSES } from '../../../shared/domain/document.ts';
import { legalClocks } from '../../../shared/domain/legal-clocks.ts';
import { reasonText } from '../../../shared/domain/reason.ts';
import { areasOf, mayFollowDeskUpload } from '../access.ts';
import { forbidden, notFound, requireArea, requireUser } from '../auth.ts';
import { type Ctx, currentUser, type WebApp, type WebContext } from '../context.ts';
import { auditRead, type DocumentAccess, documentFor } from '../document-access.ts';
import { type InboxItem, inboxFor } from '../inbox.ts';
import { oldestUnrouted, statusCounts, teamQueues, throughput } from '../operations.ts';
import { recognisedText } from '../page-images.ts';
import { originalOf } from '../part-original.ts';
import { batchFiles } from './mailroom.ts';

/**
 * The JSON API: the same data and the same rules as the pages (401 without a session, 403 JSON
 * when the rules say no). State-changing calls need the session's CSRF token in `X-CSRF-Token`.
 */
function denied(c: Ctx, access: Extract<DocumentAccess, { ok: false }>) {
  if (access.status === 404) return notFound(c);
  return c.json({ error: 'forbidden', reason: access.reason }, 403);
}

/** What the API says about a document: delivery and routing facts, never its text. */
function documentJson(doc: DocumentRecord) {
  return {
    id: doc.id,
    receiptNumber: doc.receiptNumber,
    receivedAt: doc.receivedAt,
    channel: doc.channel,
    pageCount: doc.pageCount,
    status: doc.status,
    documentType: doc.documentType,
    confidence: doc.confidence,
    dataProtectionRequest: doc.dataProtectionRequest ?? null,
    restricted: doc.restricted,
    clientNumber: doc.clientNumber,
    route: doc.route
      ? {
          team: doc.route.team,
          consultantId: doc.route.consultantId,
          queue: doc.route.queue,
          reasons: doc.route.reasons.map((r) => r.text),
        }
      : null,
  };
}

function itemJson(i: InboxItem) {
  return {
    id: i.doc.id,
    receiptNumber: i.doc.receiptNumber,
    receivedAt: i.doc.receivedAt,
    status: i.doc.status,
    documentType: i.showType ? i.doc.documentType : null,
    restricted: i.doc.restricted,
    clientNumber: i.doc.clientNumber,
    legalClock: i.clock,
    relation: i.relation,
    mayOpen: i.mayOpen,
    mayAct: i.mayAct,
  };
}

export function registerApi(app: WebApp, web: WebContext) {
  app.use('/api/me', requireUser());
  app.use('/api/documents/*', requireUser());
  app.use('/api/batches/*', requireUser());
  app.use('/api/inbox', requireArea('inbox'));
  app.use('/api/triage', requireArea('triage'));
  app.use('/api/operations', requireArea('operations'));
  app.use('/api/status', requireArea('operations'));

  /** Counts for monitoring, behind sign-in (operations); `/health` is the public liveness check. */
  app.get('/api/status', async (c) =>
    c.json({
      documents: await web.pipeline.countByStatus(),
      pendingJobs: await web.pipeline.pendingJobs(),
      deadLetters: (await web.pipeline.failedSteps()).length,
    }),
  );

  app.get('/api/me', (c) => {
    const user = currentUser(c);
    return c.json({
      username: user.username,
      name: user.name,
      roles: user.roles,
      consultantId: user.consultantId ?? null,
      areas: areasOf(user),
      csrfToken: c.get('session').csrf,
    });
  });

  app.get('/api/inbox', async (c) => {
    const inbox = await inboxFor(web, currentUser(c));
    return c.json({
      own: inbox.own.map(itemJson),
      cover: inbox.cover.map((g) => ({ consultantId: g.colleague.id, items: g.items.map(itemJson) })),
      team: inbox.team.map(itemJson),
    });
  });

  app.get('/api/triage', async (c) => {
    const docs = await web.rt.ledger.listDocuments({ status: [...UNROUTED_STATUSES], limit: 500 });
    return c.json({ documents: docs.map((d) => ({ ...documentJson(d), alternatives: d.alternatives })) });
  });

  app.get('/api/operations', async (c) => {
    const now = web.rt.clock.now();
    return c.json({
      at: now.toISOString(),
      counts: await statusCounts(web),
      oldestUnrouted: (await oldestUnrouted(web)).map((d) => ({
        id: d.id,
        receiptNumber: d.receiptNumber,
        receivedAt: d.receivedAt,
        status: d.status,
      })),
      alerts: await web.rt.alerts.listOpen({ limit: 200 }),
      queues: await teamQueues(web),
      throughput: await throughput(web),
      deadLetters: await web.pipeline.failedSteps(),
    });
  });

  app.get('/api/batches/:id', async (c) => {
    const user = currentUser(c);
    const batchId = c.req.param('id');
    const items = await web.uploads.items(batchId);
    const channel = items[0]?.channel;
    const allowed =
      channel === 'post'
        ? areasOf(user).includes('mailroom')
        : channel === 'desk'
          ? areasOf(user).includes('desk') && mayFollowDeskUpload(user, items[0]?.uploadedBy ?? '')
          : false;
    if (!items.length) return notFound(c);
    if (!allowed) return forbidden(c, 'This batch is not yours to follow.');
    const files = await batchFiles(web, batchId, c.get('lang'));
    return c.json({ batchId, files: files ?? [] });
  });

  app.get('/api/documents/:id', async (c) => {
    const user = currentUser(c);
    const access = await documentFor(web, user, c.req.param('id'));
    if (!access.ok) return denied(c, access);
    await auditRead(web, access.doc, user, 'viewed', { part: 'api' });
    const { doc, directory, now } = access;
    const clocks = legalClocks({ ...doc, now, timeZone: directory.organisation.timezone });
    return c.json({
      ...documentJson(doc),
      legalClock: clocks[0] ?? null,
      legalClocks: clocks,
      mayAct: access.mayAct,
    });
  });

  app.get('/api/documents/:id/text', async (c) => {
    const user = currentUser(c);
    const access = await documentFor(web, user, c.req.param('id'));
    if (!access.ok) return denied(c, access);
    await auditRead(web, access.doc, user, 'viewed', { part: 'api-text' });
    return c.json({ id: access.doc.id, pages: (await recognisedText(web.rt.objects, access.doc.id)) ?? [] });
  });

  app.get('/api/documents/:id/original', async (c) => {
    const user = currentUser(c);
    const access = await documentFor(web, user, c.req.param('id'));
    if (!access.ok) return denied(c, access);
    const { doc } = access;
    // A part of a split file: only its own pages, never the whole file's original.
    const file = await originalOf(web.rt.objects, doc);
    if (!file) return notFound(c);
    await auditRead(web, doc, user, 'downloaded', { part: 'api-original', ...(doc.pages ? { pages: doc.pages } : {}) });
    return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': file.mediaType,
      'Content-Disposition': `attachment; filename="${file.filename}"`,
      'Cache-Control': 'private, no-store',
    });
  });

  const deps = () => ({
    ledger: web.rt.ledger,
    directory: web.rt.directory,
    clock: web.rt.clock,
    logger: web.rt.logger,
    alerts: web.rt.alerts,
  });

  app.post('/api/documents/:id/:action{acknowledge|close|reassign}', async (c) => {
    const user = currentUser(c);
    const access = await documentFor(web, user, c.req.param('id'));
    if (!access.ok) return denied(c, access);
    if (!access.mayAct) return c.json({ error: 'forbidden', reason: 'not-allowed-to-act' }, 403);
    const id = access.doc.id;
    const action = c.req.param('action');
    const result =
      action === 'acknowledge'
        ? await acknowledge(deps(), { documentId: id, by: user.username })
        : action === 'close'
          ? await close(deps(), { documentId: id, by: user.username })
          : await (async () => {
              const body = (await c.req.json().catch(() => ({}))) as { toConsultantId?: unknown; toTeam?: unknown; reason?: unknown };
              return reassign(deps(), {
                documentId: id,
                by: user.username,
                reason: typeof body.reason === 'string' ? body.reason : '',
                toConsultantId: typeof body.toConsultantId === 'string' ? body.toConsultantId : undefined,
                toTeam: typeof body.toTeam === 'string' ? body.toTeam : undefined,
              });
            })();
    const lang = c.get('lang');
    return c.json({
      document: documentJson(result.document),
      changed: result.changed,
      legalClock: result.legalClock,
      // Sentences in the UI language, as before a list of strings.
      notes: result.notes.map((n) => reasonText(n, lang)),
    });
  });
}
