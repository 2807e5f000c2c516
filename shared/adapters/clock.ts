import type { Clock } from '../ports.ts';

/**
 * The clock adapters: the only place outside log lines where the machine's time is read. Every
 * use case, ledger, audit trail, receipt and sweep asks a `Clock`, so a run can be set to any moment
 * (`--at`, `POSTKAMER_NOW`) and every test runs the same on any date.
 */
export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock that reads `start` at once and then runs on at the machine's pace: a whole run (received
 * time, ledger, audit trail, receipts, absences, legal terms) happens "at" that moment, and events
 * within it keep their order and their real spacing.
 */
export function clockStartingAt(start: Date, base: Clock = systemClock): Clock {
  const offsetMs = start.getTime() - base.now().getTime();
  return { now: () => new Date(base.now().getTime() + offsetMs) };
}

/** A clock that stands still: for a one-off calculation "as of" a moment, and for tests. */
export function fixedClock(at: Date): Clock {
  const ms = at.getTime();
  return { now: () => new Date(ms) };
}
