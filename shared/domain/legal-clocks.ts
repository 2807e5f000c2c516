import { addLocalDays, addLocalMonths, localDaysBetween } from './business-calendar.ts';
import type { DataProtectionRequest } from './data-protection-request.ts';
import type { DocumentTypeId } from './document-types.ts';
import { localDate } from './local-date.ts';

/**
 * Legal clocks: the statutory period that starts when a document is received, shown on the work
 * item with the date it runs out. Periods are calendar weeks or calendar months, not business days.
 *
 * Two sources:
 * - the document type: an application (Awb 4:13, 8 weeks), an objection (Awb 7:10, 6 weeks), a
 *   complaint (Awb 9:11, 6 weeks);
 * - what the letter asks: a data-protection request (inzage, rectificatie, verwijdering, …; see
 *   `data-protection-request.ts`) must be answered within one month of receipt (AVG art. 12 lid 3),
 *   whatever type the letter was classified as. That request is stored on the document when it goes
 *   on to be classified, so the clock is computed from the document record alone.
 * A document with both (an objection that also asks for inzage in one's personal data) has both
 * clocks; `legalClock` gives the one that runs out first.
 *
 * Types left without a clock, because no law sets a term the municipality must meet from receipt:
 * - change_form, holiday_notice, payslip, bank_statement, employment_contract, rental_agreement,
 *   identity_document, job_application_proof, medical_statement: information the client must give
 *   (Participatiewet art. 17); no application, so no Awb 4:13 decision term.
 * - uwv_decision, tax_document: another body's decision; the 6 weeks to object (Awb 6:7) are the
 *   client's, against that body.
 * - court_document: a notice of appeal gives the municipality 4 weeks from the court's sending for the
 *   file and a defence (Awb 8:42), a judgment 6 weeks to appeal (Awb 6:7): different terms for one
 *   type, both counted from the court's date, not ours, and extendable by the court.
 * - debt_notice: mostly a creditor's reminder; the Wgs terms for a request for debt help (art. 4a)
 *   would need the letter to be recognised as such a request, as the AVG request is here.
 * - the Participatiewet advance (art. 52: an advance within 4 weeks of an application when no
 *   decision was taken) depends on the client's cooperation; the 8-week Awb 4:13 clock is shown.
 * A request under the Wet open overheid (4 weeks, Woo art. 4.4) would also be recognised from the
 * text; it is not, yet.
 *
 * Deliberate simplifications (the date shown is never later than the legal one):
 * - The clock starts on the day of receipt. For an objection, Awb 7:10 starts the period the day
 *   after the objection period (6 weeks after the contested decision) ended, which can be later.
 * - Awb 7:10 allows 12 weeks when an advisory committee hears the objection, Awb 9:11 10 weeks for a
 *   complaint with a complaints committee, AVG art. 12 lid 3 two more months for a complex request
 *   (the client told within the first month); we show the short period.
 * - A period suspended for a repair of missing information (Awb 4:15) or extended by the
 *   Algemene termijnenwet (a period ending on a weekend or holiday) is not modelled.
 */
export type LegalClockKind = 'application-decision' | 'objection-decision' | 'complaint-decision' | 'data-protection-response';

interface LegalClockRuleBase {
  kind: LegalClockKind;
  /** The article that sets the period, e.g. "Awb 4:13". */
  law: string;
}

/** A period of calendar weeks or of calendar months (one of the two). */
export type LegalClockRule =
  | (LegalClockRuleBase & { weeks: number; months?: never })
  | (LegalClockRuleBase & { months: number; weeks?: never });

export const LEGAL_CLOCK_RULES: Partial<Record<DocumentTypeId, LegalClockRule>> = {
  benefit_application: { kind: 'application-decision', law: 'Awb 4:13', weeks: 8 },
  objection: { kind: 'objection-decision', law: 'Awb 7:10', weeks: 6 },
  complaint: { kind: 'complaint-decision', law: 'Awb 9:11', weeks: 6 },
};

/** Any data-protection request, of any document type: one calendar month from receipt. */
export const DATA_PROTECTION_CLOCK_RULE: LegalClockRule = { kind: 'data-protection-response', law: 'AVG art. 12 lid 3', months: 1 };

export type LegalClock = LegalClockRule & {
  /** Day of receipt (YYYY-MM-DD, organisation timezone): the clock starts here. */
  startDate: string;
  /** The last day of the period (YYYY-MM-DD, organisation timezone). */
  dueDate: string;
  /** Calendar days from today to the due date: 0 on the last day, negative when overdue. */
  daysLeft: number;
  overdue: boolean;
  /** The request the clock is for (a data-protection clock). */
  request?: DataProtectionRequest;
};

/** A stored document fits as it is: `legalClocks({ ...doc, now, timeZone })`. */
export interface LegalClockInput {
  documentType: DocumentTypeId | null;
  /** What the recogniser found in the letter, as stored on the document. */
  dataProtectionRequest?: DataProtectionRequest | null | undefined;
  receivedAt: Date | string;
  now: Date;
  timeZone: string;
}

/** Every legal clock of a work item, the one that runs out first first. */
export function legalClocks(input: LegalClockInput): LegalClock[] {
  const received = typeof input.receivedAt === 'string' ? new Date(input.receivedAt) : input.receivedAt;
  if (Number.isNaN(received.getTime())) throw new RangeError('receivedAt is not a valid time');
  const startDate = localDate(received, input.timeZone);
  const today = localDate(input.now, input.timeZone);
  const clock = (rule: LegalClockRule): LegalClock => {
    const dueDate = rule.months !== undefined ? addLocalMonths(startDate, rule.months) : addLocalDays(startDate, rule.weeks * 7);
    const daysLeft = localDaysBetween(today, dueDate);
    return { ...rule, startDate, dueDate, daysLeft, overdue: daysLeft < 0 };
  };
  const clocks: LegalClock[] = [];
  if (input.dataProtectionRequest) clocks.push({ ...clock(DATA_PROTECTION_CLOCK_RULE), request: input.dataProtectionRequest });
  const byType = input.documentType ? LEGAL_CLOCK_RULES[input.documentType] : undefined;
  if (byType) clocks.push(clock(byType));
  return clocks.sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

/** The legal clock of a work item that runs out first, or null when it has none. */
export function legalClock(input: LegalClockInput): LegalClock | null {
  return legalClocks(input)[0] ?? null;
}
