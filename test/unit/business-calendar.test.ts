import { describe, expect, it } from 'vitest';
import {
  addLocalDays,
  BusinessCalendar,
  formatBusinessDuration,
  isoWeekday,
  localDaysBetween,
  parseBusinessDuration,
  zonedInstant,
} from '../../shared/domain/business-calendar.ts';
import { ConfigurationError } from '../../shared/domain/errors.ts';

const HOUR = 3_600_000;
const cal = new BusinessCalendar({
  timezone: 'Europe/Amsterdam',
  businessHours: { start: '08:30', end: '17:00', days: [1, 2, 3, 4, 5] },
  closedDays: ['2026-12-24'],
});
/** Local Amsterdam wall-clock time → instant. */
const ams = (day: string, time: string) => zonedInstant(day, time, 'Europe/Amsterdam');

describe('business days', () => {
  it('are the configured weekdays', () => {
    expect(cal.isBusinessDay('2026-06-12')).toBe(true); // Friday
    expect(cal.describeDay('2026-06-13')).toMatchObject({ business: false, reason: 'not a working day' });
    expect(cal.isBusinessDay('2026-06-14')).toBe(false);
  });

  it('skip the Dutch public holidays the library marks as public', () => {
    for (const [day, name] of [
      ['2026-01-01', 'Nieuwjaar'],
      ['2026-04-06', 'Tweede paasdag'],
      ['2026-04-27', 'Koningsdag'],
      ['2026-05-14', 'Hemelvaartsdag'],
      ['2026-05-25', 'Tweede pinksterdag'],
      ['2026-12-25', 'Kerstmis'],
      ['2026-12-28', undefined], // the Monday after: a normal day again
    ] as const) {
      const info = cal.describeDay(day);
      if (name) expect(info).toMatchObject({ business: false, reason: 'public holiday', holiday: name });
      else expect(info.business).toBe(true);
    }
  });

  it('moves Koningsdag to Saturday when 27 April is a Sunday (2025: the Saturday is off anyway)', () => {
    expect(cal.describeDay('2025-04-26')).toMatchObject({ holiday: 'Koningsdag' });
    expect(cal.isBusinessDay('2025-04-28')).toBe(true);
  });

  it('keep Goede Vrijdag and Bevrijdingsdag as working days unless configured closed (documented choice)', () => {
    expect(cal.isBusinessDay('2026-04-03')).toBe(true); // Goede Vrijdag
    expect(cal.isBusinessDay('2026-05-05')).toBe(true); // Bevrijdingsdag, not a lustrum year
    expect(cal.isBusinessDay('2025-05-05')).toBe(true); // lustrum year: still open unless in closedDays
    const closedOnFifthOfMay = new BusinessCalendar({ ...settings(), closedDays: ['2025-05-05'] });
    expect(closedOnFifthOfMay.describeDay('2025-05-05')).toMatchObject({ business: false, reason: 'closed day' });
  });

  it('skip the closed days from the directory', () => {
    expect(cal.describeDay('2026-12-24')).toMatchObject({ business: false, reason: 'closed day' });
    expect(cal.nextBusinessDay('2026-12-23')).toBe('2026-12-28');
    expect(cal.previousBusinessDay('2026-12-28')).toBe('2026-12-23');
  });

  it('accept an instant and use its local day', () => {
    // 23:30 UTC on Friday is already Saturday in Amsterdam.
    expect(cal.isBusinessDay(new Date('2026-06-12T22:30:00Z'))).toBe(false);
    expect(cal.isBusinessDay(new Date('2026-06-12T21:30:00Z'))).toBe(true);
  });
});

describe('addBusinessTime', () => {
  it('carries the rest of a Friday afternoon over the weekend', () => {
    expect(cal.addBusinessTime(ams('2026-06-12', '16:30'), 4 * HOUR)).toEqual(ams('2026-06-15', '12:00'));
  });

  it('ends at closing time when the budget runs out exactly then', () => {
    expect(cal.addBusinessTime(ams('2026-06-12', '16:30'), 0.5 * HOUR)).toEqual(ams('2026-06-12', '17:00'));
  });

  it('starts counting at the next opening when started at night or on a weekend', () => {
    expect(cal.addBusinessTime(ams('2026-06-13', '11:00'), HOUR)).toEqual(ams('2026-06-15', '09:30'));
    expect(cal.addBusinessTime(ams('2026-06-15', '06:00'), HOUR)).toEqual(ams('2026-06-15', '09:30'));
  });

  it('skips a public holiday and a closed day', () => {
    expect(cal.addBusinessTime(ams('2026-04-24', '16:30'), 4 * HOUR)).toEqual(ams('2026-04-28', '12:00')); // Koningsdag Monday
    expect(cal.addBusinessTime(ams('2026-12-23', '16:30'), 4 * HOUR)).toEqual(ams('2026-12-28', '12:00')); // 24 closed, 25/26 Christmas
  });

  it('is right across the end of daylight-saving time (25 Oct 2026)', () => {
    const due = cal.addBusinessTime(ams('2026-10-23', '16:30'), 4 * HOUR);
    expect(due.toISOString()).toBe('2026-10-26T11:00:00.000Z'); // 12:00 CET
    expect(ams('2026-10-23', '16:30').toISOString()).toBe('2026-10-23T14:30:00.000Z'); // CEST before
  });

  it('is right across the start of daylight-saving time (29 Mar 2026)', () => {
    const due = cal.addBusinessTime(ams('2026-03-27', '16:30'), 4 * HOUR);
    expect(due.toISOString()).toBe('2026-03-30T10:00:00.000Z'); // 12:00 CEST
  });

  it('spans several days', () => {
    // 8.5 h per day: 20 h from Monday opening = Mon 8.5 + Tue 8.5 + 3 h Wednesday
    expect(cal.addBusinessTime(ams('2026-06-15', '08:30'), 20 * HOUR)).toEqual(ams('2026-06-17', '11:30'));
  });

  it('rejects negative time', () => {
    expect(() => cal.addBusinessTime(new Date(), -1)).toThrow(RangeError);
  });
});

describe('businessTimeBetween', () => {
  it('counts only business hours', () => {
    expect(cal.businessTimeBetween(ams('2026-06-12', '16:30'), ams('2026-06-15', '09:00'))).toBe(HOUR);
    expect(cal.businessTimeBetween(ams('2026-06-12', '16:30'), ams('2026-06-15', '13:00'))).toBe(5 * HOUR);
  });

  it('is zero over a weekend and when b is not after a', () => {
    expect(cal.businessTimeBetween(ams('2026-06-13', '08:00'), ams('2026-06-14', '20:00'))).toBe(0);
    expect(cal.businessTimeBetween(ams('2026-06-15', '13:00'), ams('2026-06-15', '12:00'))).toBe(0);
  });

  it('agrees with addBusinessTime across both DST changes', () => {
    for (const start of [ams('2026-10-23', '16:30'), ams('2026-03-27', '16:30'), ams('2026-10-24', '03:00')]) {
      const end = cal.addBusinessTime(start, 4 * HOUR);
      expect(cal.businessTimeBetween(start, end)).toBe(4 * HOUR);
    }
  });
});

describe('addBusinessDays', () => {
  it('keeps the time of day', () => {
    expect(cal.addBusinessDays(ams('2026-06-15', '10:00'), 2)).toEqual(ams('2026-06-17', '10:00'));
    expect(cal.addBusinessDays(ams('2026-06-12', '10:00'), 1)).toEqual(ams('2026-06-15', '10:00'));
  });

  it('counts from the next opening when started outside hours', () => {
    expect(cal.addBusinessDays(ams('2026-06-12', '18:00'), 2)).toEqual(ams('2026-06-17', '08:30'));
  });

  it('skips holidays and closed days, and keeps the wall-clock time across DST', () => {
    expect(cal.addBusinessDays(ams('2026-04-24', '10:00'), 1)).toEqual(ams('2026-04-28', '10:00'));
    expect(cal.addBusinessDays(ams('2026-12-23', '10:00'), 1)).toEqual(ams('2026-12-28', '10:00'));
    expect(cal.addBusinessDays(ams('2026-10-23', '10:00'), 1).toISOString()).toBe('2026-10-26T09:00:00.000Z');
  });
});

describe('durations', () => {
  it('parse from configuration strings', () => {
    expect(parseBusinessDuration('4h')).toEqual({ days: 0, ms: 4 * HOUR });
    expect(parseBusinessDuration('30m')).toEqual({ days: 0, ms: 30 * 60_000 });
    expect(parseBusinessDuration('2d')).toEqual({ days: 2, ms: 0 });
    expect(parseBusinessDuration(' 1d 4h 30m ')).toEqual({ days: 1, ms: 4.5 * HOUR });
    expect(formatBusinessDuration(parseBusinessDuration('1d4h30m'))).toBe('1d 4h 30m');
  });

  it('reject anything else with a message naming the value', () => {
    for (const bad of ['', '4', 'h', '4 hours', '-1h', '1.5h', '2w'])
      expect(() => parseBusinessDuration(bad, 'UNROUTED_ALERT_AFTER')).toThrow(ConfigurationError);
    expect(() => parseBusinessDuration('4 hours', 'UNROUTED_ALERT_AFTER')).toThrow(/UNROUTED_ALERT_AFTER.*"4 hours"/);
  });

  it('add days first, then time', () => {
    // Friday 16:30 + 1 business day = Monday 16:30; + 1 h = 30 min Monday, 30 min Tuesday.
    expect(cal.add(ams('2026-06-12', '16:30'), parseBusinessDuration('1d 1h'))).toEqual(ams('2026-06-16', '09:00'));
  });
});

describe('configuration', () => {
  it('refuses hours that end before they start, and an unknown timezone', () => {
    expect(() => new BusinessCalendar({ ...settings(), businessHours: { start: '17:00', end: '08:30', days: [1] } })).toThrow(
      ConfigurationError,
    );
    expect(() => new BusinessCalendar({ ...settings(), timezone: 'Mars/Olympus' })).toThrow(/Mars\/Olympus/);
  });

  it('is built from the directory organisation', () => {
    const fromDir = BusinessCalendar.fromDirectory({
      organisation: { name: 'x', timezone: 'Europe/Amsterdam', businessHours: { start: '09:00', end: '12:00', days: [1] }, closedDays: [] },
    });
    expect(fromDir.isBusinessDay('2026-06-16')).toBe(false); // Tuesday
    expect(fromDir.businessDayMs).toBe(3 * HOUR);
  });
});

describe('calendar-day helpers', () => {
  it('add days and count between them without timezones', () => {
    expect(addLocalDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addLocalDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(localDaysBetween('2026-03-02', '2026-04-13')).toBe(42);
    expect(isoWeekday('2026-06-14')).toBe(7);
  });
});

function settings() {
  return {
    timezone: 'Europe/Amsterdam',
    businessHours: { start: '08:30', end: '17:00', days: [1, 2, 3, 4, 5] },
    closedDays: [] as string[],
  };
}
