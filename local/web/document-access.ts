import type { Directory } from '../../shared/domain/directory.ts';
import type { DocumentRecord } from '../../shared/domain/document.ts';
import { canAct, canOpen, type FileView, fileView } from './access.ts';
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

/** A file that was split into parts, with its current parts (in page order) and what this user may see of it. */
export type FileAccess =
  | { ok: true; file: DocumentRecord; parts: DocumentRecord[]; view: FileView; directory: Directory; now: Date; today: string }
  | { ok: false; status: 404 | 403; reason: 'not-found' | 'not-assigned' };

/** The file's current parts: the documents its `childIds` name, in page order. */
export async function currentParts(web: WebContext, file: DocumentRecord): Promise<DocumentRecord[]> {
  const parts = await Promise.all((file.childIds ?? []).map((id) => web.rt.ledger.getDocument(id)));
  return parts.filter((p): p is DocumentRecord => p !== undefined).sort((a, b) => (a.pages?.[0] ?? 0) - (b.pages?.[0] ?? 0));
}

/** Loads a split file for a user and applies the file rule (`fileView`); a refusal is logged and audited like a document's. */
export async function fileFor(web: WebContext, user: WebUser, id: string): Promise<FileAccess> {
  const file = await web.rt.ledger.getDocument(id);
  if (file?.status !== 'split') return { ok: false, status: 404, reason: 'not-found' };
  const { directory, now, today } = await directoryNow(web);
  const parts = await currentParts(web, file);
  const view = fileView(user, file, parts, directory, today);
  if (!view.allowed) {
    web.rt.logger.warn('file access denied', { documentId: file.id, user: user.username, reason: 'not-assigned' });
    await web.rt.ledger.appendEvent(file.id, { type: 'access.denied', actor: user.username, data: { reason: 'not-assigned' } });
    return { ok: false, status: 403, reason: 'not-assigned' };
  }
  return { ok: true, file, parts, view, directory, now, today };
}
