import { html } from 'hono/html';
import { acknowledge, close, reassign } from '../../../functions/work-items/work-items.ts';
import type { DocumentRecord } from '../../../shared/domain/document.ts';
import { WorkItemRequestError, WorkItemStateError } from '../../../shared/domain/errors.ts';
import { legalClocks } from '../../../shared/domain/legal-clocks.ts';
import { canOpen, canUse, mayOpenMessage } from '../access.ts';
import { forbidden, notFound, requireArea, requireUser } from '../auth.ts';
import { type Ctx, currentUser, directoryNow, field, formData, type WebApp, type WebContext } from '../context.ts';
import { auditRead, type DocumentAccess, documentFor, fileFor } from '../document-access.ts';
import { clockLabel, documentFacts, documentTypeLabel, historyTable, pagesAndText, reasonsList } from '../document-view.ts';
import { filePage } from '../file-page.ts';
import { fileMessages } from '../file-view.ts';
import { age, dateTime, longDay } from '../format.ts';
import { defineMessages, statusName } from '../i18n.ts';
import { type InboxItem, inboxFor } from '../inbox.ts';
import { csrfField, errorSummary, type FieldError, fieldError, type Html, notice, page, type View, view } from '../layout.ts';
import { asOpened, mailBlock, mailBlockFor, mailMessages, messageDocuments } from '../mail-view.ts';
import { pageImage, recognisedText } from '../page-images.ts';
import { originalOf } from '../part-original.ts';
import type { WebUser } from '../users.ts';

const messages = defineMessages(
  {
    title: 'Mijn werk',
    intro: 'Documenten die op u wachten, de oudste eerst.',
    own: 'Mijn documenten',
    cover: (name: string, until: string) => `Waarneming voor ${name} (afwezig tot en met ${until})`,
    team: (name: string) => `Wachtrij van ${name}`,
    teamFallback: 'Wachtrij van mijn team',
    empty: 'Er liggen hier geen documenten.',
    caption: (what: string, n: number) => `${what}: ${n === 1 ? '1 document' : `${n} documenten`}`,
    received: 'Ontvangen',
    age: 'Wacht al',
    type: 'Soort',
    client: 'Klant',
    clock: 'Wettelijke termijn',
    status: 'Stand',
    open: 'Openen',
    openLabel: (type: string, n: string) => `${type} ${n} openen`,
    onlyAssignee: 'alleen de behandelaar',
    documentTitle: (n: string) => `Document ${n}`,
    actions: 'Wat wilt u doen?',
    acknowledge: 'In behandeling nemen',
    acknowledgeHint: 'Laat weten dat u het document gezien heeft en het oppakt.',
    close: 'Afhandelen',
    closeHint: 'Het document is verwerkt; het verdwijnt uit de wachtrij.',
    reassign: 'Doorsturen naar iemand anders',
    target: 'Naar',
    targetHint: 'Kies een collega of een team.',
    targetMissing: 'Kies naar wie of welk team het document gaat',
    consultants: 'Collega’s',
    teams: 'Teams (wachtrij)',
    reason: 'Reden',
    reasonHint: 'Waarom hoort het document niet bij u? Dit helpt het doorsturen te verbeteren.',
    reasonMissing: 'Vul een reden in',
    reassignSubmit: 'Doorsturen',
    acknowledged: 'U heeft het document in behandeling genomen.',
    closed: 'Het document is afgehandeld.',
    reassigned: 'Het document is doorgestuurd.',
    sameTarget: 'Het document ligt daar al. Kies een andere collega of een ander team.',
    stateChanged: 'Dit kan niet meer: iemand anders heeft het document intussen behandeld. De pagina toont de nieuwe stand.',
    notYours: 'U kunt dit document bekijken, maar alleen de behandelaar of de teamleider kan er iets mee doen.',
    back: 'Terug naar mijn werk',
  },
  {
    title: 'My work',
    intro: 'Documents waiting for you, oldest first.',
    own: 'My documents',
    cover: (name: string, until: string) => `Covering for ${name} (absent up to and including ${until})`,
    team: (name: string) => `Queue of ${name}`,
    teamFallback: 'My team’s queue',
    empty: 'There are no documents here.',
    caption: (what: string, n: number) => `${what}: ${n === 1 ? '1 document' : `${n} documents`}`,
    received: 'Received',
    age: 'Waiting',
    type: 'Type',
    client: 'Client',
    clock: 'Legal deadline',
    status: 'State',
    open: 'Open',
    openLabel: (type: string, n: string) => `Open ${type} ${n}`,
    onlyAssignee: 'assignee only',
    documentTitle: (n: string) => `Document ${n}`,
    actions: 'What do you want to do?',
    acknowledge: 'Acknowledge',
    acknowledgeHint: 'Confirm that you have seen the document and take it on.',
    close: 'Close',
    closeHint: 'The document has been dealt with; it leaves the queue.',
    reassign: 'Hand over to someone else',
    target: 'To',
    targetHint: 'Choose a colleague or a team.',
    targetMissing: 'Choose who or which team gets the document',
    consultants: 'Colleagues',
    teams: 'Teams (queue)',
    reason: 'Reason',
    reasonHint: 'Why is this document not for you? It helps to improve the routing.',
    reasonMissing: 'Enter a reason',
    reassignSubmit: 'Hand over',
    acknowledged: 'You have acknowledged the document.',
    closed: 'The document is closed.',
    reassigned: 'The document was handed over.',
    sameTarget: 'The document is already there. Choose another colleague or team.',
    stateChanged: 'This is no longer possible: someone else has dealt with the document in the meantime. The page shows its new state.',
    notYours: 'You can view this document, but only its assignee or the team lead can act on it.',
    back: 'Back to my work',
  },
);

function itemsTable(v: View, caption: string, items: InboxItem[], now: Date, timeZone: string): Html {
  const m = messages(v.lang);
  if (!items.length) return html`<p>${m.empty}</p>`;
  return html`<div class="table-scroll"><table>
  <caption class="visually-hidden">${m.caption(caption, items.length)}</caption>
  <thead><tr>
    <th scope="col">${m.received}</th><th scope="col">${m.age}</th><th scope="col">${m.type}</th><th scope="col">${m.client}</th>
    <th scope="col">${m.clock}</th><th scope="col">${m.status}</th><th scope="col"><span class="visually-hidden">${m.open}</span></th>
  </tr></thead>
  <tbody>${items.map((i) => {
    const type = documentTypeLabel(i.doc, v.lang, i.showType);
    return html`<tr>
    <td>${dateTime(i.doc.receivedAt, v.lang, timeZone)}</td>
    <td>${age(i.doc.receivedAt, now, v.lang)}</td>
    <td>${type}</td>
    <td>${i.doc.clientNumber ?? '–'}</td>
    <td>${i.clock ? html`<span class="${i.clock.overdue || i.clock.daysLeft <= 7 ? 'tag tag-error' : ''}">${clockLabel(i.clock, v.lang)}</span>` : '–'}</td>
    <td>${statusName(i.doc.status, v.lang)}</td>
    <td>${
      i.mayOpen
        ? html`<a href="/documents/${i.doc.id}" aria-label="${m.openLabel(type, i.doc.receiptNumber ?? '')}">${m.open}</a>`
        : html`<span class="muted">${m.onlyAssignee}</span>`
    }</td></tr>`;
  })}</tbody>
</table></div>`;
}

function denied(c: Ctx, access: Extract<DocumentAccess, { ok: false }>) {
  if (access.status === 404) return notFound(c);
  const t = c.get('t');
  const text =
    access.reason === 'restricted' ? t.restrictedText : access.reason === 'not-assigned' ? t.notAssignedText : t.notAvailableText;
  if (c.req.path.startsWith('/api/')) return c.json({ error: 'forbidden', reason: access.reason }, 403);
  return forbidden(c, text);
}

function actionsSection(
  v: View,
  doc: DocumentRecord,
  directory: Extract<DocumentAccess, { ok: true }>['directory'],
  errors: FieldError[],
  form: { target?: string; reason?: string },
): Html {
  const m = messages(v.lang);
  const t = fieldError(errors, 'target');
  const r = fieldError(errors, 'reason');
  const teams = directory.teams;
  return html`<section class="actions" aria-labelledby="actions-title">
  <h2 id="actions-title">${m.actions}</h2>
  ${errorSummary(v, errors)}
  ${
    doc.status === 'routed'
      ? html`<form method="post" action="/documents/${doc.id}/acknowledge">${csrfField(v)}
    <p class="hint" id="ack-hint">${m.acknowledgeHint}</p><button type="submit" aria-describedby="ack-hint">${m.acknowledge}</button></form>`
      : ''
  }
  <form method="post" action="/documents/${doc.id}/close">${csrfField(v)}
    <p class="hint" id="close-hint">${m.closeHint}</p><button type="submit" class="secondary" aria-describedby="close-hint">${m.close}</button></form>
  <form method="post" action="/documents/${doc.id}/reassign" novalidate>${csrfField(v)}
    <fieldset><legend>${m.reassign}</legend>
    <label for="target">${m.target}</label>
    <p class="hint" id="target-hint">${m.targetHint}</p>
    ${t.message}
    <select id="target" name="target" required aria-describedby="target-hint${t.message ? ' target-error' : ''}"${errors.some((e) => e.field === 'target') ? html` aria-invalid="true"` : ''}>
      <option value="">—</option>
      <optgroup label="${m.consultants}">${directory.consultants.map(
        (c) =>
          html`<option value="consultant:${c.id}"${form.target === `consultant:${c.id}` ? html` selected` : ''}>${c.name} (${teams.find((x) => x.id === c.team)?.name ?? c.team})</option>`,
      )}</optgroup>
      <optgroup label="${m.teams}">${teams.map(
        (x) => html`<option value="team:${x.id}"${form.target === `team:${x.id}` ? html` selected` : ''}>${x.name}</option>`,
      )}</optgroup>
    </select>
    <label for="reason">${m.reason}</label>
    <p class="hint" id="reason-hint">${m.reasonHint}</p>
    ${r.message}
    <textarea id="reason" name="reason" required maxlength="500" aria-describedby="reason-hint${r.message ? ' reason-error' : ''}"${errors.some((e) => e.field === 'reason') ? html` aria-invalid="true"` : ''}>${form.reason ?? ''}</textarea>
    <p><button type="submit">${m.reassignSubmit}</button></p>
    </fieldset>
  </form>
</section>`;
}

const MSG: Record<string, 'acknowledged' | 'closed' | 'reassigned' | 'stateChanged'> = {
  acknowledged: 'acknowledged',
  closed: 'closed',
  reassigned: 'reassigned',
  conflict: 'stateChanged',
};

async function viewerPage(
  web: WebContext,
  c: Ctx,
  user: WebUser,
  access: Extract<DocumentAccess, { ok: true }>,
  o: { errors?: FieldError[]; form?: { target?: string; reason?: string }; status?: number } = {},
) {
  const v = view(c);
  const m = messages(v.lang);
  const { doc, directory, now } = access;
  const pages = await recognisedText(web.rt.objects, doc.id);
  await auditRead(web, doc, user, 'viewed', { part: 'viewer' });
  const events = await web.rt.ledger.listEvents(doc.id);
  const clocks = legalClocks({ ...doc, now, timeZone: directory.organisation.timezone });
  const mail = await mailBlockFor(web, user, doc, directory, access.today);
  const msgKey = MSG[c.req.query('msg') ?? ''];
  const body = html`<p><a href="/inbox">${m.back}</a></p>
<h1>${m.documentTitle(doc.receiptNumber ?? doc.id)}</h1>
${notice(msgKey ? m[msgKey] : undefined, msgKey === 'stateChanged' ? 'warning' : 'success')}
${documentFacts(v, doc, { directory, now, clocks })}
${reasonsList(v, doc)}
${mail ? mailBlock(v, mail, { currentId: doc.id, timeZone: directory.organisation.timezone }) : ''}
${access.mayAct ? actionsSection(v, doc, directory, o.errors ?? [], o.form ?? {}) : doc.status === 'routed' || doc.status === 'acknowledged' ? html`<p>${m.notYours}</p>` : ''}
${pagesAndText(v, doc, pages, `/documents/${doc.id}`)}
${historyTable(v, events, directory.organisation.timezone)}`;
  return c.html(page(v, { title: m.documentTitle(doc.receiptNumber ?? doc.id), area: 'inbox', body }), (o.status ?? 200) as 200);
}

async function isSplitFile(web: WebContext, id: string): Promise<boolean> {
  return (await web.rt.ledger.getDocument(id))?.status === 'split';
}

/** A page image of a split file: only a page the file rule lets this user see. */
async function filePageImage(web: WebContext, c: Ctx, user: WebUser, id: string, param: string) {
  const access = await fileFor(web, user, id);
  if (!access.ok) return access.status === 404 ? notFound(c) : forbidden(c);
  const n = Number.parseInt(param, 10);
  const { file } = access;
  if (!access.view.visiblePages.has(n)) {
    const reason = access.view.hiddenPages.get(n) ?? 'not-visible';
    await web.rt.ledger.appendEvent(file.id, {
      type: 'access.denied',
      actor: user.username,
      data: { reason, part: 'page-image', page: n },
    });
    return forbidden(c);
  }
  // A part that was split further numbers its pages from 1; the file rule speaks of the file's pages.
  const position = file.pages ? file.pages.indexOf(n) + 1 : n;
  const png = position > 0 ? await pageImage(web.rt.objects, file, position) : undefined;
  if (!png) return notFound(c);
  await auditRead(web, file, user, 'viewed', { part: 'file-page-image', page: n });
  return c.body(png as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': 'image/png', 'Cache-Control': 'private, no-store' });
}

/** The original to download: a part of a file gets only its own pages (`originalOf`). */
async function download(c: Ctx, web: WebContext, user: WebUser, doc: DocumentRecord, part: string) {
  const file = await originalOf(web.rt.objects, doc);
  if (!file) return notFound(c);
  await auditRead(web, doc, user, 'downloaded', { part, ...(doc.pages ? { pages: doc.pages } : {}) });
  return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': file.mediaType,
    'Content-Disposition': `attachment; filename="${file.filename}"`,
    'Cache-Control': 'private, no-store',
  });
}

/**
 * The original e-mail (.eml) documents came from: it holds every attachment, so only for a user who
 * may open every document made from it (`mayOpenMessage`). A download is audited on each of those
 * documents, a refusal on each one the user may not open (as a document's original is).
 */
async function mailOriginal(c: Ctx, web: WebContext, user: WebUser, id: string) {
  const message = await web.rt.mailLog.get(id);
  if (!message?.objectKey) return notFound(c);
  const { directory, today } = await directoryNow(web);
  const documents = await asOpened(web, await messageDocuments(web, message));
  if (!mayOpenMessage(user, documents, directory, today)) {
    web.rt.logger.warn('mail original access denied', { mailMessageId: message.id, user: user.username });
    for (const doc of documents) {
      const decision = canOpen(user, doc, directory, today);
      if (decision.allowed && doc.status !== 'deleted') continue;
      await web.rt.ledger.appendEvent(doc.id, {
        type: 'access.denied',
        actor: user.username,
        data: { reason: decision.allowed ? 'deleted' : decision.reason, part: 'mail-original', mailMessageId: message.id },
      });
    }
    return forbidden(c, mailMessages(view(c).lang).noDownload);
  }
  const bytes = await web.rt.objects.get(message.objectKey);
  for (const doc of documents) await auditRead(web, doc, user, 'downloaded', { part: 'mail-original', mailMessageId: message.id });
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': 'message/rfc822',
    'Content-Disposition': `attachment; filename="e-mail-${message.id.slice(0, 8)}.eml"`,
    'Cache-Control': 'private, no-store',
  });
}

/** The document content routes, shared by consultants and triage officers (the access rules tell them apart). */
export function registerDocuments(app: WebApp, web: WebContext) {
  app.use('/inbox', requireArea('inbox'));
  app.use('/documents/*', requireUser());
  app.use('/mail/*', requireUser());

  app.get('/mail/:id/original', (c) => mailOriginal(c, web, currentUser(c), c.req.param('id')));

  app.get('/inbox', async (c) => {
    const v = view(c);
    const m = messages(v.lang);
    const inbox = await inboxFor(web, currentUser(c));
    const tz = inbox.directory.organisation.timezone;
    const teamTitle = inbox.teamName ? m.team(inbox.teamName) : m.teamFallback;
    const msgKey = MSG[c.req.query('msg') ?? ''];
    const body = html`<h1>${m.title}</h1>
${notice(msgKey ? m[msgKey] : undefined)}
<p class="lead">${m.intro}</p>
<section aria-labelledby="own-title"><h2 id="own-title">${m.own}</h2>${itemsTable(v, m.own, inbox.own, inbox.now, tz)}</section>
${inbox.cover.map((g, i) => {
  const until = g.colleague.absences.find((a) => a.from <= inbox.today && inbox.today <= a.to)?.to ?? inbox.today;
  const title = m.cover(g.colleague.name, longDay(until, v.lang));
  return html`<section aria-labelledby="cover-${i}"><h2 id="cover-${i}">${title}</h2>${itemsTable(v, title, g.items, inbox.now, tz)}</section>`;
})}
<section aria-labelledby="team-title"><h2 id="team-title">${teamTitle}</h2>${itemsTable(v, teamTitle, inbox.team, inbox.now, tz)}</section>`;
    return c.html(page(v, { title: m.title, area: 'inbox', body }));
  });

  app.get('/documents/:id', async (c) => {
    const user = currentUser(c);
    if (await isSplitFile(web, c.req.param('id'))) return filePage(web, c, user, c.req.param('id'));
    const access = await documentFor(web, user, c.req.param('id'));
    if (!access.ok) return denied(c, access);
    // Triage officers work on unrouted documents on their own page.
    if (['triage', 'failed'].includes(access.doc.status) && canUse(user, 'triage')) return c.redirect(`/triage/${access.doc.id}`, 303);
    return viewerPage(web, c, user, access);
  });

  app.get('/documents/:id/pages/:n', async (c) => {
    const user = currentUser(c);
    if (await isSplitFile(web, c.req.param('id'))) return filePageImage(web, c, user, c.req.param('id'), c.req.param('n'));
    const access = await documentFor(web, user, c.req.param('id'));
    if (!access.ok) return denied(c, access);
    const n = Number.parseInt(c.req.param('n'), 10);
    const png = Number.isInteger(n) ? await pageImage(web.rt.objects, access.doc, n) : undefined;
    if (!png) return notFound(c);
    await auditRead(web, access.doc, user, 'viewed', { part: 'page-image', page: n });
    return c.body(png as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': 'image/png', 'Cache-Control': 'private, no-store' });
  });

  app.get('/documents/:id/original', async (c) => {
    const user = currentUser(c);
    const id = c.req.param('id');
    if (await isSplitFile(web, id)) {
      const access = await fileFor(web, user, id);
      if (!access.ok) return access.status === 404 ? notFound(c) : forbidden(c, c.get('t').notAssignedText);
      if (!access.view.wholeOriginal) {
        await web.rt.ledger.appendEvent(id, {
          type: 'access.denied',
          actor: user.username,
          data: { reason: 'restricted-part', part: 'original' },
        });
        return forbidden(c, fileMessages(view(c).lang).noWholeDownload);
      }
      return download(c, web, user, access.file, 'original');
    }
    const access = await documentFor(web, user, id);
    if (!access.ok) return denied(c, access);
    return download(c, web, user, access.doc, access.doc.parentId ? 'part-original' : 'original');
  });

  const act = (name: 'acknowledge' | 'close' | 'reassign') =>
    app.post(`/documents/:id/${name}`, async (c) => {
      const user = currentUser(c);
      const access = await documentFor(web, user, c.req.param('id'));
      if (!access.ok) return denied(c, access);
      if (!access.mayAct) return forbidden(c);
      const m = messages(view(c).lang);
      const deps = {
        ledger: web.rt.ledger,
        directory: web.rt.directory,
        clock: web.rt.clock,
        logger: web.rt.logger,
        alerts: web.rt.alerts,
      };
      const id = access.doc.id;
      try {
        if (name === 'acknowledge') {
          await acknowledge(deps, { documentId: id, by: user.username });
          return c.redirect(`/documents/${id}?msg=acknowledged`, 303);
        }
        if (name === 'close') {
          await close(deps, { documentId: id, by: user.username });
          return c.redirect('/inbox?msg=closed', 303);
        }
        const form = await formData(c);
        const target = field(form, 'target');
        const reason = field(form, 'reason');
        const errors: FieldError[] = [];
        const [kind, to] = target.split(':');
        if (!to || (kind !== 'consultant' && kind !== 'team')) errors.push({ field: 'target', message: m.targetMissing });
        if (!reason) errors.push({ field: 'reason', message: m.reasonMissing });
        if (errors.length) return viewerPage(web, c, user, access, { errors, form: { target, reason }, status: 400 });
        try {
          await reassign(deps, {
            documentId: id,
            by: user.username,
            reason,
            toConsultantId: kind === 'consultant' ? to : undefined,
            toTeam: kind === 'team' ? to : undefined,
          });
        } catch (error) {
          if (error instanceof WorkItemRequestError)
            return viewerPage(web, c, user, access, {
              errors: [{ field: 'target', message: m.sameTarget }],
              form: { target, reason },
              status: 400,
            });
          throw error;
        }
        return c.redirect('/inbox?msg=reassigned', 303);
      } catch (error) {
        if (error instanceof WorkItemStateError) return c.redirect(`/documents/${id}?msg=conflict`, 303);
        throw error;
      }
    });
  act('acknowledge');
  act('close');
  act('reassign');
}
