import { html } from 'hono/html';
import { appliedSplit } from '../../functions/split/correct-applied-split.ts';
import { type Layout, parseLayout } from '../../shared/domain/split-layout.ts';
import { forbidden, notFound } from './auth.ts';
import type { Ctx, WebContext } from './context.ts';
import { auditRead, fileFor } from './document-access.ts';
import { fileMessages, filePageBody } from './file-view.ts';
import { statusName } from './i18n.ts';
import { type FieldError, notice, page, view } from './layout.ts';
import { splitMessages, splitPanel } from './split-view.ts';
import type { WebUser } from './users.ts';

/**
 * The page of a split file (`/documents/<file id>`): its parts for everyone the file rule lets in,
 * and for triage officers the split panel of the file as it is split now, to correct it. A
 * correction that was refused is shown here again with what is wrong.
 */
export interface FilePageOptions {
  status?: 200 | 400 | 409;
  layout?: Layout;
  errors?: FieldError[];
}

export async function filePage(web: WebContext, c: Ctx, user: WebUser, id: string, o: FilePageOptions = {}) {
  const access = await fileFor(web, user, id);
  if (!access.ok) return access.status === 404 ? notFound(c) : forbidden(c, c.get('t').notAssignedText);
  const v = view(c);
  const sm = splitMessages(v.lang);
  await auditRead(web, access.file, user, 'viewed', { part: 'file' });
  const events = access.view.mayCorrect ? await web.rt.ledger.listEvents(access.file.id) : [];
  const state = access.view.mayCorrect ? await appliedSplit(web.rt.correctSplitDeps, id) : undefined;
  const panel =
    state && state.read.texts.length > 0
      ? splitPanel(v, state.file, state.read, {
          base: `/documents/${id}`,
          action: `/triage/files/${id}/split`,
          layout: o.layout ?? parseLayout(c.req.query('parts')) ?? state.read.proposal,
          errors: o.errors ?? [],
          applied: { parts: state.parts, statusName: (p) => statusName(p.status, v.lang) },
          hidden: access.view.hiddenPages,
        })
      : undefined;
  // The parts corrections replaced, as the file's own events name them.
  const replacedIds = [
    ...new Set(
      events
        .filter((e) => e.type === 'split.corrected')
        .flatMap((e) => ((e.data?.replaced ?? []) as { id?: unknown }[]).map((r) => r.id))
        .filter((x): x is string => typeof x === 'string'),
    ),
  ];
  const replaced = [];
  for (const rid of replacedIds) {
    const part = await web.rt.ledger.getDocument(rid);
    if (part?.status !== 'superseded') continue;
    const by = await Promise.all((part.supersededBy ?? []).map(async (b) => (await web.rt.ledger.getDocument(b))?.receiptNumber ?? b));
    replaced.push({ part, by });
  }
  const msg = c.req.query('msg');
  const info = msg === 'corrected' ? sm.doneApplied : msg === 'changed' ? sm.changedMeanwhile : undefined;
  const body = html`${notice(info, msg === 'changed' ? 'warning' : 'success')}
${filePageBody(v, { ...access, user, fileView: access.view, events, panel, replaced })}`;
  const title = fileMessages(v.lang).title(access.file.filename);
  return c.html(page(v, { title, area: access.view.mayCorrect ? 'triage' : 'inbox', body }), (o.status ?? 200) as 200);
}
