import { addLocalDays, localDaysBetween } from './business-calendar.ts';
import type { DocumentTypeId } from './document-types.ts';
import { localDate } from './local-date.ts';

/**
 * Legal clocks: the statutory decision period that starts when a document is received, shown on
 * the work item with the date it runs out. Periods are calendar weeks, not business days.
 *
 * Deliberate simplifications (the date shown is never later than the legal one):
 * - The clock starts on the day of receipt. For an objection, Awb 7:10 starts the period the day
 *   after the objection period (6 weeks after the contested decision) ended, which can be later.
 * - Awb 7:10 allows 12 weeks when an advisory committee hears the objection, Awb 9:11 10 weeks for a
 *   complaint with a complaints committee; we show the short period.
 * - A period suspended for a repair of missing information (Awb 4:15) or extended by the
 *   Algemene termijnenwet (a period ending on a weekend or holiday) is not modelled.
 */
export type LegalClockKind = 'application-decision' | 'objection-decision' | 'complaint-decision';

export interface LegalClockRule {
  kind: LegalClockKind;
  /** The article that sets the period, e.g. "Awb 4:13". */
  law: string;
  weeks: number;
}

export const LEGAL_CLOCK_RULES: Partial<Record<DocumentTypeId, LegalClockRule>> = {
  benefit_application: { kind: 'application-decision', law: 'Awb 4:13', weeks: 8 },
  objection: { kind: 'objection-decision', law: 'Awb 7:10', weeks: 6 },
  complaint: { kind: 'complaint-decision', law: 'Awb 9:11', weeks: 6 },
};

export interface LegalClock {
  kind: LegalClockKind;
  law: string;
  weeks: number;
  /** Day of receipt (YYYY-MM-DD, organisation timezone): the clock starts here. */
  startDate: string;
  /** The last day of the period (YYYY-MM-DD, organisation timezone). */
  dueDate: string;
  /** Calendar days from today to the due date: 0 on the last day, negative when overdue. */
  daysLeft: number;
  overdue: boolean;
}

export interface LegalClockInput {
  documentType: DocumentTypeId | null;
  receivedAt: Date | string;
  now: Date;
  timeZone: string;
}

/** The legal clock of a work item, or null when its type has none. */
export function legalClock(input: LegalClockInput): LegalClock | null {
  const rule = input.documentType ? LEGAL_CLOCK_RULES[input.documentType] : undefined;
  if (!rule) return null;
  const received = typeof input.receivedAt === 'string' ? new Date(input.receivedAt) : input.receivedAt;
  if (Number.isNaN(received.getTime())) throw new RangeError('receivedAt is not a valid time');
  const startDate = localDate(received, input.timeZone);
  const dueDate = addLocalDays(startDate, rule.weeks * 7);
  const daysLeft = localDaysBetween(localDate(input.now, input.timeZone), dueDate);
  return { ...rule, startDate, dueDate, daysLeft, overdue: daysLeft < 0 };
}
