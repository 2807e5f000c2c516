import type { AlertInput, AlertKind, AlertRecord } from './alert.ts';
import { addLocalDays, type BusinessCalendar, type BusinessDuration, formatBusinessDuration } from './business-calendar.ts';
import type { Directory } from './directory.ts';
import type { DocumentRecord } from './document.ts';
import { DOCUMENT_TYPES, type DocumentTypeId } from './document-types.ts';
import { IN_PROCESS } from './pipeline.ts';
import { routeTarget } from './routing.ts';

/**
 * The rules of the sweep: which documents must raise which alert, as of a moment. Pure: the sweep
 * use case reads the ledger and the alert store, these functions decide.
 *
 * Every alert carries a key that names its cause: the document and the moment it entered the state
 * (`updatedAt`, the time of its last status change). The same cause never alerts twice; a document
 * that leaves the state and comes back is a new cause. Messages hold ids, counts and times only.
 */

export interface SweepSettings {
  /** Triage or failed longer than this (business time) → alert to operations. */
  unroutedAfter: BusinessDuration;
  /** Routed but not acknowledged this long → reminder to the assignee. */
  ackRemindAfter: BusinessDuration;
  /** Routed but not acknowledged this long → escalation to the team lead. */
  ackEscalateAfter: BusinessDuration;
  /** In a processing step (received, extracted) longer than this, wall clock → stuck. */
  stuckAfterMs: number;
  /** A type's count on one day above this multiple of its daily median → surge. */
  surgeFactor: number;
  /** … and at least this many documents. */
  surgeMin: number;
  /** Days before the surge day that make up the median. */
  surgeBaselineDays: number;
}

export const DEFAULT_SWEEP_SETTINGS: SweepSettings = {
  unroutedAfter: { days: 0, ms: 4 * 3_600_000 },
  ackRemindAfter: { days: 1, ms: 0 },
  ackEscalateAfter: { days: 2, ms: 0 },
  stuckAfterMs: 15 * 60_000,
  surgeFactor: 3,
  surgeMin: 20,
  surgeBaselineDays: 28,
};

/** An alert the rules want raised: always with a key and the moment it became due. */
export interface AlertCandidate extends AlertInput {
  dueSince: string;
  audience: string;
  data: Record<string, unknown>;
}

/** Alert kinds whose cause the sweep checks and resolves. */
export const SWEEP_KINDS: readonly AlertKind[] = ['unrouted', 'unrouted-digest', 'stuck', 'unacknowledged', 'escalation', 'dead-letter'];

export const OPERATIONS = 'operations';
export const consultantAudience = (id: string) => `consultant:${id}`;
export const teamAudience = (teamId: string) => `team:${teamId}`;
export const leadAudience = (teamId: string) => `lead:${teamId}`;

/** Who is expected to acknowledge a routed document: its consultant, else its team queue. */
export function assigneeOf(doc: DocumentRecord): string {
  return doc.route?.consultantId ? consultantAudience(doc.route.consultantId) : teamAudience(doc.route?.team ?? 'unknown');
}

export function unroutedAlert(doc: DocumentRecord, cal: BusinessCalendar, s: SweepSettings, now: Date): AlertCandidate | null {
  if (doc.status !== 'triage' && doc.status !== 'failed') return null;
  const since = new Date(doc.updatedAt);
  const due = cal.add(since, s.unroutedAfter);
  if (now < due) return null;
  const state = doc.status === 'triage' ? 'in triage' : 'failed';
  return {
    kind: 'unrouted',
    key: `unrouted:${doc.id}:${doc.updatedAt}`,
    documentId: doc.id,
    audience: OPERATIONS,
    dueSince: due.toISOString(),
    message: `Document ${doc.id}${receipt(doc)} has been ${state} for more than ${formatBusinessDuration(s.unroutedAfter)} of business time (since ${localTime(since, cal.timezone)}).`,
    data: { status: doc.status, since: doc.updatedAt, receiptNumber: doc.receiptNumber, documentType: doc.documentType },
  };
}

export function stuckAlert(doc: DocumentRecord, s: SweepSettings, now: Date): AlertCandidate | null {
  if (!IN_PROCESS.includes(doc.status)) return null;
  const since = new Date(doc.updatedAt).getTime();
  const waited = now.getTime() - since;
  if (waited < s.stuckAfterMs) return null;
  const next = doc.status === 'received' ? 'extract' : 'route';
  return {
    kind: 'stuck',
    key: `stuck:${doc.id}:${doc.status}:${doc.updatedAt}`,
    documentId: doc.id,
    audience: OPERATIONS,
    dueSince: new Date(since + s.stuckAfterMs).toISOString(),
    message: `Document ${doc.id} has waited ${Math.floor(waited / 60_000)} minutes in status ${doc.status} for step ${next}: it is stuck.`,
    data: { status: doc.status, step: next, since: doc.updatedAt, minutes: Math.floor(waited / 60_000) },
  };
}

/** The reminder to the assignee and the escalation to the team lead, each once they are due. */
export function acknowledgementAlerts(
  doc: DocumentRecord,
  cal: BusinessCalendar,
  s: SweepSettings,
  now: Date,
  directory: Directory,
): AlertCandidate[] {
  if (doc.status !== 'routed' || !doc.route) return [];
  const since = new Date(doc.updatedAt);
  const team = doc.route.team;
  const assignee = assigneeOf(doc);
  const who = doc.route.consultantId ? `consultant ${doc.route.consultantId}` : `the queue of team ${team}`;
  const out: AlertCandidate[] = [];
  const remindAt = cal.add(since, s.ackRemindAfter);
  if (now >= remindAt)
    out.push({
      kind: 'unacknowledged',
      key: `unacknowledged:${doc.id}:${doc.updatedAt}:${assignee}`,
      documentId: doc.id,
      audience: assignee,
      dueSince: remindAt.toISOString(),
      message: `Document ${doc.id}${receipt(doc)}, routed to ${who} on ${localTime(since, cal.timezone)}, is not acknowledged after ${formatBusinessDuration(s.ackRemindAfter)} of business time.`,
      data: { since: doc.updatedAt, assignee, team, consultantId: doc.route.consultantId, receiptNumber: doc.receiptNumber },
    });
  const escalateAt = cal.add(since, s.ackEscalateAfter);
  if (now >= escalateAt) {
    const leadId = directory.teams.find((t) => t.id === team)?.leadId ?? null;
    out.push({
      kind: 'escalation',
      key: `escalation:${doc.id}:${doc.updatedAt}`,
      documentId: doc.id,
      audience: leadAudience(team),
      dueSince: escalateAt.toISOString(),
      message: `Document ${doc.id}${receipt(doc)}, routed to ${who} on ${localTime(since, cal.timezone)}, is not acknowledged after ${formatBusinessDuration(s.ackEscalateAfter)} of business time: escalated to the lead of team ${team}${leadId ? ` (${leadId})` : ''}.`,
      data: { since: doc.updatedAt, assignee, team, consultantId: doc.route.consultantId, leadId, receiptNumber: doc.receiptNumber },
    });
  }
  return out;
}

export function deadLetterAlert(doc: DocumentRecord, reason: string | null): AlertCandidate | null {
  if (doc.status !== 'failed') return null;
  return {
    kind: 'dead-letter',
    key: `dead-letter:${doc.id}:${doc.updatedAt}`,
    documentId: doc.id,
    audience: OPERATIONS,
    dueSince: doc.updatedAt,
    message: `Document ${doc.id}${receipt(doc)} failed for good (dead-lettered): ${reason ?? 'no reason recorded'}.`,
    data: { since: doc.updatedAt, reason },
  };
}

/**
 * The daily repeat while documents stay unrouted: one digest per business day, during business
 * hours, listing the documents that were already overdue before today's opening (the ones alerted
 * on an earlier day). Documents overdue since today were alerted on their own today.
 */
export function unroutedDigest(overdue: AlertCandidate[], cal: BusinessCalendar, s: SweepSettings, now: Date): AlertCandidate | null {
  if (!cal.isOpen(now)) return null;
  const today = cal.dayOf(now);
  const opening = cal.opening(today).toISOString();
  const carried = overdue.filter((a) => a.dueSince < opening).sort((a, b) => a.dueSince.localeCompare(b.dueSince));
  const oldest = carried[0];
  if (!oldest) return null;
  const triage = carried.filter((a) => a.data.status === 'triage').length;
  return {
    kind: 'unrouted-digest',
    key: `unrouted-digest:${today}`,
    audience: OPERATIONS,
    dueSince: oldest.dueSince,
    message: `${carried.length} document(s) still unrouted beyond ${formatBusinessDuration(s.unroutedAfter)} of business time (${triage} in triage, ${carried.length - triage} failed); the oldest has been overdue since ${localTime(new Date(oldest.dueSince), cal.timezone)}.`,
    data: {
      day: today,
      count: carried.length,
      triage,
      failed: carried.length - triage,
      documentIds: carried.slice(0, 200).map((a) => a.documentId),
    },
  };
}

/** The team whose lead hears about a surge of this type: its route's team or discipline team. */
export function teamForType(directory: Directory, type: DocumentTypeId): string {
  const target = routeTarget(directory, type);
  return 'team' in target ? target.team : target.discipline;
}

/**
 * Surges: for each type, the count received on `day` against the median daily count of the
 * `surgeBaselineDays` days before it (days without documents count as 0). Duplicates and rejected
 * inputs do not count. `docs` must cover the baseline days and the day itself.
 */
export function surgeAlerts(
  docs: DocumentRecord[],
  day: string,
  cal: BusinessCalendar,
  s: SweepSettings,
  directory: Directory,
): AlertCandidate[] {
  const baselineDays = Array.from({ length: s.surgeBaselineDays }, (_, i) => addLocalDays(day, -(i + 1)));
  const byType = new Map<DocumentTypeId, { onDay: DocumentRecord[]; perDay: Map<string, number> }>();
  for (const doc of docs) {
    if (!doc.documentType || doc.status === 'duplicate' || doc.status === 'rejected') continue;
    const d = cal.dayOf(new Date(doc.receivedAt));
    const entry = byType.get(doc.documentType) ?? { onDay: [], perDay: new Map<string, number>() };
    byType.set(doc.documentType, entry);
    if (d === day) entry.onDay.push(doc);
    else entry.perDay.set(d, (entry.perDay.get(d) ?? 0) + 1);
  }
  const out: AlertCandidate[] = [];
  for (const [type, { onDay, perDay }] of byType) {
    const count = onDay.length;
    if (count < s.surgeMin) continue;
    const med = median(baselineDays.map((d) => perDay.get(d) ?? 0));
    if (count <= s.surgeFactor * med) continue;
    // The moment the threshold was crossed: the document that made the count a surge.
    const crossing = Math.max(s.surgeMin, Math.floor(s.surgeFactor * med) + 1);
    const sorted = onDay.map((d) => d.receivedAt).sort();
    const team = teamForType(directory, type);
    const leadId = directory.teams.find((t) => t.id === team)?.leadId ?? null;
    out.push({
      kind: 'surge',
      key: `surge:${type}:${day}`,
      audience: leadAudience(team),
      dueSince: sorted[crossing - 1] ?? sorted[sorted.length - 1] ?? cal.opening(day).toISOString(),
      message: `Surge: ${count} documents of type ${type} (${DOCUMENT_TYPES[type].en}) received on ${day}, against a median of ${med} per day over the previous ${s.surgeBaselineDays} days (alert above ${s.surgeFactor}× the median and at least ${s.surgeMin}).`,
      data: { documentType: type, day, count, median: med, factor: s.surgeFactor, team, leadId },
    });
  }
  return out;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** What the sweep saw: the documents in each watched state, by id. */
export interface SweepSnapshot {
  /** triage and failed */
  unrouted: ReadonlyMap<string, DocumentRecord>;
  /** received and extracted, waiting longer than the stuck threshold */
  stuck: ReadonlyMap<string, DocumentRecord>;
  routed: ReadonlyMap<string, DocumentRecord>;
  /** Overdue unrouted documents right now. */
  overdueUnrouted: number;
  /** Day of the newest digest still open. */
  latestDigestDay: string | null;
}

/**
 * Whether the cause of an unresolved alert is still there. Alerts of kinds the sweep does not
 * own, and surges (a person decides when a wave is handled), always hold.
 */
export function causeHolds(alert: Pick<AlertRecord, 'kind' | 'documentId' | 'data'>, snap: SweepSnapshot): boolean {
  const since = typeof alert.data.since === 'string' ? alert.data.since : undefined;
  const same = (doc: DocumentRecord | undefined) => doc !== undefined && (since === undefined || doc.updatedAt === since);
  const id = alert.documentId ?? '';
  switch (alert.kind) {
    case 'unrouted':
      return same(snap.unrouted.get(id));
    case 'dead-letter': {
      const doc = snap.unrouted.get(id);
      return doc?.status === 'failed' && same(doc);
    }
    case 'stuck': {
      const doc = snap.stuck.get(id);
      return same(doc) && doc?.status === alert.data.status;
    }
    case 'unacknowledged': {
      const doc = snap.routed.get(id);
      return same(doc) && doc !== undefined && assigneeOf(doc) === alert.data.assignee;
    }
    case 'escalation':
      return same(snap.routed.get(id));
    case 'unrouted-digest':
      return snap.overdueUnrouted > 0 && alert.data.day === snap.latestDigestDay;
    default:
      return true;
  }
}

/**
 * Removes personal data from alert text: the directory's client and staff names, BSNs, e-mail
 * addresses, addresses and birth dates, plus any free-standing 9-digit number or e-mail address. A safety net:
 * alert texts are built from ids, but reasons can come from elsewhere.
 */
export function personalDataScrubber(directory: Directory): (text: string) => string {
  const words = new Set<string>();
  for (const c of directory.clients) for (const v of [c.name, c.bsn, c.email, c.address, c.birthDate]) if (v && v.length >= 3) words.add(v);
  for (const c of directory.consultants) for (const v of [c.name, c.email]) if (v && v.length >= 3) words.add(v);
  const known = [...words].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = known.length ? new RegExp(`(?<![\\p{L}\\d])(?:${known.join('|')})(?![\\p{L}\\d])`, 'giu') : null;
  return (text) => {
    let out = pattern ? text.replace(pattern, '[redacted]') : text;
    out = out.replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[e-mail]').replace(/(?<![\w-])\d{9}(?![\w-])/g, '[number]');
    return out;
  };
}

function escapeRegExp(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function receipt(doc: DocumentRecord): string {
  return doc.receiptNumber ? ` (receipt ${doc.receiptNumber})` : '';
}

/** "Fri 23 Oct 16:30" in the organisation's timezone. */
export function localTime(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(at)
    .replace(',', '');
}
