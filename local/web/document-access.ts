import type { Directory } from '../../shared/domain/directory.ts';
import type { DocumentRecord } from '../../shared/domain/document.ts';
import { canAct, canOpen } from './access.ts';
import { directoryNow, type WebContext } from './context.ts';
import type { WebUser } from './users.ts';

/**
 * Loads a document for a user and applies the access rules: the single path by which pages and
 * the API reach a document. Every granted read of content is an audit event; every refusal is
 * logged (ids only).
 */
export type DocumentAccess =
  | { ok: true; doc: DocumentRecord; directory: Directory; now: Date; today: string; mayAct: boolean }
  | { ok: false; status: 404 | 403; reason: 'not-found' | 'restricted' | 'not-assigned' | 'not-available' };

export async function documentFor(web: WebContext, user: WebUser, id: string): Promise<DocumentAccess> {
  const doc = await web.rt.ledger.getDocument(id);
  if (!doc) return { ok: false, status: 404, reason: 'not-found' };
  const { directory, now, today } = await directoryNow(web);
  const decision = canOpen(user, doc, directory, today);
  if (!decision.allowed) {
    web.rt.logger.warn('document access denied', { documentId: doc.id, user: user.username, reason: decision.reason });
    await web.rt.ledger.appendEvent(doc.id, { type: 'access.denied', actor: user.username, data: { reason: decision.reason } });
    return { ok: false, status: 403, reason: decision.reason };
  }
  return { ok: true, doc, directory, now, today, mayAct: canAct(user, doc, directory, today) };
}

/** Records that a user saw (part of) a document. */
export function auditRead(
  web: WebContext,
  doc: DocumentRecord,
  user: WebUser,
  type: 'viewed' | 'downloaded',
  data: Record<string, unknown>,
) {
  return web.rt.ledger.appendEvent(doc.id, { type, actor: user.username, data });
}
