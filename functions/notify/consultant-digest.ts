import { BusinessCalendar } from '../../shared/domain/business-calendar.ts';
import type { DocumentRecord } from '../../shared/domain/document.ts';
import { DOCUMENT_TYPES } from '../../shared/domain/document-types.ts';
import type { Clock, DirectorySource, Ledger, Logger, Mailer } from '../../shared/ports.ts';

/**
 * The consultant digest: once per business day, after opening, each consultant with an e-mail
 * address gets one message about the documents newly routed to them and not yet acknowledged:
 * counts and receipt numbers only, never content or client names.
 *
 * Windows tile the timeline without gaps or overlaps: the digest of business day D covers documents
 * routed from the opening of the previous business day up to the opening of D (so weekend and
 * night arrivals land in the next morning's digest). One window, one message per consultant:
 * the send is claimed in the ledger and the mail carries an idempotency key per consultant per window.
 */
export interface ConsultantDigestDeps {
  ledger: Ledger;
  directory: DirectorySource;
  mailer: Mailer;
  clock: Clock;
  logger: Logger;
}

export interface DigestWindow {
  /** The business day whose morning digest this is (YYYY-MM-DD). */
  day: string;
  from: string;
  to: string;
}

export interface ConsultantDigestReport {
  window: DigestWindow | null;
  sent: { consultantId: string; count: number; idempotencyKey: string }[];
}

/** A claim not completed within this time (a crash mid-send) may be taken over. */
const CLAIM_LEASE_MS = 10 * 60_000;

/** The digest window due at `now`, or null before opening and on days off. */
export function digestWindow(cal: BusinessCalendar, now: Date): DigestWindow | null {
  const day = cal.dayOf(now);
  if (!cal.isBusinessDay(day) || now < cal.opening(day)) return null;
  return { day, from: cal.opening(cal.previousBusinessDay(day)).toISOString(), to: cal.opening(day).toISOString() };
}

export async function sendConsultantDigests(deps: ConsultantDigestDeps): Promise<ConsultantDigestReport> {
  const directory = await deps.directory.load();
  const cal = BusinessCalendar.fromDirectory(directory);
  const now = deps.clock.now();
  const window = digestWindow(cal, now);
  if (!window) return { window, sent: [] };

  const waiting = await deps.ledger.listDocuments({ status: ['routed'], limit: 1_000_000 });
  const byConsultant = new Map<string, DocumentRecord[]>();
  for (const doc of waiting) {
    const id = doc.route?.consultantId;
    if (!id) continue;
    byConsultant.set(id, [...(byConsultant.get(id) ?? []), doc]);
  }

  const sent: ConsultantDigestReport['sent'] = [];
  for (const consultant of directory.consultants) {
    const all = byConsultant.get(consultant.id) ?? [];
    const fresh = all.filter((d) => d.updatedAt >= window.from && d.updatedAt < window.to);
    if (!consultant.email || fresh.length === 0) continue;
    const idempotencyKey = `consultant-digest:${consultant.id}:${window.day}`;
    if (!(await deps.ledger.claimEffect(idempotencyKey, CLAIM_LEASE_MS))) continue;
    try {
      await deps.mailer.send({ to: consultant.email, ...digestText(fresh, all.length, window, cal), idempotencyKey });
    } catch (error) {
      deps.logger.error('consultant digest failed', { consultantId: consultant.id, day: window.day, error: (error as Error).name });
      continue; // the claim lapses after its lease: the next run retries
    }
    await deps.ledger.completeEffect(idempotencyKey);
    deps.logger.info('consultant digest sent', { consultantId: consultant.id, day: window.day, count: fresh.length });
    sent.push({ consultantId: consultant.id, count: fresh.length, idempotencyKey });
  }
  return { window, sent };
}

/** Dutch (B1) digest text: receipt numbers, counts per kind of document (confidential kinds named generically). */
export function digestText(fresh: DocumentRecord[], waitingTotal: number, window: DigestWindow, cal: BusinessCalendar) {
  const format = new Intl.DateTimeFormat('nl-NL', {
    timeZone: cal.timezone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  const kind = (d: DocumentRecord) =>
    !d.documentType || d.restricted || DOCUMENT_TYPES[d.documentType].restricted
      ? 'vertrouwelijk document'
      : DOCUMENT_TYPES[d.documentType].nl;
  const counts = new Map<string, number>();
  for (const d of fresh) counts.set(kind(d), (counts.get(kind(d)) ?? 0) + 1);
  const sorted = [...fresh].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  const n = fresh.length;
  const lines = [
    'Goedemorgen,',
    '',
    `Sinds ${format.format(new Date(window.from))} ${n === 1 ? 'is 1 nieuw document' : `zijn ${n} nieuwe documenten`} aan u toegewezen. U hebt ${n === 1 ? 'het' : 'ze'} nog niet bevestigd.`,
    '',
    ...[...counts].map(([k, c]) => `- ${c} × ${k}`),
    '',
    'Ontvangstnummers:',
    ...sorted.map((d) => `- ${d.receiptNumber ?? `document ${d.id}`} (ontvangen ${format.format(new Date(d.receivedAt))})`),
    '',
    `In totaal wachten ${waitingTotal} document(en) op uw bevestiging.`,
    'Open postkamer om ze te bekijken en te bevestigen.',
    '',
    'Deze e-mail bevat alleen nummers, geen inhoud en geen namen.',
  ];
  return { subject: `Postkamer: ${n} nieuw${n === 1 ? '' : 'e'} document${n === 1 ? '' : 'en'} voor u`, text: lines.join('\n') };
}
