import { describe, expect, it } from 'vitest';
import { type SweepReport, sweep } from '../../functions/sweep/sweep.ts';
import { acknowledge, reassign } from '../../functions/work-items/work-items.ts';
import { parseSweepSettings } from '../../shared/config.ts';
import type { AlertKind, AlertRecord } from '../../shared/domain/alert.ts';
import { BusinessCalendar, zonedInstant } from '../../shared/domain/business-calendar.ts';
import type { DocumentRecord, DocumentStatus } from '../../shared/domain/document.ts';
import type { DocumentTypeId } from '../../shared/domain/document-types.ts';
import {
  DEFAULT_SWEEP_SETTINGS,
  median,
  receivedCounts,
  type SweepSettings,
  surgeAlertsFromCounts,
} from '../../shared/domain/sweep-rules.ts';
import { newDocument } from '../handlers/documents.ts';
import { type PutDocument, putDocument, recordingMailer, type WorkWorld, workWorld } from '../helpers/work-item-factories.ts';

/** Amsterdam wall-clock time as an ISO instant. */
const ams = (day: string, time: string) => zonedInstant(day, time, 'Europe/Amsterdam').toISOString();

async function sweepAt(
  world: WorkWorld,
  at: string,
  extra: { settings?: SweepSettings; mailer?: ReturnType<typeof recordingMailer> } = {},
): Promise<SweepReport> {
  world.clock.set(at);
  return sweep({
    ledger: world.ledger,
    alerts: world.alerts,
    directory: world.directorySource,
    clock: world.clock,
    logger: world.logger,
    settings: extra.settings,
    mailer: extra.mailer,
  });
}

const kinds = (alerts: AlertRecord[], kind: AlertKind) => alerts.filter((a) => a.kind === kind);

async function triageAt(world: WorkWorld, day: string, time: string, extra: Partial<PutDocument> = {}) {
  const at = ams(day, time);
  return putDocument(world, { receivedAt: at, status: 'triage', documentType: 'other', ...extra });
}

describe('sweep: unrouted documents (4 h of business time, 08:30–17:00)', () => {
  it('does not alert on Monday 09:00 for a document in triage since Friday 16:30, and alerts once by Monday 13:00', async () => {
    const world = workWorld();
    const doc = await triageAt(world, '2026-06-12', '16:30');

    expect((await sweepAt(world, ams('2026-06-15', '09:00'))).raised).toEqual([]);
    const at13 = await sweepAt(world, ams('2026-06-15', '13:00'));
    expect(at13.raised).toHaveLength(1);
    expect(at13.raised[0]).toMatchObject({
      kind: 'unrouted',
      documentId: doc.id,
      audience: 'operations',
      raisedAt: ams('2026-06-15', '13:00'),
      dueSince: ams('2026-06-15', '12:00'),
    });
    expect((await sweepAt(world, ams('2026-06-15', '13:00'))).raised).toEqual([]); // the same moment again: nothing new
    expect((await sweepAt(world, ams('2026-06-15', '16:00'))).raised).toEqual([]); // later the same day: still nothing new
  });

  it('becomes due exactly when 4 h of business time have passed', async () => {
    const world = workWorld();
    await triageAt(world, '2026-06-12', '16:30');
    expect((await sweepAt(world, new Date(Date.parse(ams('2026-06-15', '12:00')) - 1).toISOString())).raised).toEqual([]);
    expect((await sweepAt(world, ams('2026-06-15', '12:00'))).raised).toHaveLength(1);
  });

  it('does not count a public holiday (Koningsdag, Monday 27 April 2026)', async () => {
    const world = workWorld();
    await triageAt(world, '2026-04-24', '16:30');
    expect((await sweepAt(world, ams('2026-04-27', '13:00'))).raised).toEqual([]);
    expect((await sweepAt(world, ams('2026-04-27', '16:59'))).raised).toEqual([]);
    expect((await sweepAt(world, ams('2026-04-28', '11:59'))).raised).toEqual([]);
    expect(kinds((await sweepAt(world, ams('2026-04-28', '12:00'))).raised, 'unrouted')).toHaveLength(1);
  });

  it('does not count a closed day from the directory (24 December) nor Christmas', async () => {
    const world = workWorld();
    await triageAt(world, '2026-12-23', '16:30');
    expect((await sweepAt(world, ams('2026-12-24', '13:00'))).raised).toEqual([]);
    expect((await sweepAt(world, ams('2026-12-28', '11:00'))).raised).toEqual([]);
    expect((await sweepAt(world, ams('2026-12-28', '13:00'))).raised).toHaveLength(1);
  });

  it('is right across the end of daylight-saving time (Sunday 25 October 2026)', async () => {
    const world = workWorld();
    const doc = await triageAt(world, '2026-10-23', '16:30'); // 14:30 UTC, summer time
    // Monday 12:00 local is 11:00 UTC in winter time; a fixed-offset calculation would say 10:00 UTC.
    expect((await sweepAt(world, '2026-10-26T10:30:00Z')).raised).toEqual([]);
    const report = await sweepAt(world, '2026-10-26T11:00:00Z');
    expect(report.raised).toMatchObject([{ kind: 'unrouted', documentId: doc.id, dueSince: '2026-10-26T11:00:00.000Z' }]);
  });

  it('is right across the start of daylight-saving time (Sunday 29 March 2026)', async () => {
    const world = workWorld();
    await triageAt(world, '2026-03-27', '16:30'); // 15:30 UTC, winter time
    expect((await sweepAt(world, '2026-03-30T09:59:00Z')).raised).toEqual([]);
    expect((await sweepAt(world, '2026-03-30T10:00:00Z')).raised).toMatchObject([
      { kind: 'unrouted', dueSince: '2026-03-30T10:00:00.000Z' },
    ]);
  });

  it('resolves the alert by itself once the document is routed', async () => {
    const world = workWorld();
    const doc = await triageAt(world, '2026-06-12', '16:30');
    const [alert] = (await sweepAt(world, ams('2026-06-15', '13:00'))).raised;
    world.clock.set(ams('2026-06-15', '13:30'));
    await world.ledger.update(
      doc.id,
      {
        status: 'routed',
        route: { status: 'routed', team: 'inkomen', consultantId: 'c-002', queue: 'inkomen', clientNumber: null, reasons: [] },
      },
      { type: 'triaged', actor: 'triage-officer' },
      ['triage'],
    );
    const report = await sweepAt(world, ams('2026-06-15', '13:31'));
    expect(report.resolved).toEqual([alert?.id]);
    expect(await world.alerts.get(alert?.id ?? '')).toMatchObject({ status: 'resolved', resolvedBy: 'system:sweep' });
    expect(await world.alerts.listOpen()).toEqual([]);
  });

  it('alerts again when a document returns to triage later (a new cause)', async () => {
    const world = workWorld();
    const doc = await putDocument(world, {
      receivedAt: ams('2026-06-15', '09:00'),
      status: 'routed',
      consultantId: 'c-002',
      documentType: 'payslip',
    });
    world.clock.set(ams('2026-06-15', '10:00'));
    await reassign(
      { ledger: world.ledger, directory: world.directorySource, clock: world.clock, logger: world.logger },
      { documentId: doc.id, by: 'c-002', toTeam: 'triage', reason: 'not a document of this client' },
    );
    expect((await sweepAt(world, ams('2026-06-15', '13:59'))).raised).toEqual([]);
    expect((await sweepAt(world, ams('2026-06-15', '14:00'))).raised).toMatchObject([{ kind: 'unrouted', documentId: doc.id }]);
  });

  it('repeats as a digest on the next business days while documents stay unrouted, at most once a day', async () => {
    const world = workWorld();
    const a = await triageAt(world, '2026-06-12', '16:30');
    const b = await triageAt(world, '2026-06-15', '09:00');
    await sweepAt(world, ams('2026-06-15', '13:00')); // Monday: a is due (12:00), b not yet
    expect(kinds((await sweepAt(world, ams('2026-06-15', '13:00'))).raised, 'unrouted-digest')).toEqual([]);

    const tuesday = await sweepAt(world, ams('2026-06-16', '08:30'));
    expect(kinds(tuesday.raised, 'unrouted-digest')).toMatchObject([
      { audience: 'operations', key: 'unrouted-digest:2026-06-16', data: { count: 2, triage: 2, documentIds: [a.id, b.id] } },
    ]);
    expect((await sweepAt(world, ams('2026-06-16', '15:00'))).raised).toEqual([]);
    expect((await sweepAt(world, ams('2026-06-20', '10:00'))).raised).toEqual([]); // Saturday: no digest

    const wednesday = await sweepAt(world, ams('2026-06-17', '09:00'));
    expect(kinds(wednesday.raised, 'unrouted-digest')).toHaveLength(1);
    const tuesdayDigest = kinds(tuesday.raised, 'unrouted-digest')[0];
    expect(wednesday.resolved).toContain(tuesdayDigest?.id); // superseded
  });
});

describe('sweep: stuck and dead-lettered documents', () => {
  it('alerts for a document waiting in a processing step longer than 15 minutes of wall-clock time, also at night', async () => {
    const world = workWorld();
    const doc = await putDocument(world, { receivedAt: '2026-06-13T01:00:00Z', status: 'received' }); // a Saturday night
    expect((await sweepAt(world, '2026-06-13T01:14:00Z')).raised).toEqual([]);
    const report = await sweepAt(world, '2026-06-13T01:16:00Z');
    expect(report.raised).toMatchObject([
      { kind: 'stuck', documentId: doc.id, dueSince: '2026-06-13T01:15:00.000Z', data: { step: 'extract' } },
    ]);
    world.clock.set('2026-06-13T01:20:00Z');
    await world.ledger.update(doc.id, { status: 'extracted' }, { type: 'extracted' }, ['received']);
    expect((await sweepAt(world, '2026-06-13T01:21:00Z')).resolved).toHaveLength(1);
    expect((await sweepAt(world, '2026-06-13T01:36:00Z')).raised).toMatchObject([
      { kind: 'stuck', data: { status: 'extracted', step: 'route' } },
    ]);
  });

  it('alerts a failed document as a dead letter with its reason, unless the worker already did', async () => {
    const world = workWorld();
    const failed = await putDocument(world, {
      receivedAt: ams('2026-06-15', '09:00'),
      status: 'failed',
      rejectReason: 'step extract failed after 5 attempts',
    });
    const report = await sweepAt(world, ams('2026-06-15', '09:01'));
    expect(report.raised).toMatchObject([
      { kind: 'dead-letter', documentId: failed.id, data: { reason: 'step extract failed after 5 attempts' } },
    ]);
    expect(report.raised[0]?.message).toContain('step extract failed after 5 attempts');

    const other = await putDocument(world, { receivedAt: ams('2026-06-15', '10:00'), status: 'failed', rejectReason: 'step route failed' });
    world.clock.set(ams('2026-06-15', '10:00'));
    await world.alerts.raise({
      kind: 'dead-letter',
      key: `dead-letter:route:${other.id}`,
      documentId: other.id,
      message: 'from the worker',
    });
    expect((await sweepAt(world, ams('2026-06-15', '10:01'))).raised).toEqual([]);
  });

  it("takes a dead letter's reason from the last event when the document has none", async () => {
    const world = workWorld();
    const doc = await putDocument(world, { receivedAt: ams('2026-06-15', '09:00'), status: 'failed' });
    await world.ledger.appendEvent(doc.id, { type: 'dead-letter', data: { step: 'route', error: 'TransientError: database is locked' } });
    const report = await sweepAt(world, ams('2026-06-15', '09:01'));
    expect(report.raised[0]?.data.reason).toBe('dead-letter: TransientError: database is locked');
  });
});

describe('sweep: routed but not acknowledged', () => {
  it('reminds the assignee after 1 business day and escalates to the team lead after 2, once each', async () => {
    const world = workWorld();
    const doc = await putDocument(world, {
      receivedAt: ams('2026-06-15', '10:00'),
      status: 'routed',
      consultantId: 'c-002',
      team: 'inkomen',
      documentType: 'payslip',
    });

    expect((await sweepAt(world, ams('2026-06-16', '09:59'))).raised).toEqual([]);
    const reminder = await sweepAt(world, ams('2026-06-16', '10:00'));
    expect(reminder.raised).toMatchObject([
      { kind: 'unacknowledged', documentId: doc.id, audience: 'consultant:c-002', dueSince: ams('2026-06-16', '10:00') },
    ]);

    expect((await sweepAt(world, ams('2026-06-17', '09:59'))).raised).toEqual([]);
    const escalation = await sweepAt(world, ams('2026-06-17', '10:00'));
    expect(escalation.raised).toMatchObject([
      { kind: 'escalation', documentId: doc.id, audience: 'lead:inkomen', dueSince: ams('2026-06-17', '10:00'), data: { leadId: 'c-001' } },
    ]);

    for (const at of [ams('2026-06-17', '10:00'), ams('2026-06-17', '16:00'), ams('2026-06-18', '10:00'), ams('2026-06-24', '10:00')])
      expect((await sweepAt(world, at)).raised).toEqual([]);
    expect(kinds(await world.alerts.listRecent(), 'escalation')).toHaveLength(1);
  });

  it('does not count the weekend or holidays: routed Friday 10:00 before Whit Monday → reminder Tuesday, escalation Wednesday', async () => {
    const world = workWorld();
    await putDocument(world, { receivedAt: ams('2026-05-22', '10:00'), status: 'routed', consultantId: 'c-002' }); // Monday 25 May: Tweede pinksterdag
    expect((await sweepAt(world, ams('2026-05-25', '12:00'))).raised).toEqual([]);
    expect((await sweepAt(world, ams('2026-05-26', '09:59'))).raised).toEqual([]);
    expect((await sweepAt(world, ams('2026-05-26', '10:00'))).raised.map((a) => a.kind)).toEqual(['unacknowledged']);
    expect((await sweepAt(world, ams('2026-05-27', '09:59'))).raised).toEqual([]);
    expect((await sweepAt(world, ams('2026-05-27', '10:00'))).raised.map((a) => a.kind)).toEqual(['escalation']);
  });

  it('follows ACK_REMIND_AFTER and ACK_ESCALATE_AFTER', async () => {
    const world = workWorld();
    const settings = parseSweepSettings({ ACK_REMIND_AFTER: '2d', ACK_ESCALATE_AFTER: '4d' });
    await putDocument(world, { receivedAt: ams('2026-06-15', '10:00'), status: 'routed', consultantId: 'c-002' });
    expect((await sweepAt(world, ams('2026-06-17', '09:00'), { settings })).raised).toEqual([]);
    expect((await sweepAt(world, ams('2026-06-17', '10:00'), { settings })).raised.map((a) => a.kind)).toEqual(['unacknowledged']);
    expect((await sweepAt(world, ams('2026-06-19', '10:00'), { settings })).raised.map((a) => a.kind)).toEqual(['escalation']);
  });

  it('reminds the team queue when no consultant is assigned', async () => {
    const world = workWorld();
    await putDocument(world, { receivedAt: ams('2026-06-15', '10:00'), status: 'routed', team: 'bezwaar', documentType: 'objection' });
    const report = await sweepAt(world, ams('2026-06-17', '10:00'));
    expect(report.raised.map((a) => [a.kind, a.audience])).toEqual([
      ['unacknowledged', 'team:bezwaar'],
      ['escalation', 'lead:bezwaar'],
    ]);
  });

  it('resolves reminder and escalation when the document is acknowledged', async () => {
    const world = workWorld();
    const doc = await putDocument(world, { receivedAt: ams('2026-06-15', '10:00'), status: 'routed', consultantId: 'c-002' });
    const raised = (await sweepAt(world, ams('2026-06-17', '10:00'))).raised;
    expect(raised).toHaveLength(2);
    world.clock.set(ams('2026-06-17', '10:30'));
    await world.ledger.update(doc.id, { status: 'acknowledged' }, { type: 'acknowledged', actor: 'c-002' }, ['routed']);
    const after = await sweepAt(world, ams('2026-06-17', '10:31'));
    expect(after.resolved.sort()).toEqual(raised.map((a) => a.id).sort());
    expect(await world.alerts.listOpen()).toEqual([]);
  });

  it('settles the alerts at once when acknowledged through the work-item action', async () => {
    const world = workWorld();
    const doc = await putDocument(world, { receivedAt: ams('2026-06-15', '10:00'), status: 'routed', consultantId: 'c-002' });
    await sweepAt(world, ams('2026-06-17', '10:00'));
    await acknowledge(
      { ledger: world.ledger, directory: world.directorySource, clock: world.clock, logger: world.logger, alerts: world.alerts },
      { documentId: doc.id, by: 'c-002' },
    );
    expect(await world.alerts.listOpen()).toEqual([]);
  });

  it('reminds the new assignee after a reassignment, but escalates only once', async () => {
    const world = workWorld();
    const doc = await putDocument(world, { receivedAt: ams('2026-06-15', '10:00'), status: 'routed', consultantId: 'c-002' });
    await sweepAt(world, ams('2026-06-17', '10:00'));
    world.clock.set(ams('2026-06-17', '11:00'));
    await reassign(
      { ledger: world.ledger, directory: world.directorySource, clock: world.clock, logger: world.logger, alerts: world.alerts },
      { documentId: doc.id, by: 'c-002', toConsultantId: 'c-003', reason: 'client moved to c-003' },
    );
    const next = await sweepAt(world, ams('2026-06-17', '11:01'));
    expect(next.raised.map((a) => [a.kind, a.audience])).toEqual([['unacknowledged', 'consultant:c-003']]);
  });
});

describe('sweep: surges', () => {
  async function baseline(world: WorkWorld, surgeDay: string) {
    // 28 days before the wave: 2–8 objections a day (median 5), all handled.
    for (let i = 1; i <= 28; i++) {
      const day = new Date(Date.parse(`${surgeDay}T12:00:00Z`) - i * 86_400_000).toISOString().slice(0, 10);
      for (let n = 0; n < 2 + (i % 7); n++)
        await putDocument(world, { receivedAt: ams(day, '10:00'), status: 'closed', team: 'bezwaar', documentType: 'objection' });
    }
  }

  it('raises exactly one surge alert for a wave of 150 objections in one day, to the lead of team bezwaar', async () => {
    const world = workWorld();
    await baseline(world, '2026-03-02');
    for (let n = 0; n < 150; n++) {
      const minute = String(n % 60).padStart(2, '0');
      const hour = String(8 + Math.floor(n / 60)).padStart(2, '0');
      await putDocument(world, {
        receivedAt: ams('2026-03-02', `${hour}:${minute}`),
        status: 'routed',
        team: 'bezwaar',
        documentType: 'objection',
      });
    }
    const first = await sweepAt(world, ams('2026-03-02', '16:00'));
    const surges = kinds(first.raised, 'surge');
    expect(surges).toHaveLength(1);
    expect(surges[0]).toMatchObject({
      key: 'surge:objection:2026-03-02',
      audience: 'lead:bezwaar',
      documentId: null,
      data: { documentType: 'objection', count: 150, median: 5, team: 'bezwaar', leadId: 'c-020' },
    });
    // Above 3 × median 5 = 15 and at least SURGE_MIN 20: the 20th objection of the day (08:19) made it a surge.
    expect(surges[0]?.dueSince).toBe(ams('2026-03-02', '08:19'));

    for (const at of [ams('2026-03-02', '16:00'), ams('2026-03-02', '16:30'), ams('2026-03-03', '09:00')])
      expect(kinds((await sweepAt(world, at)).raised, 'surge')).toEqual([]);
  });

  it('judges hourly tallies as it judges the documents they count, due from the hour that crossed the threshold', () => {
    const directory = workWorld().directory;
    const cal = BusinessCalendar.fromDirectory(directory);
    const baselineDays = Array.from({ length: 28 }, (_, i) => new Date(Date.parse('2026-03-02T12:00:00Z') - (i + 1) * 86_400_000));
    const docs = [
      ...baselineDays.map((d) => doc('objection', `${d.toISOString().slice(0, 10)}T09:00:00.000Z`, 'closed')),
      ...Array.from({ length: 30 }, (_, n) => doc('objection', ams('2026-03-02', `08:${String(n + 10).padStart(2, '0')}`), 'routed')),
      doc('objection', ams('2026-03-02', '09:30'), 'duplicate'),
    ];
    const fromDocs = surgeAlertsFromCounts(receivedCounts(docs), '2026-03-02', cal, DEFAULT_SWEEP_SETTINGS, directory);
    // The same documents as tallies per UTC hour and type, as the DynamoDB ledger keeps them.
    const perHour = new Map<string, number>();
    for (const c of receivedCounts(docs)) {
      const hour = `${new Date(c.at).toISOString().slice(0, 13)}:00:00.000Z`;
      perHour.set(hour, (perHour.get(hour) ?? 0) + c.count);
    }
    const tallies = [...perHour].map(([at, count]) => ({ at, documentType: 'objection' as const, count }));
    const fromTallies = surgeAlertsFromCounts(tallies, '2026-03-02', cal, DEFAULT_SWEEP_SETTINGS, directory);

    expect(fromDocs).toHaveLength(1);
    expect(fromTallies.map(({ dueSince: _, ...rest }) => rest)).toEqual(fromDocs.map(({ dueSince: _, ...rest }) => rest));
    expect(fromDocs[0]?.dueSince).toBe(ams('2026-03-02', '08:29')); // the 20th objection
    expect(fromTallies[0]?.dueSince).toBe(ams('2026-03-02', '08:00')); // its hour
  });

  it('does not call an ordinary busy day a surge', async () => {
    const world = workWorld();
    await baseline(world, '2026-03-02');
    for (let n = 0; n < 15; n++)
      await putDocument(world, {
        receivedAt: ams('2026-03-02', `09:${String(n).padStart(2, '0')}`),
        status: 'closed',
        documentType: 'objection',
      });
    expect(kinds((await sweepAt(world, ams('2026-03-02', '16:00'))).raised, 'surge')).toEqual([]); // 15 < SURGE_MIN 20
  });

  it('uses the median, zeros included', () => {
    expect(median([0, 0, 0, 5])).toBe(0);
    expect(median([1, 3, 2])).toBe(2);
    expect(median([])).toBe(0);
  });
});

describe('sweep: alert content and delivery', () => {
  it('never puts client names, BSNs, e-mail addresses or addresses from the directory in an alert', async () => {
    const world = workWorld();
    const d = world.directory;
    const client = d.clients[0];
    await triageAt(world, '2026-06-12', '16:30', { clientNumber: client?.clientNumber ?? null });
    await putDocument(world, {
      receivedAt: ams('2026-06-12', '16:30'),
      status: 'failed',
      rejectReason: `OCR of the letter of ${client?.name} (BSN ${client?.bsn}, ${client?.email}, ${d.clients[1]?.address}) failed`,
    });
    await putDocument(world, {
      receivedAt: ams('2026-06-10', '10:00'),
      status: 'routed',
      consultantId: 'c-002',
      clientNumber: client?.clientNumber ?? null,
    });
    await putDocument(world, { receivedAt: ams('2026-06-15', '08:00'), status: 'received' });
    const mailer = recordingMailer();
    await sweepAt(world, ams('2026-06-15', '13:00'), { mailer });
    await sweepAt(world, ams('2026-06-16', '09:00'), { mailer });

    const all = await world.alerts.listRecent();
    expect(new Set(all.map((a) => a.kind))).toEqual(
      new Set(['unrouted', 'dead-letter', 'unacknowledged', 'escalation', 'stuck', 'unrouted-digest']),
    );
    // Staff names are fine (people must know whom to ask); their e-mail addresses are only the recipients.
    const forbidden = [
      ...d.clients.flatMap((c) => [c.name, c.bsn, c.email, c.address, c.birthDate]),
      ...d.consultants.map((c) => c.email),
    ].filter((v): v is string => Boolean(v));
    const stored = JSON.stringify(all);
    const mailed = JSON.stringify(mailer.sent.map((m) => [m.subject, m.text]));
    const logged = JSON.stringify(world.logger.lines);
    for (const text of forbidden) {
      expect(stored).not.toContain(text);
      expect(mailed.replaceAll(/"to":"[^"]*"/g, '')).not.toContain(text);
      expect(logged).not.toContain(text);
    }
    expect(stored).toContain('A. Jansen');
    expect(all.find((a) => a.kind === 'dead-letter')?.message).toContain('[redacted]');
  });

  it('e-mails each raised alert once, to operations or to the person it concerns', async () => {
    const world = workWorld();
    await triageAt(world, '2026-06-12', '16:30');
    await putDocument(world, { receivedAt: ams('2026-06-15', '10:00'), status: 'routed', consultantId: 'c-002' });
    const mailer = recordingMailer();
    await sweepAt(world, ams('2026-06-17', '10:00'), { mailer });
    await sweepAt(world, ams('2026-06-17', '10:00'), { mailer });
    expect(mailer.sent.map((m) => m.to).sort()).toEqual([
      'c-001@gemeente.example', // escalation → lead of inkomen
      'c-002@gemeente.example', // reminder → assignee
      'triage@gemeente.example', // unrouted → operations (triage team address without OPS_EMAIL)
      'triage@gemeente.example', // digest
    ]);
    expect(new Set(mailer.sent.map((m) => m.idempotencyKey)).size).toBe(4);
  });

  it('says in Dutch and English which document (receipt and client number), which team and which consultant, never the document id', async () => {
    const world = workWorld();
    const inTriage = await triageAt(world, '2026-06-12', '16:30', { documentType: 'payslip', clientNumber: 'K-100234' });
    const routed = await putDocument(world, {
      receivedAt: ams('2026-06-10', '10:00'),
      status: 'routed',
      consultantId: 'c-002',
      team: 'inkomen',
      clientNumber: 'K-100234',
    });
    const report = await sweepAt(world, ams('2026-06-15', '13:00'));
    const team = (id: string) => world.directory.teams.find((t) => t.id === id)?.name ?? id;

    const unrouted = kinds(report.raised, 'unrouted')[0];
    expect(unrouted?.message).toBe(
      `Niet doorgestuurd: het document met ontvangstbewijs ${inTriage.receiptNumber} (klant K-100234, waarschijnlijk loonstrook voor ${team('inkomen')}) ligt in triage bij ${team('triage')} sinds vr 12 jun 16:30, langer dan 4 uur kantoortijd. Wijs het toe in Triage.`,
    );
    expect(unrouted?.data.messageEn).toBe(
      `Not routed: the document with receipt ${inTriage.receiptNumber} (client K-100234, probably payslip for ${team('inkomen')}) has been in triage with ${team('triage')} since Fri 12 Jun 16:30, longer than 4 hours of business time. Assign it in Triage.`,
    );
    const escalation = kinds(report.raised, 'escalation')[0];
    expect(escalation?.message).toBe(
      `Doorgezet naar de teamleider (P. Lead) van ${team('inkomen')}: het document met ontvangstbewijs ${routed.receiptNumber} (klant K-100234) staat sinds wo 10 jun 10:00 bij A. Jansen (${team('inkomen')}) en is na 2 werkdagen nog niet in behandeling genomen.`,
    );
    expect(escalation?.data.messageEn).toMatch(
      /^Escalated to the team lead \(P\. Lead\) .* has been with A\. Jansen .* after 2 business days\.$/,
    );
    for (const alert of report.raised) {
      expect(alert.message).not.toContain(inTriage.id);
      expect(alert.message).not.toContain(routed.id);
      expect(alert.message).not.toMatch(/\bc-\d{3}\b/);
    }
  });

  it('e-mails an unrouted document in Dutch with the English below, naming the receipt number and the team', async () => {
    const world = workWorld();
    const doc = await triageAt(world, '2026-06-12', '16:30', { documentType: 'objection' });
    const mailer = recordingMailer();
    await sweepAt(world, ams('2026-06-15', '13:00'), { mailer });
    const [mail] = mailer.sent;
    expect(mail?.subject).toBe(`[postkamer] te lang niet doorgestuurd · ontvangstbewijs ${doc.receiptNumber}`);
    const team = (id: string) => world.directory.teams.find((t) => t.id === id)?.name ?? id;
    const [nl, en] = (mail?.text ?? '').split('— English —');
    expect(nl).toContain(`Niet doorgestuurd: het document met ontvangstbewijs ${doc.receiptNumber}`);
    expect(nl).toContain(`waarschijnlijk bezwaarschrift voor ${team('bezwaar')}`);
    expect(nl).toContain('Melding van ma 15 jun 13:00, te laat sinds ma 15 jun 12:00.');
    expect(en).toContain(`Not routed: the document with receipt ${doc.receiptNumber}`);
    expect(en).toContain(`probably objection for ${team('bezwaar')}`);
  });

  it('reads its settings from environment-style variables with defaults', () => {
    expect(parseSweepSettings({})).toEqual(DEFAULT_SWEEP_SETTINGS);
    expect(parseSweepSettings({ UNROUTED_ALERT_AFTER: '2h', SURGE_FACTOR: '4', SURGE_MIN: '50', STUCK_AFTER_MINUTES: '30' })).toMatchObject(
      {
        unroutedAfter: { days: 0, ms: 2 * 3_600_000 },
        surgeFactor: 4,
        surgeMin: 50,
        stuckAfterMs: 30 * 60_000,
      },
    );
    expect(() => parseSweepSettings({ ACK_ESCALATE_AFTER: 'two days' })).toThrow(/ACK_ESCALATE_AFTER/);
    expect(() => parseSweepSettings({ SURGE_FACTOR: '-1' })).toThrow(/SURGE_FACTOR/);
  });
});

/** A stored document as the surge rule sees it: its type, when it came in, its status. */
function doc(documentType: DocumentTypeId, receivedAt: string, status: DocumentStatus): DocumentRecord {
  return { ...newDocument({ documentType, receivedAt, status }), updatedAt: receivedAt };
}
