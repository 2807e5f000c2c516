import { describe, expect, it } from 'vitest';
import { parseDirectory } from '../../shared/domain/directory.ts';
import { DOCUMENT_STATUSES, type DocumentRecord } from '../../shared/domain/document.ts';
import { redactedRecord, retentionDecision } from '../../shared/domain/retention.ts';
import { addPeriod, DEFAULT_RETENTION, retentionSettings } from '../../shared/domain/retention-period.ts';
import { newDocument } from '../handlers/documents.ts';
import { testDirectory } from '../helpers/factories.ts';
import { HandClock } from '../helpers/fakes.ts';

/** The retention decision: pure, dates from a hand clock, settings from the directory's `retention` section. */
const timeZone = 'Europe/Amsterdam';
const doc = (o: Partial<DocumentRecord>): DocumentRecord => ({ ...newDocument(o), updatedAt: o.updatedAt ?? '2020-03-10T14:00:00Z' });
const decide = (d: DocumentRecord, at: string, settings = retentionSettings(), extra = {}) =>
  retentionDecision(d, { now: new HandClock(at).now(), timeZone, settings, ...extra });

describe('retention periods', () => {
  it('defaults to ten years for every type and for unclassified documents, one year for rejected files', () => {
    expect(DEFAULT_RETENTION.payslip).toBe('10y');
    expect(DEFAULT_RETENTION.objection).toBe('10y');
    expect(DEFAULT_RETENTION.unclassified).toBe('10y');
    expect(DEFAULT_RETENTION.rejected).toBe('1y');
  });

  it('adds calendar years, months and days; a day missing in the target month is its last day', () => {
    expect(addPeriod('2020-02-29', { amount: 1, unit: 'y' })).toBe('2021-02-28');
    expect(addPeriod('2020-01-31', { amount: 1, unit: 'm' })).toBe('2020-02-29');
    expect(addPeriod('2020-11-15', { amount: 18, unit: 'm' })).toBe('2022-05-15');
    expect(addPeriod('2020-12-25', { amount: 10, unit: 'd' })).toBe('2021-01-04');
  });

  it('are set per type in the directory, and a bad period names itself', () => {
    const dir = testDirectory({ retention: { payslip: '7y', rejected: '90d', medical_statement: 'forever' } } as never);
    const s = retentionSettings(dir.retention);
    expect(s.payslip).toEqual({ amount: 7, unit: 'y' });
    expect(s.rejected).toEqual({ amount: 90, unit: 'd' });
    expect(s.medical_statement).toBe('forever');
    expect(s.bank_statement).toEqual({ amount: 10, unit: 'y' });
    expect(() => parseDirectory({ ...testDirectory(), retention: { payslip: 'seven years' } })).toThrow(
      /retention\.payslip: expected a retention period/,
    );
    expect(() => parseDirectory({ ...testDirectory(), retention: { poster: '1y' } })).toThrow(/retention/);
  });
});

describe('retention decision', () => {
  it('counts from when the case was closed, in the organisation’s calendar days', () => {
    // Closed on 10 March 2020, 23:30 in Amsterdam (22:30 UTC): ten years later is 10 March 2030 there.
    const closed = doc({ status: 'closed', documentType: 'payslip', updatedAt: '2020-03-10T22:30:00Z' });
    expect(decide(closed, '2030-03-09T22:59:00Z')).toEqual({ due: false, because: 'not-yet', dueOn: '2030-03-10' });
    expect(decide(closed, '2030-03-09T23:00:00Z')).toEqual({
      due: true,
      rule: 'payslip',
      after: '10y',
      doneAt: '2020-03-10T22:30:00Z',
      dueOn: '2030-03-10',
    });
  });

  it('uses the type’s own period, the rejected period for a rejected file, and unclassified for a document without a type', () => {
    const s = retentionSettings({ payslip: '2y', rejected: '6m', unclassified: '5y' });
    expect(decide(doc({ status: 'closed', documentType: 'payslip' }), '2022-03-10T12:00:00Z', s)).toMatchObject({
      due: true,
      rule: 'payslip',
    });
    expect(decide(doc({ status: 'closed', documentType: 'bank_statement' }), '2022-03-10T12:00:00Z', s)).toMatchObject({ due: false });
    expect(decide(doc({ status: 'rejected' }), '2020-09-10T12:00:00Z', s)).toMatchObject({ due: true, rule: 'rejected', after: '6m' });
    expect(decide(doc({ status: 'superseded', documentType: null }), '2025-03-10T12:00:00Z', s)).toMatchObject({
      due: true,
      rule: 'unclassified',
    });
  });

  it('never deletes a document someone still has to act on, however old', () => {
    const open = DOCUMENT_STATUSES.filter((s) => !['closed', 'rejected', 'duplicate', 'superseded', 'split', 'deleted'].includes(s));
    expect(open).toEqual(['received', 'extracted', 'separated', 'routed', 'triage', 'acknowledged', 'failed']);
    for (const status of open)
      expect(decide(doc({ status, documentType: 'payslip', updatedAt: '1990-01-01T00:00:00Z' }), '2060-01-01T00:00:00Z')).toEqual({
        due: false,
        because: 'open',
      });
  });

  it('keeps a type set to forever, and never decides twice on a deleted document', () => {
    const s = retentionSettings({ objection: 'forever' });
    expect(decide(doc({ status: 'closed', documentType: 'objection' }), '2099-01-01T00:00:00Z', s)).toEqual({
      due: false,
      because: 'kept-forever',
    });
    expect(decide(doc({ status: 'deleted' }), '2099-01-01T00:00:00Z')).toEqual({ due: false, because: 'already-deleted' });
  });

  it('keeps a duplicate while its first document is kept, and deletes it with it', () => {
    const first = doc({ status: 'closed', documentType: 'payslip' });
    const dup = doc({ status: 'duplicate', duplicateOf: first.id });
    expect(decide(dup, '2099-01-01T00:00:00Z', retentionSettings(), { first })).toEqual({ due: false, because: 'first-kept' });
    expect(decide(dup, '2099-01-01T00:00:00Z', retentionSettings(), { first: { ...first, status: 'deleted' } })).toMatchObject({
      due: true,
      rule: 'follows-first',
    });
  });

  it('keeps a split file while any of its parts is kept', () => {
    const parts = [doc({ status: 'deleted' }), doc({ status: 'acknowledged' })];
    const file = doc({ status: 'split', childIds: parts.map((p) => p.id) });
    expect(decide(file, '2099-01-01T00:00:00Z', retentionSettings(), { parts })).toEqual({ due: false, because: 'parts-kept' });
    const gone = parts.map((p) => ({ ...p, status: 'deleted' as const }));
    expect(decide(file, '2099-01-01T00:00:00Z', retentionSettings(), { parts: gone })).toMatchObject({ due: true, rule: 'follows-parts' });
  });
});

describe('the redacted record of a deleted document', () => {
  it('keeps received time, channel, receipt number, fingerprint, type and route ids; drops names, addresses, client numbers and reasons', () => {
    const d = doc({
      status: 'closed',
      documentType: 'payslip',
      filename: 'loonstrook Jan de Vries.pdf',
      receiptEmail: 'jan@example.org',
      clientNumber: 'K-100234',
      deskClientNumber: 'K-100234',
      splitReasons: ['naam Jan de Vries op pagina 2'],
      route: {
        status: 'routed',
        team: 'inkomen',
        consultantId: 'c-002',
        queue: 'inkomen',
        clientNumber: 'K-100234',
        reasons: [{ code: 'client.bsn', text: 'klant Jan de Vries via BSN' }],
      },
    });
    const deletion = { at: '2031-01-01T00:00:00Z', rule: 'payslip', after: '10y', doneAt: d.updatedAt, previousStatus: 'closed' as const };
    const after = { ...d, ...redactedRecord(d, deletion) };
    expect(after).toMatchObject({
      status: 'deleted',
      deletion,
      objectKey: '',
      filename: '',
      receiptEmail: null,
      clientNumber: null,
      deskClientNumber: null,
      receiptNumber: d.receiptNumber,
      fingerprint: d.fingerprint,
      documentType: 'payslip',
      route: { team: 'inkomen', consultantId: 'c-002', clientNumber: null, reasons: [] },
    });
    expect(JSON.stringify(after)).not.toMatch(/Jan|jan@|K-100234/);
  });
});
