import { DeleteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SweepDeps, sweep } from '../../functions/sweep/sweep.ts';
import { acknowledge, close, reassign, type WorkItemDeps } from '../../functions/work-items/work-items.ts';
import { DynamoAlertStore } from '../../shared/adapters/aws/dynamo-alert-store.ts';
import { DynamoLedger } from '../../shared/adapters/aws/dynamo-ledger.ts';
import { zonedInstant } from '../../shared/domain/business-calendar.ts';
import { DEFAULT_SWEEP_SETTINGS, type SweepSettings } from '../../shared/domain/sweep-rules.ts';
import { newDocument } from '../handlers/documents.ts';
import { type LocalDynamo, startDynamo } from '../handlers/local-aws.ts';
import { directorySource, putDocument, recordingLogger, TestClock, workDirectory } from '../helpers/work-item-factories.ts';

/**
 * Work items on DynamoDB: the sweep and the consultant's actions (acknowledge, close, hand over)
 * over the DynamoDB ledger and alert store on dynalite, as the AWS runtime wires them. Every read
 * the adapters make is counted at the client, so a test can show what a sweep costs.
 */
let dynamo: LocalDynamo;
const reads = { items: 0, documents: 0 };

// Each test gets a table of its own, so counts and alerts of one do not leak into another.
beforeEach(async () => {
  dynamo = await startDynamo();
  // Counts what DynamoDB reads for each call: Query/Scan items examined (before any filter), GetItem hits.
  dynamo.client.middlewareStack.add(
    (next) => async (args) => {
      const result = await next(args);
      const out = (result.output ?? {}) as { ScannedCount?: number; Count?: number; Items?: unknown[]; Item?: unknown };
      if (out.ScannedCount !== undefined) {
        reads.items += out.ScannedCount;
        const returned = out.Items ?? [];
        // The sweep's document queries carry no filter: what they return is what they read.
        reads.documents += returned.filter(isDocument).length;
      } else if (out.Item) {
        reads.items += 1;
        if (isDocument(out.Item)) reads.documents += 1;
      }
      return result;
    },
    { step: 'initialize', name: 'countReads' },
  );
});
afterEach(async () => dynamo?.stop());

/** A ledger document item, in DynamoDB's wire form or already unmarshalled. */
const isDocument = (item: unknown) => {
  const entity = (item as { entity?: string | { S?: string } }).entity;
  return entity === 'document' || (typeof entity === 'object' && entity.S === 'document');
};

/** Amsterdam wall-clock time as an ISO instant. */
const ams = (day: string, time: string) => zonedInstant(day, time, 'Europe/Amsterdam').toISOString();

function world(at: string, settings?: SweepSettings) {
  const clock = new TestClock(at);
  const logger = recordingLogger();
  const ledger = new DynamoLedger(dynamo.db, dynamo.table, clock);
  const alerts = new DynamoAlertStore(dynamo.db, dynamo.table, clock, logger);
  const directory = directorySource(workDirectory());
  const sweepDeps: SweepDeps = { ledger, alerts, directory, clock, logger, receivedCounter: ledger, settings };
  const workDeps: WorkItemDeps = { ledger, alerts, directory, clock, logger };
  return {
    clock,
    ledger,
    alerts,
    workDeps,
    async sweepAt(when: string) {
      clock.set(when);
      const before = { ...reads };
      const report = await sweep(sweepDeps);
      return { ...report, reads: { items: reads.items - before.items, documents: reads.documents - before.documents } };
    },
  };
}

type World = ReturnType<typeof world>;

/** A document handled and closed long ago: what the ledger fills up with. Written straight in its final state. */
async function closedDocument(w: World, receivedAt: string) {
  w.clock.set(receivedAt);
  const route = { status: 'routed' as const, team: 'inkomen', consultantId: 'c-002', queue: 'inkomen', clientNumber: null, reasons: [] };
  await w.ledger.createDocument(newDocument({ receivedAt, status: 'closed', documentType: 'payslip', confidence: 0.97, route }), {
    type: 'closed',
  });
}

async function inBatches(count: number, make: (i: number) => Promise<unknown>) {
  for (let i = 0; i < count; i += 25) await Promise.all(Array.from({ length: Math.min(25, count - i) }, (_, j) => make(i + j)));
}

describe('the sweep on DynamoDB reads open work only', () => {
  it('reads the 3 open documents, not the 1,000 closed ones: its reads do not grow with history', async () => {
    const w = world(ams('2026-03-02', '09:00'));
    const day = (i: number) => `2026-02-${String(10 + (i % 19)).padStart(2, '0')}`;
    // Closed documents on 19 days of the last month, then the open work.
    for (let i = 0; i < 19; i++) await closedDocument(w, ams(day(i), '10:00'));
    const routed = await putDocument(w, {
      receivedAt: ams('2026-02-26', '09:00'),
      status: 'routed',
      documentType: 'payslip',
      consultantId: 'c-002',
    });
    await putDocument(w, {
      receivedAt: ams('2026-02-27', '10:00'),
      status: 'routed',
      documentType: 'bank_statement',
      consultantId: 'c-003',
    });
    await putDocument(w, { receivedAt: ams('2026-02-27', '11:00'), status: 'triage', documentType: 'other' });

    const first = await w.sweepAt(ams('2026-03-02', '14:00'));
    expect(first.raised.map((a) => a.kind).sort()).toContain('unacknowledged');
    expect(first.raised.some((a) => a.documentId === routed.id)).toBe(true);
    const small = await w.sweepAt(ams('2026-03-02', '14:05'));
    expect(small.raised).toEqual([]);
    expect(small.reads.documents).toBe(3);

    // History grows by 981 more closed documents on the same days: 1,000 in all.
    await inBatches(981, (i) =>
      closedDocument(w, ams(day(i), `${String(9 + (i % 8)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`)),
    );
    const large = await w.sweepAt(ams('2026-03-02', '14:10'));
    expect(large.raised).toEqual([]);
    expect(large.reads.documents).toBe(3);
    // The rest of what it reads (open alerts, a tally per day) is the same as with 19 closed documents.
    expect(large.reads.items).toBe(small.reads.items);
  }, 120_000);

  it('still sees a surge from the tallies the ledger keeps, without reading the documents', async () => {
    const w = world(ams('2026-03-02', '08:00'));
    // Baseline: 2 payslips a day for four weeks; then 25 on Monday morning.
    for (let d = 1; d <= 28; d++) {
      const dayIso = new Date(Date.parse('2026-03-02T12:00:00Z') - d * 86_400_000).toISOString().slice(0, 10);
      for (const time of ['10:00', '14:00']) await closedDocument(w, ams(dayIso, time));
    }
    await inBatches(25, (i) => closedDocument(w, ams('2026-03-02', `08:${String(30 + i).padStart(2, '0')}`)));
    const report = await w.sweepAt(ams('2026-03-02', '10:00'));
    const surge = report.raised.filter((a) => a.kind === 'surge');
    expect(surge).toHaveLength(1);
    expect(surge[0]).toMatchObject({ key: 'surge:payslip:2026-03-02', data: expect.objectContaining({ count: 25, median: 2 }) });
    // The 20th payslip (08:49) crossed SURGE_MIN; the tallies know its hour.
    expect(surge[0]?.dueSince).toBe(ams('2026-03-02', '08:00'));
    // A later run reads tallies only (the first one, on a table without the marker, counted the month once).
    const later = await w.sweepAt(ams('2026-03-02', '10:05'));
    expect(later.raised).toEqual([]);
    expect(later.reads.documents).toBe(0);
  }, 60_000);

  it('counts the days from before the ledger kept tallies once, so an upgrade raises no false surge', async () => {
    const w = world(ams('2026-03-02', '08:00'), { ...DEFAULT_SWEEP_SETTINGS, surgeMin: 3 });
    // Three payslips a day for four weeks, in a table from before the tallies: documents only.
    for (let d = 1; d <= 28; d++) {
      const dayIso = new Date(Date.parse('2026-03-02T12:00:00Z') - d * 86_400_000).toISOString().slice(0, 10);
      await inBatches(3, (i) => closedDocument(w, ams(dayIso, `1${i}:00`)));
    }
    const tallies = await dynamo.db.send(
      new QueryCommand({ TableName: dynamo.table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': 'TALLY' } }),
    );
    for (const item of tallies.Items ?? [])
      await dynamo.db.send(new DeleteCommand({ TableName: dynamo.table, Key: { pk: item.pk, sk: item.sk } }));
    // After the upgrade: an ordinary Monday morning, three payslips.
    await inBatches(3, (i) => closedDocument(w, ams('2026-03-02', `08:1${i}`)));

    const first = await w.sweepAt(ams('2026-03-02', '10:00'));
    expect(first.raised.filter((a) => a.kind === 'surge')).toEqual([]); // median 3, not a month of zeros
    expect(first.reads.documents).toBe(84); // the month, counted once
    const baseline = await w.ledger.countReceived(ams('2026-02-02', '00:00'));
    expect(baseline.filter((c) => c.at < '2026-03-01T23:00:00.000Z').reduce((n, c) => n + c.count, 0)).toBe(84);
    const second = await w.sweepAt(ams('2026-03-02', '10:05'));
    expect(second.reads.documents).toBe(0);
  }, 60_000);

  it('moves a document between tallies when it is classified, retyped and rejected', async () => {
    const w = world('2026-03-02T09:15:00.000Z');
    const doc = newDocument({ receivedAt: '2026-03-02T09:15:00.000Z' });
    await w.ledger.createDocument(doc, { type: 'received' });
    const tallies = async () => (await w.ledger.countReceived('2026-03-02T00:00:00Z')).filter((c) => c.count > 0);
    expect(await tallies()).toEqual([]);
    await w.ledger.update(doc.id, { status: 'routed', documentType: 'payslip' }, { type: 'routed' });
    expect(await tallies()).toEqual([{ at: '2026-03-02T09:00:00.000Z', documentType: 'payslip', count: 1 }]);
    await w.ledger.update(doc.id, { documentType: 'bank_statement' }, { type: 'reclassified' });
    expect(await tallies()).toEqual([{ at: '2026-03-02T09:00:00.000Z', documentType: 'bank_statement', count: 1 }]);
    await w.ledger.update(doc.id, { status: 'rejected' }, { type: 'rejected' });
    expect(await tallies()).toEqual([]);
  });
});

describe('work items on DynamoDB: the same lifecycle as embedded', () => {
  it('raises one reminder in two sweeps; acknowledging through the use case resolves it and the next sweep raises nothing', async () => {
    const w = world(ams('2026-03-02', '09:00'));
    const doc = await putDocument(w, {
      receivedAt: ams('2026-03-02', '09:00'),
      status: 'routed',
      documentType: 'payslip',
      consultantId: 'c-002',
    });

    // One business day later the reminder is due; the escalation (2 days) is not yet.
    const first = await w.sweepAt(ams('2026-03-03', '10:00'));
    const second = await w.sweepAt(ams('2026-03-03', '10:05'));
    expect(first.raised.map((a) => [a.kind, a.documentId, a.audience])).toEqual([['unacknowledged', doc.id, 'consultant:c-002']]);
    expect(second.raised).toEqual([]);
    const reminder = first.raised[0];

    w.clock.set(ams('2026-03-03', '10:30'));
    const ack = await acknowledge(w.workDeps, { documentId: doc.id, by: 'c-002' });
    expect(ack).toMatchObject({ changed: true, document: { status: 'acknowledged' } });
    expect(await w.alerts.get(reminder?.id ?? '')).toMatchObject({ status: 'resolved', resolvedBy: 'c-002' });
    expect(await w.alerts.listOpen({ documentId: doc.id })).toEqual([]);

    // Days later: an acknowledged document is no open work; nothing is raised or resolved.
    const later = await w.sweepAt(ams('2026-03-09', '10:00'));
    expect(later.raised).toEqual([]);
    expect(later.resolved).toEqual([]);
    // Acknowledging again changes nothing.
    expect((await acknowledge(w.workDeps, { documentId: doc.id, by: 'c-002' })).changed).toBe(false);
  });

  it('hands a document over: the old assignee’s alerts resolve, the new assignee is reminded once (the clock runs from the routing)', async () => {
    const w = world(ams('2026-03-02', '09:00'));
    const doc = await putDocument(w, {
      receivedAt: ams('2026-03-02', '09:00'),
      status: 'routed',
      documentType: 'payslip',
      consultantId: 'c-002',
    });
    const overdue = await w.sweepAt(ams('2026-03-05', '10:00'));
    expect(overdue.raised.map((a) => a.kind).sort()).toEqual(['escalation', 'unacknowledged']);

    w.clock.set(ams('2026-03-05', '10:10'));
    await reassign(w.workDeps, { documentId: doc.id, by: 'c-002', toConsultantId: 'c-003', reason: 'Klant valt onder collega' });
    expect(await w.alerts.listOpen({ documentId: doc.id })).toEqual([]);

    // The client has waited since the routing: the new assignee is reminded at the next sweep, once; no second escalation.
    const next = await w.sweepAt(ams('2026-03-05', '10:15'));
    expect(next.raised.map((a) => [a.kind, a.audience])).toEqual([['unacknowledged', 'consultant:c-003']]);
    expect((await w.sweepAt(ams('2026-03-05', '10:20'))).raised).toEqual([]);
    expect((await w.alerts.listOpen({ documentId: doc.id })).map((a) => a.audience)).toEqual(['consultant:c-003']);
  });

  it('closing a routed document resolves all its alerts; a closed document is never swept again', async () => {
    const w = world(ams('2026-03-02', '09:00'));
    const doc = await putDocument(w, {
      receivedAt: ams('2026-03-02', '09:00'),
      status: 'routed',
      documentType: 'payslip',
      consultantId: 'c-002',
    });
    expect((await w.sweepAt(ams('2026-03-05', '10:00'))).raised).toHaveLength(2);

    w.clock.set(ams('2026-03-05', '11:00'));
    expect(await close(w.workDeps, { documentId: doc.id, by: 'c-001' })).toMatchObject({ changed: true, document: { status: 'closed' } });
    expect(await w.alerts.listOpen({ documentId: doc.id })).toEqual([]);
    const after = await w.sweepAt(ams('2026-03-20', '10:00'));
    expect(after.raised).toEqual([]);
    expect(after.reads.documents).toBe(0);
  });
});
