import type { Consultant, Directory } from '../../shared/domain/directory.ts';
import type { DocumentRecord } from '../../shared/domain/document.ts';
import { WORK_ITEM_STATUSES } from '../../shared/domain/document.ts';
import { type LegalClock, legalClock } from '../../shared/domain/legal-clocks.ts';
import { canAct, canOpen, coveredColleagues, isRestricted, type Relation, relation } from './access.ts';
import { directoryNow, type WebContext } from './context.ts';
import type { WebUser } from './users.ts';

/**
 * A consultant's work: their own documents, those of absent colleagues they cover for (per
 * colleague), and their team's queue; oldest first, each with its legal clock.
 */
export interface InboxItem {
  doc: DocumentRecord;
  relation: Relation;
  clock: LegalClock | null;
  /** The user may see the real type (restricted documents: only the assignee). */
  showType: boolean;
  mayOpen: boolean;
  mayAct: boolean;
}

export interface Inbox {
  own: InboxItem[];
  cover: { colleague: Consultant; items: InboxItem[] }[];
  team: InboxItem[];
  teamName: string | null;
  directory: Directory;
  now: Date;
  today: string;
}

export async function inboxFor(web: WebContext, user: WebUser): Promise<Inbox> {
  const { directory, now, today } = await directoryNow(web);
  const docs = await web.rt.ledger.listDocuments({ status: [...WORK_ITEM_STATUSES] });
  const me = directory.consultants.find((c) => c.id === user.consultantId);
  const colleagues = user.consultantId ? coveredColleagues(directory, user.consultantId, today) : [];
  const inbox: Inbox = {
    own: [],
    cover: colleagues.map((colleague) => ({ colleague, items: [] })),
    team: [],
    teamName: directory.teams.find((t) => t.id === me?.team)?.name ?? null,
    directory,
    now,
    today,
  };
  for (const doc of docs) {
    const rel = relation(user, doc, directory, today);
    if (rel === 'none') continue;
    const mayOpen = canOpen(user, doc, directory, today).allowed;
    const item: InboxItem = {
      doc,
      relation: rel,
      clock: legalClock({ ...doc, now, timeZone: directory.organisation.timezone }),
      showType: !isRestricted(doc) || mayOpen,
      mayOpen,
      mayAct: canAct(user, doc, directory, today),
    };
    if (rel === 'own') inbox.own.push(item);
    else if (rel === 'team') inbox.team.push(item);
    else {
      const assignees = [doc.route?.consultantId, doc.route?.copyTo?.consultantId];
      inbox.cover.find((g) => assignees.includes(g.colleague.id))?.items.push(item);
    }
  }
  return inbox;
}
