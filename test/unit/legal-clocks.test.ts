import { describe, expect, it } from 'vitest';
import type { DataProtectionRequest } from '../../shared/domain/data-protection-request.ts';
import { DOCUMENT_TYPES } from '../../shared/domain/document-types.ts';
import { LEGAL_CLOCK_RULES, legalClock, legalClocks } from '../../shared/domain/legal-clocks.ts';

const tz = 'Europe/Amsterdam';

describe('legal clocks', () => {
  it('gives an application 8 weeks from receipt (Awb 4:13)', () => {
    const clock = legalClock({
      documentType: 'benefit_application',
      receivedAt: '2026-03-02T09:15:00Z',
      now: new Date('2026-03-02T12:00:00Z'),
      timeZone: tz,
    });
    expect(clock).toEqual({
      kind: 'application-decision',
      law: 'Awb 4:13',
      weeks: 8,
      startDate: '2026-03-02',
      dueDate: '2026-04-27',
      daysLeft: 56,
      overdue: false,
    });
  });

  it('gives an objection 6 weeks (Awb 7:10) and a complaint 6 weeks (Awb 9:11), in calendar weeks', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    expect(legalClock({ documentType: 'objection', receivedAt: '2026-03-02T09:15:00Z', now, timeZone: tz })).toMatchObject({
      kind: 'objection-decision',
      law: 'Awb 7:10',
      dueDate: '2026-04-13', // runs over Easter: holidays do not stop a calendar-week clock
      daysLeft: 34,
    });
    expect(legalClock({ documentType: 'complaint', receivedAt: '2026-03-02T09:15:00Z', now, timeZone: tz })).toMatchObject({
      kind: 'complaint-decision',
      law: 'Awb 9:11',
      dueDate: '2026-04-13',
    });
  });

  it('starts on the local day of receipt (a document in just after midnight)', () => {
    // 23:30 UTC on 1 March is 00:30 on 2 March in Amsterdam.
    const clock = legalClock({
      documentType: 'objection',
      receivedAt: '2026-03-01T23:30:00Z',
      now: new Date('2026-03-02T08:00:00Z'),
      timeZone: tz,
    });
    expect(clock).toMatchObject({ startDate: '2026-03-02', dueDate: '2026-04-13' });
  });

  it('counts down to 0 on the last day and goes negative when overdue', () => {
    const received = '2026-03-02T09:00:00Z';
    expect(
      legalClock({ documentType: 'objection', receivedAt: received, now: new Date('2026-04-13T20:00:00Z'), timeZone: tz }),
    ).toMatchObject({
      daysLeft: 0,
      overdue: false,
    });
    expect(
      legalClock({ documentType: 'objection', receivedAt: received, now: new Date('2026-04-16T08:00:00Z'), timeZone: tz }),
    ).toMatchObject({
      daysLeft: -3,
      overdue: true,
    });
  });

  it('counts local days across the change to summer time', () => {
    // 29 March 2026 has 23 hours in Amsterdam; the due date does not shift.
    const clock = legalClock({
      documentType: 'objection',
      receivedAt: '2026-03-27T22:30:00Z',
      now: new Date('2026-03-30T06:00:00Z'),
      timeZone: tz,
    });
    expect(clock).toMatchObject({ startDate: '2026-03-27', dueDate: '2026-05-08', daysLeft: 39 });
  });

  it('has no clock for other types or an unknown type', () => {
    const now = new Date('2026-03-02T12:00:00Z');
    expect(legalClock({ documentType: 'payslip', receivedAt: now, now, timeZone: tz })).toBeNull();
    expect(legalClock({ documentType: null, receivedAt: now, now, timeZone: tz })).toBeNull();
  });

  it('agrees with the decision periods in the document types', () => {
    for (const [type, rule] of Object.entries(LEGAL_CLOCK_RULES))
      expect(rule?.weeks).toBe(DOCUMENT_TYPES[type as keyof typeof DOCUMENT_TYPES].decisionWeeks);
    const withPeriod = Object.values(DOCUMENT_TYPES)
      .filter((t) => t.decisionWeeks !== undefined)
      .map((t) => t.id);
    expect(Object.keys(LEGAL_CLOCK_RULES).sort()).toEqual(withPeriod.sort());
  });
});

describe('the data-protection clock (AVG art. 12 lid 3)', () => {
  const access: DataProtectionRequest = { right: 'access', rights: ['access'], law: 'AVG art. 15' };
  const rectification: DataProtectionRequest = { right: 'rectification', rights: ['rectification'], law: 'AVG art. 16' };

  it('gives a data-protection request one calendar month from receipt, whatever its type', () => {
    for (const documentType of ['other', 'change_form', null] as const)
      expect(
        legalClock({
          documentType,
          dataProtectionRequest: rectification,
          receivedAt: '2026-03-02T09:15:00Z',
          now: new Date('2026-03-02T12:00:00Z'),
          timeZone: tz,
        }),
      ).toEqual({
        kind: 'data-protection-response',
        law: 'AVG art. 12 lid 3',
        months: 1,
        startDate: '2026-03-02',
        dueDate: '2026-04-02',
        daysLeft: 31,
        overdue: false,
        request: rectification,
      });
  });

  it('ends on the last day of a shorter month (31 January → end of February, also in a leap year)', () => {
    const now = new Date('2026-02-01T12:00:00Z');
    const clock = (receivedAt: string) =>
      legalClock({ documentType: 'other', dataProtectionRequest: access, receivedAt, now, timeZone: tz })?.dueDate;
    expect(clock('2026-01-31T10:00:00Z')).toBe('2026-02-28');
    expect(clock('2028-01-31T10:00:00Z')).toBe('2028-02-29');
    expect(clock('2026-03-31T10:00:00Z')).toBe('2026-04-30');
    expect(clock('2026-12-15T10:00:00Z')).toBe('2027-01-15');
    // 23:30 UTC on 31 January is 00:30 on 1 February in Amsterdam: the month runs to 1 March.
    expect(clock('2026-01-31T23:30:00Z')).toBe('2026-03-01');
  });

  it('shows the request first when a complaint or an objection also asks for personal data', () => {
    const input = {
      documentType: 'complaint' as const,
      dataProtectionRequest: rectification,
      receivedAt: '2026-03-02T09:15:00Z',
      now: new Date('2026-03-10T12:00:00Z'),
      timeZone: tz,
    };
    expect(legalClocks(input).map((c) => [c.law, c.dueDate])).toEqual([
      ['AVG art. 12 lid 3', '2026-04-02'],
      ['Awb 9:11', '2026-04-13'],
    ]);
    expect(legalClock(input)?.law).toBe('AVG art. 12 lid 3');
  });

  it('has no clock for a type without one when the letter asks for nothing', () => {
    const now = new Date('2026-03-02T12:00:00Z');
    expect(legalClocks({ documentType: 'change_form', receivedAt: now, now, timeZone: tz })).toEqual([]);
  });
});
