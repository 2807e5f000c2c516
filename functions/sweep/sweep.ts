import type { AlertRecord } from '../../shared/domain/alert.ts';
import { addLocalDays, BusinessCalendar, zonedInstant } from '../../shared/domain/business-calendar.ts';
import type { DocumentRecord } from '../../shared/domain/document.ts';
import { IN_PROCESS } from '../../shared/domain/pipeline.ts';
import {
  type AlertCandidate,
  acknowledgementAlerts,
  causeHolds,
  DEFAULT_SWEEP_SETTINGS,
  deadLetterAlert,
  personalDataScrubber,
  type ReceivedCount,
  receivedCounts,
  SWEEP_KINDS,
  type SweepSettings,
  type SweepSnapshot,
  stuckAlert,
  surgeAlertsFromCounts,
  unroutedAlert,
  unroutedDigest,
} from '../../shared/domain/sweep-rules.ts';
import type { AlertStore, Clock, DirectorySource, Ledger, Logger, Mailer, ReceivedCounter } from '../../shared/ports.ts';
import { mailAlerts } from './alert-mail.ts';

/**
 * The sweep: looks at the ledger as of now, raises what must be raised (each cause once), resolves
 * alerts whose cause went away, and mails what it raised. Runs every minute locally and on an
 * EventBridge schedule on AWS; running it twice at the same moment raises nothing new.
 */
export interface SweepDeps {
  ledger: Ledger;
  alerts: AlertStore;
  directory: DirectorySource;
  clock: Clock;
  logger: Logger;
  /** When given, every raised alert is also e-mailed to its audience. */
  mailer?: Mailer | undefined;
  /** OPS_EMAIL; defaults to the triage team's address. */
  opsEmail?: string | undefined;
  settings?: SweepSettings | undefined;
  /**
   * Tallies of documents received, for the surge rule. Without it the sweep reads the documents
   * received in the baseline window (fine for SQLite); on DynamoDB the ledger keeps tallies, so a
   * run reads only open work and about a month of tallies, whatever the history.
   */
  receivedCounter?: ReceivedCounter | undefined;
}

export interface SweepReport {
  at: string;
  /** The alerts this run raised, in the order raised. */
  raised: AlertRecord[];
  /** Ids of the alerts this run resolved because their cause went away. */
  resolved: string[];
}

export const SWEEP_ACTOR = 'system:sweep';
/** Far above any real day's volume: the ledger's default page is 10,000. */
const NO_LIMIT = 1_000_000;

export async function sweep(deps: SweepDeps): Promise<SweepReport> {
  const started = performance.now();
  const { ledger, alerts, logger } = deps;
  const settings = deps.settings ?? DEFAULT_SWEEP_SETTINGS;
  const now = deps.clock.now();
  const directory = await deps.directory.load();
  const cal = BusinessCalendar.fromDirectory(directory);
  const scrub = personalDataScrubber(directory);
  const today = cal.dayOf(now);

  const recentSince = zonedInstant(addLocalDays(today, -(settings.surgeBaselineDays + 1)), '00:00', cal.timezone).toISOString();
  // Each status is read through the ledger's status index: only documents in it now, never the closed history.
  const [unrouted, stuck, routed, recent] = await Promise.all([
    ledger.listDocuments({ status: ['triage', 'failed'], limit: NO_LIMIT }),
    ledger.listDocuments({
      status: [...IN_PROCESS],
      updatedBefore: new Date(now.getTime() - settings.stuckAfterMs).toISOString(),
      limit: NO_LIMIT,
    }),
    ledger.listDocuments({ status: ['routed'], limit: NO_LIMIT }),
    receivedSince(deps, recentSince),
  ]);

  const overdue = unrouted.map((d) => unroutedAlert(d, cal, settings, now, directory)).filter((a) => a !== null);
  const candidates: AlertCandidate[] = [
    ...overdue,
    ...stuck.map((d) => stuckAlert(d, settings, now)).filter((a) => a !== null),
    ...routed.flatMap((d) => acknowledgementAlerts(d, cal, settings, now, directory)),
    // Yesterday too: documents received late in the day may be classified after midnight.
    ...[addLocalDays(today, -1), today].flatMap((day) => surgeAlertsFromCounts(recent, day, cal, settings, directory)),
  ];
  const digest = unroutedDigest(overdue, cal, settings, now);
  if (digest) candidates.push(digest);

  const raised: AlertRecord[] = [];
  const raise = async (candidate: AlertCandidate) => {
    const en = candidate.data.messageEn;
    const data = typeof en === 'string' ? { ...candidate.data, messageEn: scrub(en) } : candidate.data;
    const record = await alerts.raiseOnce({ ...candidate, message: scrub(candidate.message), data });
    if (record) raised.push(record);
  };
  for (const candidate of candidates) await raise(candidate);
  for (const doc of unrouted) {
    if (doc.status !== 'failed') continue;
    const candidate = await deadLetterCandidate(deps, doc, scrub);
    if (candidate) await raise(candidate);
  }

  const resolved = await resolveGoneCauses(deps, {
    unrouted: byId(unrouted),
    stuck: byId(stuck),
    routed: byId(routed),
    overdueUnrouted: overdue.length,
    latestDigestDay: null,
  });

  if (deps.mailer && raised.length) await mailAlerts({ mailer: deps.mailer, directory, logger, opsEmail: deps.opsEmail }, raised);

  logger.info('sweep done', {
    at: now.toISOString(),
    raised: raised.length,
    resolved: resolved.length,
    unrouted: unrouted.length,
    overdueUnrouted: overdue.length,
    durationMs: Math.round(performance.now() - started),
  });
  return { at: now.toISOString(), raised, resolved };
}

async function receivedSince(deps: SweepDeps, since: string): Promise<ReceivedCount[]> {
  if (deps.receivedCounter) return deps.receivedCounter.countReceived(since);
  return receivedCounts(await deps.ledger.listDocuments({ receivedSince: since, limit: NO_LIMIT }));
}

/**
 * A failed document alerts as a dead letter, with its reason, unless the step that failed already
 * raised one for it (the worker does, with its own key).
 */
async function deadLetterCandidate(deps: SweepDeps, doc: DocumentRecord, scrub: (s: string) => string): Promise<AlertCandidate | null> {
  const bare = deadLetterAlert(doc, null);
  if (!bare || (await deps.alerts.findByKey(bare.key))) return null;
  const earlier = await deps.alerts.listRecent({ documentId: doc.id, kind: ['dead-letter'], raisedSince: doc.updatedAt, limit: 1 });
  if (earlier.length) return null;
  let reason = doc.rejectReason;
  const reasonNl = doc.rejectReason ? (doc.rejectReasonNl ?? null) : null;
  if (!reason) {
    const last = (await deps.ledger.listEvents(doc.id)).at(-1);
    if (last) reason = eventReason(last.type, last.data);
  }
  const clean = (s: string | null) => (s ? scrub(s).slice(0, 300) : null);
  return deadLetterAlert(doc, clean(reason), clean(reasonNl));
}

function eventReason(type: string, data: Record<string, unknown>): string {
  for (const field of ['reason', 'error', 'code'] as const) {
    const value = data[field];
    if (typeof value === 'string' && value) return `${type}: ${value}`;
  }
  return `last event ${type}`;
}

async function resolveGoneCauses(deps: SweepDeps, snap: SweepSnapshot): Promise<string[]> {
  const open = await deps.alerts.listOpen({ kind: [...SWEEP_KINDS], limit: NO_LIMIT });
  const digestDays = open
    .filter((a) => a.kind === 'unrouted-digest' && typeof a.data.day === 'string')
    .map((a) => a.data.day as string)
    .sort();
  const snapshot = { ...snap, latestDigestDay: digestDays.at(-1) ?? null };
  const resolved: string[] = [];
  for (const alert of open) {
    if (causeHolds(alert, snapshot)) continue;
    if (await deps.alerts.resolve(alert.id, SWEEP_ACTOR)) resolved.push(alert.id);
  }
  return resolved;
}

function byId(docs: DocumentRecord[]): Map<string, DocumentRecord> {
  return new Map(docs.map((d) => [d.id, d]));
}
