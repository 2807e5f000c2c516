import type { Directory } from '../../shared/domain/directory.ts';
import type { DocumentRecord, DocumentStatus } from '../../shared/domain/document.ts';
import { NotFoundError, WorkItemRequestError, WorkItemStateError } from '../../shared/domain/errors.ts';
import { type LegalClock, legalClock } from '../../shared/domain/legal-clocks.ts';
import { localDate } from '../../shared/domain/local-date.ts';
import { capital, dayMonth, type Reason, reason } from '../../shared/domain/reason.ts';
import type { RouteDecision } from '../../shared/domain/routing.ts';
import type { AlertStore, Clock, DirectorySource, Ledger, Logger } from '../../shared/ports.ts';

/**
 * What a consultant does with a routed document: acknowledge it, hand it to the right person or
 * team (a reassignment needs a reason and is recorded as a `misroute` event, the signal that
 * routing got it wrong), and close it. Status changes are guarded by the ledger's `from`
 * condition, so two people acting at once cannot both win. Repeating an action that already
 * happened (acknowledge twice, close twice) is not an error: the result says nothing changed.
 */
export interface WorkItemDeps {
  ledger: Ledger;
  directory: DirectorySource;
  clock: Clock;
  logger: Logger;
  /** When given, alerts about the document that the action settles are resolved at once. */
  alerts?: AlertStore | undefined;
}

export interface WorkItemResult {
  document: DocumentRecord;
  /** False when the document was already in the requested state. */
  changed: boolean;
  legalClock: LegalClock | null;
  /** Things worth telling the person who acted, e.g. that the new assignee is absent: plain Dutch and English. */
  notes: Reason[];
}

export interface ReassignRequest {
  documentId: string;
  by: string;
  toConsultantId?: string | undefined;
  toTeam?: string | undefined;
  reason: string;
  /**
   * Why it moves: the document went to the wrong person (`misroute`, the default: a signal for
   * routing), or its client was transferred to another consultant (`client-transferred`: routing
   * was right, the directory changed).
   */
  cause?: 'misroute' | 'client-transferred' | undefined;
}

const REASON_MAX = 500;

export async function acknowledge(deps: WorkItemDeps, input: { documentId: string; by: string }): Promise<WorkItemResult> {
  const by = actor(input.by);
  const doc = await load(deps, input.documentId);
  if (doc.status === 'acknowledged') return result(deps, doc, false);
  const allowed: DocumentStatus[] = ['routed'];
  if (!allowed.includes(doc.status)) throw new WorkItemStateError(doc.id, doc.status, 'acknowledge', allowed);
  const ok = await deps.ledger.update(
    doc.id,
    { status: 'acknowledged' },
    { type: 'acknowledged', actor: by, data: { by, team: doc.route?.team ?? null, consultantId: doc.route?.consultantId ?? null } },
    allowed,
  );
  const after = await afterUpdate(deps, doc.id, ok, 'acknowledged', 'acknowledge', allowed);
  await deps.alerts?.resolveForDocument(doc.id, by, ['unacknowledged', 'escalation']);
  deps.logger.info('work item acknowledged', { documentId: doc.id, by, team: doc.route?.team });
  return result(deps, after, ok);
}

export async function close(deps: WorkItemDeps, input: { documentId: string; by: string }): Promise<WorkItemResult> {
  const by = actor(input.by);
  const doc = await load(deps, input.documentId);
  if (doc.status === 'closed') return result(deps, doc, false);
  const allowed: DocumentStatus[] = ['routed', 'acknowledged'];
  if (!allowed.includes(doc.status)) throw new WorkItemStateError(doc.id, doc.status, 'close', allowed);
  const ok = await deps.ledger.update(
    doc.id,
    { status: 'closed' },
    { type: 'closed', actor: by, data: { by, previousStatus: doc.status } },
    allowed,
  );
  const after = await afterUpdate(deps, doc.id, ok, 'closed', 'close', allowed);
  await deps.alerts?.resolveForDocument(doc.id, by);
  deps.logger.info('work item closed', { documentId: doc.id, by, team: doc.route?.team });
  return result(deps, after, ok);
}

/**
 * Hands a routed document to another consultant or team. To the triage team, it goes back to
 * triage. The acknowledgement clock keeps counting from the original routing when the document
 * was not yet acknowledged: the client has been waiting since then.
 */
export async function reassign(deps: WorkItemDeps, input: ReassignRequest): Promise<WorkItemResult> {
  const by = actor(input.by);
  const why = input.reason?.trim() ?? '';
  if (!why)
    throw new WorkItemRequestError('work-item.reason-required', 'A reassignment needs a reason: say why the document was routed wrongly.');
  if (why.length > REASON_MAX)
    throw new WorkItemRequestError('work-item.reason-too-long', `The reason is longer than ${REASON_MAX} characters: keep it short.`);
  if (Boolean(input.toConsultantId) === Boolean(input.toTeam))
    throw new WorkItemRequestError('work-item.target-required', 'Name exactly one target: a consultant or a team.');

  const doc = await load(deps, input.documentId);
  const allowed: DocumentStatus[] = ['routed', 'acknowledged'];
  if (!allowed.includes(doc.status)) throw new WorkItemStateError(doc.id, doc.status, 'reassign', allowed);
  const directory = await deps.directory.load();
  const to = target(directory, input);
  const from = { team: doc.route?.team ?? null, consultantId: doc.route?.consultantId ?? null, queue: doc.route?.queue ?? null };
  if (from.team === to.team && from.consultantId === to.consultantId)
    throw new WorkItemRequestError('work-item.same-target', `Document ${doc.id} is already with ${describeIds(to)}.`);

  const status = to.team === 'triage' ? 'triage' : 'routed';
  const route: RouteDecision = {
    status,
    team: to.team,
    consultantId: to.consultantId,
    queue: to.queue,
    clientNumber: doc.route?.clientNumber ?? doc.clientNumber,
    reasons: [
      ...(doc.route?.reasons ?? []),
      input.cause === 'client-transferred'
        ? reason(
            'route.client-transferred',
            `klant ${clientOf(doc)} overgedragen aan ${describe(directory, to, 'nl')} door ${by} (was ${from.team ? describe(directory, from, 'nl') : 'niemand'})`,
            `client ${clientOf(doc)} transferred to ${describe(directory, to, 'en')} by ${by} (was ${from.team ? describe(directory, from, 'en') : 'nobody'})`,
          )
        : reason(
            'route.reassigned',
            `doorgestuurd door ${by}: van ${from.team ? describe(directory, from, 'nl') : 'niemand'} naar ${describe(directory, to, 'nl')}`,
            `handed over by ${by}: from ${from.team ? describe(directory, from, 'en') : 'nobody'} to ${describe(directory, to, 'en')}`,
          ),
    ],
  };
  const eventType = input.cause === 'client-transferred' ? 'client-transferred' : 'misroute';
  const ok = await deps.ledger.update(
    doc.id,
    { status, route },
    { type: eventType, actor: by, data: { by, reason: why, from, to, previousStatus: doc.status } },
    [doc.status],
  );
  if (!ok) {
    const now = await load(deps, doc.id);
    throw new WorkItemStateError(doc.id, now.status, 'reassign', allowed);
  }
  const after = await load(deps, doc.id);
  // The old assignee's reminder and escalation are settled; the sweep reminds the new one.
  await deps.alerts?.resolveForDocument(doc.id, by, ['unacknowledged', 'escalation']);
  deps.logger.info('work item reassigned', {
    documentId: doc.id,
    by,
    fromTeam: from.team,
    fromConsultantId: from.consultantId,
    toTeam: to.team,
    toConsultantId: to.consultantId,
  });
  return result(deps, after, true, absenceNotes(directory, after, to.consultantId, deps.clock.now()));
}

interface Target {
  team: string;
  consultantId: string | null;
  queue: string;
}

function target(directory: Directory, input: ReassignRequest): Target {
  if (input.toConsultantId) {
    const consultant = directory.consultants.find((c) => c.id === input.toConsultantId);
    if (!consultant)
      throw new WorkItemRequestError('work-item.unknown-target', `Consultant ${input.toConsultantId} is not in the directory.`);
    const team = directory.teams.find((t) => t.id === consultant.team);
    return { team: consultant.team, consultantId: consultant.id, queue: team?.queue ?? consultant.team };
  }
  const team = directory.teams.find((t) => t.id === input.toTeam);
  if (!team) throw new WorkItemRequestError('work-item.unknown-target', `Team ${input.toTeam} is not in the directory.`);
  return { team: team.id, consultantId: null, queue: team.queue };
}

const clientOf = (doc: DocumentRecord) => doc.route?.clientNumber ?? doc.clientNumber ?? '';

/** For error messages and logs: ids only. */
function describeIds(t: { team: string | null; consultantId: string | null }): string {
  return t.consultantId ? `consultant ${t.consultantId} (team ${t.team})` : `team ${t.team}`;
}

const teamName = (directory: Directory, teamId: string | null) => directory.teams.find((t) => t.id === teamId)?.name ?? teamId ?? '';
const consultantName = (directory: Directory, id: string) => directory.consultants.find((c) => c.id === id)?.name ?? id;

/** "A. Jansen (Team Inkomen)" / "de bak van Team Inkomen": who a document is with, by name. */
function describe(directory: Directory, t: { team: string | null; consultantId: string | null }, language: 'nl' | 'en'): string {
  const team = teamName(directory, t.team);
  if (t.consultantId) return `${consultantName(directory, t.consultantId)} (${team})`;
  return language === 'nl' ? `de bak van ${team}` : `the queue of ${team}`;
}

/** The new assignee is away today: say until when and who covers, naming the receipt and client number. */
function absenceNotes(directory: Directory, doc: DocumentRecord, consultantId: string | null, now: Date): Reason[] {
  if (!consultantId) return [];
  const day = localDate(now, directory.organisation.timezone);
  const absence = directory.consultants.find((c) => c.id === consultantId)?.absences.find((a) => a.from <= day && day <= a.to);
  if (!absence) return [];
  const name = consultantName(directory, consultantId);
  const sub = absence.substituteId ? consultantName(directory, absence.substituteId) : null;
  const what = {
    nl: `${doc.receiptNumber ? `ontvangstbewijs ${doc.receiptNumber}` : 'het document'}${doc.clientNumber ? ` (klant ${doc.clientNumber})` : ''}`,
    en: `${doc.receiptNumber ? `receipt ${doc.receiptNumber}` : 'the document'}${doc.clientNumber ? ` (client ${doc.clientNumber})` : ''}`,
  };
  return [
    reason(
      'assignee.absent',
      `${name} is afwezig tot en met ${dayMonth(absence.to, 'nl')}${sub ? `; vervanger is ${sub}` : ' en heeft geen vervanger'}. ${capital(what.nl)} staat nu bij ${name}.`,
      `${name} is away until ${dayMonth(absence.to, 'en')}${sub ? `; the substitute is ${sub}` : ' and has no substitute'}. ${capital(what.en)} is now with ${name}.`,
    ),
  ];
}

function actor(by: string): string {
  const trimmed = by?.trim() ?? '';
  if (!trimmed)
    throw new WorkItemRequestError('work-item.actor-required', 'Say who acts (--by <user>): every action is recorded with its actor.');
  return trimmed;
}

async function load(deps: WorkItemDeps, documentId: string): Promise<DocumentRecord> {
  const doc = await deps.ledger.getDocument(documentId);
  if (!doc) throw new NotFoundError('work-item.not-found', `Document ${documentId} does not exist.`);
  return doc;
}

/** After a guarded update: the fresh record, or (when another action won the race) an idempotent result or a state error. */
async function afterUpdate(
  deps: WorkItemDeps,
  documentId: string,
  ok: boolean,
  target: DocumentStatus,
  action: string,
  allowed: DocumentStatus[],
): Promise<DocumentRecord> {
  const now = await load(deps, documentId);
  if (!ok && now.status !== target) throw new WorkItemStateError(documentId, now.status, action, allowed);
  return now;
}

async function result(deps: WorkItemDeps, document: DocumentRecord, changed: boolean, notes: Reason[] = []): Promise<WorkItemResult> {
  const directory = await deps.directory.load();
  return {
    document,
    changed,
    notes,
    legalClock: legalClock({ ...document, now: deps.clock.now(), timeZone: directory.organisation.timezone }),
  };
}
