import { type AlertInput, type AlertKind, type AlertRecord, bilingual, documentLabel } from './alert.ts';
import { addLocalDays, type BusinessCalendar, type BusinessDuration } from './business-calendar.ts';
import type { Directory } from './directory.ts';
import type { DocumentRecord } from './document.ts';
import { DOCUMENT_TYPES, type DocumentTypeId } from './document-types.ts';
import { IN_PROCESS } from './pipeline.ts';
import { listed } from './reason.ts';
import { routeTarget } from './routing.ts';

/**
 * The rules of the sweep: which documents must raise which alert, as of a moment. Pure: the sweep
 * use case reads the ledger and the alert store, these functions decide.
 *
 * Every alert carries a key that names its cause: the document and the moment it entered the state
 * (`updatedAt`, the time of its last status change). The same cause never alerts twice; a document
 * that leaves the state and comes back is a new cause. Messages are plain Dutch (English in
 * `data.messageEn`) naming the receipt number, the client number, the team and the consultant;
 * never a client's name, a BSN or the document's text.
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

export function unroutedAlert(
  doc: DocumentRecord,
  cal: BusinessCalendar,
  s: SweepSettings,
  now: Date,
  directory?: Directory,
): AlertCandidate | null {
  if (doc.status !== 'triage' && doc.status !== 'failed') return null;
  const since = new Date(doc.updatedAt);
  const due = cal.add(since, s.unroutedAfter);
  if (now < due) return null;
  const waiting = teamName(directory, doc.route?.team ?? 'triage');
  const state =
    doc.status === 'triage'
      ? { nl: `ligt in triage bij ${waiting}`, en: `has been in triage with ${waiting}` }
      : { nl: 'is vastgelopen na een fout', en: 'has been stuck after a failure' };
  const type =
    doc.documentType && doc.documentType !== 'other'
      ? {
          nl: `, waarschijnlijk ${DOCUMENT_TYPES[doc.documentType].nl}${directory ? ` voor ${teamName(directory, teamForType(directory, doc.documentType))}` : ''}`,
          en: `, probably ${DOCUMENT_TYPES[doc.documentType].en}${directory ? ` for ${teamName(directory, teamForType(directory, doc.documentType))}` : ''}`,
        }
      : { nl: '', en: '' };
  const client = doc.clientNumber ? { nl: `, klant ${doc.clientNumber}`, en: `, client ${doc.clientNumber}` } : { nl: '', en: '' };
  return {
    kind: 'unrouted',
    key: `unrouted:${doc.id}:${doc.updatedAt}`,
    documentId: doc.id,
    audience: OPERATIONS,
    dueSince: due.toISOString(),
    ...bilingual(
      `Niet doorgestuurd: ${documentLabel(doc, 'nl')} (${client.nl.slice(2) || 'klant onbekend'}${type.nl}) ${state.nl} sinds ${localTime(since, cal.timezone, 'nl')}, langer dan ${durationText(s.unroutedAfter, 'nl')} kantoortijd. Wijs het toe in Triage.`,
      `Not routed: ${documentLabel(doc, 'en')} (${client.en.slice(2) || 'client unknown'}${type.en}) ${state.en} since ${localTime(since, cal.timezone, 'en')}, longer than ${durationText(s.unroutedAfter, 'en')} of business time. Assign it in Triage.`,
      {
        status: doc.status,
        since: doc.updatedAt,
        receiptNumber: doc.receiptNumber,
        clientNumber: doc.clientNumber,
        documentType: doc.documentType,
        team: doc.route?.team ?? null,
      },
    ),
  };
}

export function stuckAlert(doc: DocumentRecord, s: SweepSettings, now: Date): AlertCandidate | null {
  if (!IN_PROCESS.includes(doc.status)) return null;
  const since = new Date(doc.updatedAt).getTime();
  const waited = now.getTime() - since;
  if (waited < s.stuckAfterMs) return null;
  const next = doc.status === 'received' ? 'extract' : 'route';
  const minutes = Math.floor(waited / 60_000);
  const step =
    next === 'extract'
      ? { nl: 'het lezen van de tekst', en: 'its text to be read' }
      : { nl: 'het herkennen en routeren', en: 'recognition and routing' };
  return {
    kind: 'stuck',
    key: `stuck:${doc.id}:${doc.status}:${doc.updatedAt}`,
    documentId: doc.id,
    audience: OPERATIONS,
    dueSince: new Date(since + s.stuckAfterMs).toISOString(),
    ...bilingual(
      `Blijft hangen: ${documentLabel(doc, 'nl')} wacht al ${minutes} minuten op ${step.nl}. Kijk of de verwerking draait.`,
      `Stuck: ${documentLabel(doc, 'en')} has waited ${minutes} minutes for ${step.en}. Check that processing is running.`,
      { status: doc.status, step: next, since: doc.updatedAt, minutes, receiptNumber: doc.receiptNumber },
    ),
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
  const tName = teamName(directory, team);
  const consultantId = doc.route.consultantId;
  const who = consultantId
    ? { nl: `${consultantName(directory, consultantId)} (${tName})`, en: `${consultantName(directory, consultantId)} (${tName})` }
    : { nl: `de bak van ${tName}`, en: `the queue of ${tName}` };
  const what = {
    nl: `${documentLabel(doc, 'nl')}${doc.clientNumber ? ` (klant ${doc.clientNumber})` : ''}`,
    en: `${documentLabel(doc, 'en')}${doc.clientNumber ? ` (client ${doc.clientNumber})` : ''}`,
  };
  const facts = { since: doc.updatedAt, assignee, team, consultantId, receiptNumber: doc.receiptNumber, clientNumber: doc.clientNumber };
  const out: AlertCandidate[] = [];
  const remindAt = cal.add(since, s.ackRemindAfter);
  if (now >= remindAt)
    out.push({
      kind: 'unacknowledged',
      key: `unacknowledged:${doc.id}:${doc.updatedAt}:${assignee}`,
      documentId: doc.id,
      audience: assignee,
      dueSince: remindAt.toISOString(),
      ...bilingual(
        `Nog niet in behandeling: ${what.nl} staat sinds ${localTime(since, cal.timezone, 'nl')} bij ${who.nl} en is na ${durationText(s.ackRemindAfter, 'nl')} nog niet in behandeling genomen.`,
        `Not yet acknowledged: ${what.en} has been with ${who.en} since ${localTime(since, cal.timezone, 'en')} and is not acknowledged after ${durationText(s.ackRemindAfter, 'en')}.`,
        facts,
      ),
    });
  const escalateAt = cal.add(since, s.ackEscalateAfter);
  if (now >= escalateAt) {
    const leadId = directory.teams.find((t) => t.id === team)?.leadId ?? null;
    const lead = leadId ? consultantName(directory, leadId) : null;
    out.push({
      kind: 'escalation',
      key: `escalation:${doc.id}:${doc.updatedAt}`,
      documentId: doc.id,
      audience: leadAudience(team),
      dueSince: escalateAt.toISOString(),
      ...bilingual(
        `Doorgezet naar de teamleider${lead ? ` (${lead})` : ''} van ${tName}: ${what.nl} staat sinds ${localTime(since, cal.timezone, 'nl')} bij ${who.nl} en is na ${durationText(s.ackEscalateAfter, 'nl')} nog niet in behandeling genomen.`,
        `Escalated to the team lead${lead ? ` (${lead})` : ''} of ${tName}: ${what.en} has been with ${who.en} since ${localTime(since, cal.timezone, 'en')} and is not acknowledged after ${durationText(s.ackEscalateAfter, 'en')}.`,
        { ...facts, leadId },
      ),
    });
  }
  return out;
}

/** A failed document: `reason` in English, `reasonNl` in Dutch when there is one (older records: English only). */
export function deadLetterAlert(doc: DocumentRecord, reason: string | null, reasonNl: string | null = null): AlertCandidate | null {
  if (doc.status !== 'failed') return null;
  return {
    kind: 'dead-letter',
    key: `dead-letter:${doc.id}:${doc.updatedAt}`,
    documentId: doc.id,
    audience: OPERATIONS,
    dueSince: doc.updatedAt,
    ...bilingual(
      `Definitief mislukt: ${documentLabel(doc, 'nl')} kon niet verwerkt worden: ${reasonNl ?? reason ?? 'geen reden vastgelegd'}. Probeer het opnieuw vanuit Beheer of wijs het toe in Triage.`,
      `Failed for good: ${documentLabel(doc, 'en')} could not be processed: ${reason ?? 'no reason recorded'}. Retry it from Operations or assign it in Triage.`,
      { since: doc.updatedAt, reason, receiptNumber: doc.receiptNumber },
    ),
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
  const receipts = carried.map((a) => a.data.receiptNumber).filter((r): r is string => typeof r === 'string');
  const shown = receipts.slice(0, 10);
  const more = receipts.length - shown.length;
  const list = {
    nl: shown.length ? ` Ontvangstbewijzen: ${shown.join(', ')}${more ? ` en nog ${more}` : ''}.` : '',
    en: shown.length ? ` Receipts: ${shown.join(', ')}${more ? ` and ${more} more` : ''}.` : '',
  };
  const count = {
    nl: carried.length === 1 ? '1 document is' : `${carried.length} documenten zijn`,
    en: carried.length === 1 ? '1 document is' : `${carried.length} documents are`,
  };
  return {
    kind: 'unrouted-digest',
    key: `unrouted-digest:${today}`,
    audience: OPERATIONS,
    dueSince: oldest.dueSince,
    ...bilingual(
      `Nog steeds niet doorgestuurd: ${count.nl} langer dan ${durationText(s.unroutedAfter, 'nl')} kantoortijd niet toegewezen (${triage} in triage, ${carried.length - triage} vastgelopen); het oudste is te laat sinds ${localTime(new Date(oldest.dueSince), cal.timezone, 'nl')}.${list.nl}`,
      `Still not routed: ${count.en} unassigned for longer than ${durationText(s.unroutedAfter, 'en')} of business time (${triage} in triage, ${carried.length - triage} failed); the oldest has been overdue since ${localTime(new Date(oldest.dueSince), cal.timezone, 'en')}.${list.en}`,
      {
        day: today,
        count: carried.length,
        triage,
        failed: carried.length - triage,
        documentIds: carried.slice(0, 200).map((a) => a.documentId),
        receiptNumbers: receipts.slice(0, 200),
      },
    ),
  };
}

/** The team whose lead hears about a surge of this type: its route's team or discipline team. */
export function teamForType(directory: Directory, type: DocumentTypeId): string {
  const target = routeTarget(directory, type);
  return 'team' in target ? target.team : target.discipline;
}

/**
 * How many documents of a type were received from an instant on: one document (`count` 1 at its
 * receivedAt), or a stored tally per hour (`at` the hour's start, UTC) where a store keeps counts
 * instead of rereading history. Duplicates and rejected inputs are not counted.
 */
export interface ReceivedCount {
  at: string;
  documentType: DocumentTypeId;
  count: number;
}

/** Whether the surge rule counts this document, and as what type: a classified document that is no duplicate and not rejected. */
export function countedType(doc: Pick<DocumentRecord, 'documentType' | 'status'>): DocumentTypeId | null {
  return doc.documentType && doc.status !== 'duplicate' && doc.status !== 'rejected' ? doc.documentType : null;
}

/** The documents the surge rule counts, each as a count of one. */
export function receivedCounts(docs: readonly DocumentRecord[]): ReceivedCount[] {
  return docs.flatMap((doc) => {
    const documentType = countedType(doc);
    return documentType ? [{ at: doc.receivedAt, documentType, count: 1 }] : [];
  });
}

/**
 * Surges: for each type, the count received on `day` against the median daily count of the
 * `surgeBaselineDays` days before it (days without documents count as 0), over counts (see
 * `ReceivedCount`; duplicates and rejected inputs are not counted): `counts` must cover the
 * baseline days and the day itself. The moment a surge became due is the count that crossed the threshold: a document's
 * own time, or the start of the hour whose tally crossed it.
 */
export function surgeAlertsFromCounts(
  counts: readonly ReceivedCount[],
  day: string,
  cal: BusinessCalendar,
  s: SweepSettings,
  directory: Directory,
): AlertCandidate[] {
  const baselineDays = Array.from({ length: s.surgeBaselineDays }, (_, i) => addLocalDays(day, -(i + 1)));
  const byType = new Map<DocumentTypeId, { onDay: ReceivedCount[]; perDay: Map<string, number> }>();
  for (const c of counts) {
    if (c.count <= 0) continue;
    const d = cal.dayOf(new Date(c.at));
    const entry = byType.get(c.documentType) ?? { onDay: [], perDay: new Map<string, number>() };
    byType.set(c.documentType, entry);
    if (d === day) entry.onDay.push(c);
    else entry.perDay.set(d, (entry.perDay.get(d) ?? 0) + c.count);
  }
  const out: AlertCandidate[] = [];
  for (const [type, { onDay, perDay }] of byType) {
    const count = onDay.reduce((sum, c) => sum + c.count, 0);
    if (count < s.surgeMin) continue;
    const med = median(baselineDays.map((d) => perDay.get(d) ?? 0));
    if (count <= s.surgeFactor * med) continue;
    // The moment the threshold was crossed: the document (or hour) that made the count a surge.
    const crossing = Math.max(s.surgeMin, Math.floor(s.surgeFactor * med) + 1);
    const crossedAt = crossingAt(onDay, crossing);
    const team = teamForType(directory, type);
    const leadId = directory.teams.find((t) => t.id === team)?.leadId ?? null;
    const tName = teamName(directory, team);
    const medianText = { nl: String(med).replace('.', ','), en: String(med) };
    out.push({
      kind: 'surge',
      key: `surge:${type}:${day}`,
      audience: leadAudience(team),
      dueSince: crossedAt ?? cal.opening(day).toISOString(),
      ...bilingual(
        `Piek voor ${tName}: op ${longDay(day, 'nl')} kwamen ${count} documenten van de soort ${DOCUMENT_TYPES[type].nl} binnen, tegen gemiddeld (mediaan) ${medianText.nl} per dag in de ${s.surgeBaselineDays} dagen ervoor (melding boven ${s.surgeFactor} keer de mediaan en vanaf ${s.surgeMin}).`,
        `Surge for ${tName}: on ${longDay(day, 'en')}, ${count} documents of the type ${DOCUMENT_TYPES[type].en} came in, against a median of ${medianText.en} per day over the ${s.surgeBaselineDays} days before (alert above ${s.surgeFactor} times the median and from ${s.surgeMin}).`,
        { documentType: type, day, count, median: med, factor: s.surgeFactor, team, leadId },
      ),
    });
  }
  return out;
}

/** When the running total of these counts, in time order, first reached `threshold`. */
function crossingAt(counts: readonly ReceivedCount[], threshold: number): string | undefined {
  let total = 0;
  for (const c of [...counts].sort((a, b) => a.at.localeCompare(b.at))) {
    total += c.count;
    if (total >= threshold) return c.at;
  }
  return undefined;
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
 * Removes personal data from alert text: the directory's client names, BSNs, e-mail addresses,
 * addresses and birth dates, staff e-mail addresses, plus any free-standing 9-digit number or
 * e-mail address. A safety net: alert texts are built from receipt and client numbers and staff
 * and team names (staff names are fine: people must know who to ask), but reasons can come from
 * elsewhere. A staff member who shares a client's name is redacted too.
 */
export function personalDataScrubber(directory: Directory): (text: string) => string {
  const words = new Set<string>();
  for (const c of directory.clients) for (const v of [c.name, c.bsn, c.email, c.address, c.birthDate]) if (v && v.length >= 3) words.add(v);
  for (const c of directory.consultants) if (c.email && c.email.length >= 3) words.add(c.email);
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

/** A team's name from the directory, else its id. */
function teamName(directory: Directory | undefined, teamId: string): string {
  return directory?.teams.find((t) => t.id === teamId)?.name ?? teamId;
}

/** A consultant's name from the directory (staff: fine in an alert), else their id. */
function consultantName(directory: Directory, consultantId: string): string {
  return directory.consultants.find((c) => c.id === consultantId)?.name ?? consultantId;
}

/** "4 uur", "2 werkdagen", "1 werkdag en 3 uur" / "4 hours", "2 business days". */
export function durationText(d: BusinessDuration, language: 'nl' | 'en'): string {
  const h = Math.floor(d.ms / 3_600_000);
  const m = Math.round((d.ms % 3_600_000) / 60_000);
  const nl = [
    d.days ? `${d.days} ${d.days === 1 ? 'werkdag' : 'werkdagen'}` : '',
    h ? `${h} uur` : '',
    m ? `${m} ${m === 1 ? 'minuut' : 'minuten'}` : '',
  ];
  const en = [
    d.days ? `${d.days} business ${d.days === 1 ? 'day' : 'days'}` : '',
    h ? `${h} ${h === 1 ? 'hour' : 'hours'}` : '',
    m ? `${m} ${m === 1 ? 'minute' : 'minutes'}` : '',
  ];
  const parts = (language === 'nl' ? nl : en).filter(Boolean);
  return listed(parts, language) || (language === 'nl' ? '0 minuten' : '0 minutes');
}

const LOCAL_TIME = { nl: 'nl-NL', en: 'en-GB' } as const;

/** "vr 23 okt 16:30" / "Fri 23 Oct 16:30" in the organisation's timezone. */
export function localTime(at: Date, timeZone: string, language: 'nl' | 'en' = 'en'): string {
  return new Intl.DateTimeFormat(LOCAL_TIME[language], {
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

/** "dinsdag 3 maart 2026" / "Tuesday 3 March 2026" for a calendar day (YYYY-MM-DD). */
function longDay(isoDay: string, language: 'nl' | 'en'): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCAL_TIME[language], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(y as number, (m as number) - 1, d as number)))
    .replace(',', '');
}
