import type { Consultant, Directory } from '../../shared/domain/directory.ts';
import { type DocumentRecord, UNROUTED_STATUSES, WORK_ITEM_STATUSES } from '../../shared/domain/document.ts';
import { DOCUMENT_TYPES } from '../../shared/domain/document-types.ts';
import type { Role, WebUser } from './users.ts';

/**
 * Who may do what: the one place where the web pages and the JSON API ask. A consultant sees the
 * documents assigned to them, to a colleague they cover for today (an absent colleague whose
 * absence names them as substitute), and their own team's queue (documents with a team but no
 * consultant). A restricted (medical) document is opened only by its assignee. Triage officers
 * open documents while they are unrouted, because deciding where a document goes means reading it.
 */
export type Area = 'desk' | 'mailroom' | 'inbox' | 'triage' | 'operations' | 'directory';

const AREA_ROLES: Record<Area, Role[]> = {
  desk: ['desk', 'admin'],
  mailroom: ['mailroom', 'admin'],
  inbox: ['consultant'],
  triage: ['triage', 'admin'],
  operations: ['operations', 'admin'],
  // Consultants too: each enters their own absence; a team lead manages their team (routes/directory.ts).
  directory: ['operations', 'admin', 'consultant'],
};

export function canUse(user: WebUser, area: Area): boolean {
  if (area === 'inbox') return user.roles.includes('consultant') && Boolean(user.consultantId);
  if (area === 'directory' && !user.roles.some((r) => r === 'operations' || r === 'admin'))
    return user.roles.includes('consultant') && Boolean(user.consultantId);
  return AREA_ROLES[area].some((r) => user.roles.includes(r));
}

/**
 * A desk visit's batch and its receipts (page, PDF, e-mail, API) belong to the desk user who took it
 * in; an admin (functional management, the desk's lead in this app) may follow every one. Other
 * desk users get a 403: a batch names clients and their documents.
 */
export function mayFollowDeskUpload(user: WebUser, uploadedBy: string): boolean {
  return user.username === uploadedBy || user.roles.includes('admin');
}

/** Who prints cover and separator sheets: the people who put stacks of post together before they are scanned. */
export const SHEET_AREAS: readonly Area[] = ['desk', 'mailroom', 'triage'];

export function areasOf(user: WebUser): Area[] {
  return (Object.keys(AREA_ROLES) as Area[]).filter((a) => canUse(user, a));
}

function isAbsentOn(c: Consultant, day: string) {
  return c.absences.find((a) => a.from <= day && day <= a.to);
}

/** Colleagues absent on `day` whose absence names this consultant as their substitute. */
export function coveredColleagues(directory: Directory, consultantId: string, day: string): Consultant[] {
  return directory.consultants.filter((c) => c.id !== consultantId && isAbsentOn(c, day)?.substituteId === consultantId);
}

export type Relation = 'own' | 'cover' | 'team' | 'none';

/** How a consultant relates to a work item: theirs, a covered colleague's, their team queue's, or not at all. */
export function relation(user: WebUser, doc: DocumentRecord, directory: Directory, day: string): Relation {
  const me = user.consultantId;
  if (!me || !user.roles.includes('consultant') || !doc.route) return 'none';
  const assignees = [doc.route, doc.route.copyTo].filter((r) => r !== undefined);
  if (assignees.some((r) => r.consultantId === me)) return 'own';
  const covered = new Set(coveredColleagues(directory, me, day).map((c) => c.id));
  if (assignees.some((r) => r.consultantId && covered.has(r.consultantId))) return 'cover';
  const myTeam = directory.consultants.find((c) => c.id === me)?.team;
  if (myTeam && assignees.some((r) => !r.consultantId && r.team === myTeam)) return 'team';
  return 'none';
}

export function isRestricted(doc: DocumentRecord): boolean {
  return doc.restricted || (doc.documentType ? DOCUMENT_TYPES[doc.documentType].restricted : false);
}

export type Decision =
  | { allowed: true; via: Relation | 'triage' }
  | { allowed: false; reason: 'restricted' | 'not-assigned' | 'not-available' };

/** May this user open the document's content (page images, text, original)? */
export function canOpen(user: WebUser, doc: DocumentRecord, directory: Directory, day: string): Decision {
  if ((UNROUTED_STATUSES as readonly string[]).includes(doc.status) && canUse(user, 'triage')) return { allowed: true, via: 'triage' };
  // A deleted document shows only its redacted record and history (its content is gone).
  if (!(['routed', 'acknowledged', 'closed', 'deleted'] as string[]).includes(doc.status))
    return { allowed: false, reason: 'not-available' };
  const rel = relation(user, doc, directory, day);
  if (rel === 'none') return { allowed: false, reason: 'not-assigned' };
  if (isRestricted(doc) && doc.route?.consultantId !== user.consultantId) return { allowed: false, reason: 'restricted' };
  return { allowed: true, via: rel };
}

/**
 * May this user download the original e-mail (.eml) documents came from? The message holds every
 * attachment, a restricted (medical) one's too, so only when this user may open every document
 * made from it (`documents`: a split attachment as its parts, a duplicate as the document it
 * repeats). Never when one of them was deleted after its retention period (the message would hand
 * back what was deleted), and never for a message that made no document (refused whole, or every
 * attachment refused): nobody opens a rejected file's content here either; the reply told the
 * sender what to send instead.
 */
export function mayOpenMessage(user: WebUser, documents: readonly DocumentRecord[], directory: Directory, day: string): boolean {
  return documents.length > 0 && documents.every((d) => d.status !== 'deleted' && canOpen(user, d, directory, day).allowed);
}

/**
 * May this user acknowledge, reassign or close the work item? Everything in their inbox, except a
 * restricted document in the team queue: only the team lead hands those out.
 */
export function canAct(user: WebUser, doc: DocumentRecord, directory: Directory, day: string): boolean {
  if (!(WORK_ITEM_STATUSES as readonly string[]).includes(doc.status)) return false;
  const rel = relation(user, doc, directory, day);
  if (rel === 'none') return false;
  if (rel === 'team' && isRestricted(doc)) return directory.teams.find((t) => t.id === doc.route?.team)?.leadId === user.consultantId;
  return true;
}

/**
 * What a user may see of a file that was split into parts (the file's own record, status `split`).
 * The file's original holds every part's pages, a restricted (medical) part's too, so the file is
 * never opened as a document: its page shows the list of its parts, each linked only for whom
 * that part's own rules allow. Page images of the whole file are for triage officers (and
 * admins), who correct splits, and only of pages they could see in their parts: a page of a
 * restricted part only while that part is theirs to open (unrouted, in triage), never a page of a
 * part not yet classified (it may turn out restricted). The whole original only when every page
 * is visible; everyone else downloads the parts, each holding only its own pages.
 */
export interface FileView {
  allowed: boolean;
  /** May correct the split (triage officers and admins): sees the split panel and the visible pages. */
  mayCorrect: boolean;
  /** The file's page numbers whose images this user may see. */
  visiblePages: ReadonlySet<number>;
  /** Why a page is not shown: it belongs to a restricted part, or to one not yet classified. */
  hiddenPages: ReadonlyMap<number, 'restricted' | 'unclassified'>;
  /** May download the whole original: only when no page is hidden. */
  wholeOriginal: boolean;
}

const CLASSIFIED: readonly string[] = ['routed', 'triage', 'acknowledged', 'closed', 'failed', 'rejected'];

export function fileView(
  user: WebUser,
  file: DocumentRecord,
  parts: readonly DocumentRecord[],
  directory: Directory,
  day: string,
): FileView {
  const mayCorrect = canUse(user, 'triage');
  const allowed = mayCorrect || parts.some((p) => canOpen(user, p, directory, day).allowed);
  const visiblePages = new Set<number>();
  const hiddenPages = new Map<number, 'restricted' | 'unclassified'>();
  const total = Math.max(file.pageCount ?? 0, ...parts.flatMap((p) => p.pages ?? []));
  for (let n = 1; n <= total; n++) {
    const owner = parts.find((p) => p.pages?.includes(n));
    if (!mayCorrect) continue;
    if (!owner || canOpen(user, owner, directory, day).allowed) visiblePages.add(n);
    else if (!CLASSIFIED.includes(owner.status)) hiddenPages.set(n, 'unclassified');
    else if (isRestricted(owner)) hiddenPages.set(n, 'restricted');
    else visiblePages.add(n);
  }
  return { allowed, mayCorrect, visiblePages, hiddenPages, wholeOriginal: mayCorrect && hiddenPages.size === 0 && total > 0 };
}
