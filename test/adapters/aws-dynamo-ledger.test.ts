import { randomUUID } from 'node:crypto';
import { DeleteCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkChain, verifyAudit } from '../../functions/audit/verify-audit.ts';
import { DynamoAuditTrail } from '../../shared/adapters/aws/dynamo-audit-trail.ts';
import { DynamoLedger } from '../../shared/adapters/aws/dynamo-ledger.ts';
import { eventHash } from '../../shared/domain/audit.ts';
import type { NewDocument } from '../../shared/domain/document.ts';
import { TransientError } from '../../shared/domain/errors.ts';
import type { Clock } from '../../shared/ports.ts';
import { newDocument } from '../handlers/documents.ts';
import { type LocalDynamo, startDynamo } from '../handlers/local-aws.ts';

let dynamo: LocalDynamo;
let now = new Date('2026-03-02T09:00:00.000Z');
const clock: Clock = { now: () => now };
let ledger: DynamoLedger;
let trail: DynamoAuditTrail;

beforeAll(async () => {
  dynamo = await startDynamo();
  ledger = new DynamoLedger(dynamo.db, dynamo.table, clock);
  trail = new DynamoAuditTrail(dynamo.db, dynamo.table);
});
afterAll(async () => dynamo?.stop());

const received = { type: 'received', actor: 's3:inbox/desk' };

describe('DynamoLedger on dynalite', () => {
  it('creates a document once per intake key, however often the intake is delivered', async () => {
    const doc = newDocument();
    const first = await ledger.createDocument(doc, received);
    const again = await ledger.createDocument({ ...doc, id: randomUUID(), receiptNumber: 'PK-OTHER-00000' }, received);
    expect(first.created).toBe(true);
    expect(again.created).toBe(false);
    expect(again.document.id).toBe(doc.id);
    expect(again.document.receiptNumber).toBe(doc.receiptNumber);
    expect(await ledger.listEvents(doc.id)).toHaveLength(1);
  });

  it('finishes a create whose first delivery stopped after claiming the intake key', async () => {
    const doc = newDocument();
    // What a crash between the intake claim and the document write leaves behind.
    await dynamo.db.send(
      new PutCommand({ TableName: dynamo.table, Item: { pk: `INTAKE#${doc.intakeKey}`, sk: 'INTAKE', documentId: doc.id } }),
    );
    const retry = await ledger.createDocument({ ...doc, id: randomUUID() }, received);
    expect(retry.created).toBe(true);
    expect(retry.document.id).toBe(doc.id);
    expect((await ledger.getDocument(doc.id))?.intakeKey).toBe(doc.intakeKey);
  });

  it('refuses a receipt number that belongs to another document, so the intake retries with a new one', async () => {
    const first = newDocument();
    await ledger.createDocument(first, received);
    await expect(ledger.createDocument(newDocument({ receiptNumber: first.receiptNumber }), received)).rejects.toBeInstanceOf(
      TransientError,
    );
    expect((await ledger.findByReceiptNumber(first.receiptNumber as string))?.id).toBe(first.id);
  });

  it('creates no second accepted document with the same bytes: it names the first, for the intake to record a duplicate', async () => {
    const first = newDocument();
    const second = newDocument({ fingerprint: first.fingerprint });
    const [a, b] = await Promise.all([ledger.createDocument(first, received), ledger.createDocument(second, received)]);
    const winner = a.created ? a : b;
    const loser = a.created ? b : a;
    expect(winner.created).toBe(true);
    expect(loser).toMatchObject({ created: false, sameFingerprint: true });
    expect(loser.document.id).toBe(winner.document.id);
    const loserId = winner === a ? second.id : first.id;
    expect(await ledger.getDocument(loserId)).toBeUndefined();
    // The redelivery of the winner's own intake is still just that.
    expect(await ledger.createDocument(winner === a ? first : second, received)).toMatchObject({ created: false });
  });

  it('finds the first accepted document by fingerprint and by receipt number, never a duplicate', async () => {
    const first = newDocument();
    await ledger.createDocument(first, received);
    const dup = newDocument({
      fingerprint: first.fingerprint,
      receiptNumber: first.receiptNumber,
      status: 'duplicate',
      duplicateOf: first.id,
    });
    await ledger.createDocument(dup, { type: 'duplicate' });
    expect((await ledger.findByFingerprint(first.fingerprint))?.id).toBe(first.id);
    expect((await ledger.findByReceiptNumber(first.receiptNumber as string))?.id).toBe(first.id);
    expect(await ledger.findByFingerprint('f'.repeat(64))).toBeUndefined();
    expect(await ledger.findByReceiptNumber('PK-NONE-00000')).toBeUndefined();
  });

  it('applies an update only from the allowed statuses, with its audit event', async () => {
    const doc = newDocument();
    await ledger.createDocument(doc, received);
    now = new Date(now.getTime() + 60_000);
    expect(
      await ledger.update(doc.id, { status: 'extracted', pageCount: 2 }, { type: 'extracted', data: { pages: 2 } }, ['received']),
    ).toBe(true);
    expect(await ledger.update(doc.id, { status: 'extracted' }, { type: 'extracted' }, ['received'])).toBe(false);
    expect(await ledger.update('no-such-document', { status: 'routed' }, { type: 'routed' })).toBe(false);
    const stored = await ledger.getDocument(doc.id);
    expect(stored).toMatchObject({ status: 'extracted', pageCount: 2, updatedAt: now.toISOString() });
    expect((await ledger.listEvents(doc.id)).map((e) => e.type)).toEqual(['received', 'extracted']);
  });

  it('keeps updatedAt when the status does not change (a receipt note is not a transition)', async () => {
    const doc = newDocument();
    await ledger.createDocument(doc, received);
    const before = (await ledger.getDocument(doc.id))?.updatedAt;
    now = new Date(now.getTime() + 60_000);
    await ledger.update(doc.id, { receipt: { delivery: 'pending', language: 'nl' } }, { type: 'receipt.pending' });
    expect((await ledger.getDocument(doc.id))?.updatedAt).toBe(before);
  });

  it('chains every event to the one before, with the same hash as the SQLite ledger, also under concurrent writers', async () => {
    const doc = newDocument();
    await ledger.createDocument(doc, received);
    await Promise.all(Array.from({ length: 5 }, (_, i) => ledger.appendEvent(doc.id, { type: `note-${i}`, data: { i } })));
    const events = await ledger.listEvents(doc.id);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(checkChain(events, await trail.recordedHead(doc.id))).toEqual([]);
    const [first] = events;
    expect(first?.hash).toBe(
      eventHash('', { documentId: doc.id, seq: 1, at: first?.at ?? '', type: 'received', actor: 's3:inbox/desk', data: {} }),
    );
  });

  it('never loses a link when a writer stopped between the document and its event', async () => {
    const doc = newDocument();
    await ledger.createDocument(doc, received);
    await ledger.update(doc.id, { status: 'extracted' }, { type: 'extracted' }, ['received']);
    await dynamo.db.send(new DeleteCommand({ TableName: dynamo.table, Key: { pk: `DOC#${doc.id}`, sk: 'EVT#0000000002' } }));
    expect((await ledger.listEvents(doc.id)).map((e) => e.type)).toEqual(['received', 'extracted']);
    await ledger.update(doc.id, { status: 'triage' }, { type: 'triage' }, ['extracted']);
    const events = await ledger.listEvents(doc.id);
    expect(events.map((e) => e.type)).toEqual(['received', 'extracted', 'triage']);
    expect(checkChain(events, await trail.recordedHead(doc.id))).toEqual([]);
  });

  it('lets the audit verification find an event edited in the table', async () => {
    const doc = newDocument();
    await ledger.createDocument(doc, received);
    await ledger.update(doc.id, { status: 'extracted' }, { type: 'extracted', data: { pages: 1 } }, ['received']);
    await ledger.update(doc.id, { status: 'routed' }, { type: 'routed', data: { team: 'inkomen' } }, ['extracted']);
    await dynamo.db.send(
      new UpdateCommand({
        TableName: dynamo.table,
        Key: { pk: `DOC#${doc.id}`, sk: 'EVT#0000000002' },
        UpdateExpression: 'SET dataJson = :data',
        ExpressionAttributeValues: { ':data': '{"pages":7}' },
      }),
    );
    const report = await verifyAudit(trail);
    expect(report.broken).toEqual([{ documentId: doc.id, events: 3, problems: [expect.objectContaining({ kind: 'edited', seq: 2 })] }]);
  });

  describe('event data and the order of map members', () => {
    // DynamoDB does not promise to return a map's members in the order written; dynalite keeps it.
    // These tests play the other case by writing items back with every map's members reversed.
    const routed = {
      type: 'routed',
      data: {
        team: 'inkomen',
        consultantId: 'c-002',
        reasons: ['type payslip 0.97', 'client K-100234 via BSN'],
        scores: { payslip: 0.97, other: 0.03 },
      },
    };

    async function documentWithEvents(): Promise<string> {
      const doc = newDocument();
      await ledger.createDocument(doc, received);
      await ledger.update(doc.id, { status: 'extracted' }, { type: 'extracted', data: { pages: 2, textLayer: true } }, ['received']);
      await ledger.update(doc.id, { status: 'routed' }, routed, ['extracted']);
      return doc.id;
    }

    async function storedItems(id: string): Promise<Record<string, unknown>[]> {
      const res = await dynamo.db.send(
        new QueryCommand({
          TableName: dynamo.table,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': `DOC#${id}` },
          ConsistentRead: true,
        }),
      );
      return res.Items ?? [];
    }

    async function putBack(items: Record<string, unknown>[], change: (item: Record<string, unknown>) => Record<string, unknown>) {
      for (const item of items) await dynamo.db.send(new PutCommand({ TableName: dynamo.table, Item: change(item) }));
    }

    /** The item in the map form of event data that items written before `dataJson` hold. */
    function mapForm(item: Record<string, unknown>): Record<string, unknown> {
      const { dataJson, ...rest } = item;
      if (typeof dataJson === 'string') return { ...rest, data: JSON.parse(dataJson) };
      if (rest.lastEvent) return { ...rest, lastEvent: mapForm(rest.lastEvent as Record<string, unknown>) };
      return rest;
    }

    async function problems(id: string) {
      return checkChain(await trail.listEvents(id), await trail.recordedHead(id));
    }

    it('keeps a chain verifiable when the table gives map members back in another order than written', async () => {
      const id = await documentWithEvents();
      const items = await storedItems(id);
      await putBack(items, (item) => reversed(item) as Record<string, unknown>);
      expect(await problems(id)).toEqual([]);
      // Because the hashed data is stored as text, which no map order can change.
      expect(items.find((i) => i.sk === 'EVT#0000000003')).toMatchObject({ dataJson: JSON.stringify(routed.data) });
      expect(items.every((i) => !('data' in i))).toBe(true);
      const events = await ledger.listEvents(id);
      expect(events.at(-1)?.data).toEqual(routed.data);
      expect(Object.keys(events.at(-1)?.data ?? {})).toEqual(Object.keys(routed.data));
      // The newest event, read from the document item while its own item is missing, is order-proof too.
      await dynamo.db.send(new DeleteCommand({ TableName: dynamo.table, Key: { pk: `DOC#${id}`, sk: 'EVT#0000000003' } }));
      expect(await problems(id)).toEqual([]);
      await ledger.appendEvent(id, { type: 'note', data: { b: 1, a: 2 } });
      expect((await ledger.listEvents(id)).map((e) => e.seq)).toEqual([1, 2, 3, 4]);
      expect(await problems(id)).toEqual([]);
    });

    it('still reads events stored with their data as a map, which verify only while the map keeps its order', async () => {
      const id = await documentWithEvents();
      await putBack(await storedItems(id), mapForm);
      expect(await problems(id)).toEqual([]);
      expect((await ledger.listEvents(id)).at(-1)?.data).toEqual(routed.data);
      // A crash left the newest event only on the document item, in the map form: the next update writes it first.
      await dynamo.db.send(new DeleteCommand({ TableName: dynamo.table, Key: { pk: `DOC#${id}`, sk: 'EVT#0000000003' } }));
      await ledger.appendEvent(id, { type: 'note' });
      expect((await storedItems(id)).find((i) => i.sk === 'EVT#0000000003')).toHaveProperty('dataJson');
      expect(await problems(id)).toEqual([]);
      // The same unchanged event with its map members in another order no longer matches its hash.
      const [second] = (await storedItems(id)).filter((i) => i.sk === 'EVT#0000000002');
      await putBack([second as Record<string, unknown>], (item) => reversed(item) as Record<string, unknown>);
      expect(await problems(id)).toEqual([expect.objectContaining({ kind: 'edited', seq: 2 })]);
    });
  });

  it('lets one caller claim a side effect, again only after the lease of a crashed claim ran out, never after completion', async () => {
    const key = `receipt:${randomUUID()}`;
    expect(await ledger.claimEffect(key, 10 * 60_000)).toBe(true);
    expect(await ledger.claimEffect(key, 10 * 60_000)).toBe(false);
    now = new Date(now.getTime() + 11 * 60_000);
    expect(await ledger.claimEffect(key, 10 * 60_000)).toBe(true);
    await ledger.completeEffect(key);
    now = new Date(now.getTime() + 60 * 60_000);
    expect(await ledger.claimEffect(key, 10 * 60_000)).toBe(false);
  });

  describe('listDocuments', () => {
    let local: DynamoLedger;
    let localDynamo: LocalDynamo;
    const t0 = new Date('2026-05-10T08:00:00.000Z');
    let at = t0;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      localDynamo = await startDynamo('list-ledger');
      local = new DynamoLedger(localDynamo.db, localDynamo.table, { now: () => at });
      const route = (team: string, consultantId: string | null) => ({
        status: 'routed' as const,
        team,
        consultantId,
        queue: team,
        clientNumber: null,
        reasons: [],
      });
      const plan: [string, number, Partial<NewDocument>][] = [
        ['old-triage', -3 * 86_400_000, { status: 'triage' }],
        ['inkomen', -86_400_000, { status: 'routed', route: route('inkomen', 'c-002') }],
        ['werk', -3_600_000, { status: 'routed', route: route('werk', null) }],
        ['fresh', 0, { status: 'received' }],
      ];
      for (const [name, offset, patch] of plan) {
        at = new Date(t0.getTime() + offset);
        const doc = newDocument({ receivedAt: at.toISOString(), ...patch });
        ids[name] = doc.id;
        await local.createDocument(doc, received);
      }
      at = t0;
    });
    afterAll(async () => localDynamo?.stop());

    it('lists by status, oldest received first', async () => {
      const routed = await local.listDocuments({ status: ['routed', 'triage'] });
      expect(routed.map((d) => d.id)).toEqual([ids['old-triage'], ids.inkomen, ids.werk]);
    });

    it('narrows by team, consultant, last change and limit', async () => {
      expect((await local.listDocuments({ status: ['routed'], team: 'werk' })).map((d) => d.id)).toEqual([ids.werk]);
      expect((await local.listDocuments({ status: ['routed'], consultantId: 'c-002' })).map((d) => d.id)).toEqual([ids.inkomen]);
      const stale = await local.listDocuments({
        status: ['routed', 'triage', 'received'],
        updatedBefore: new Date(t0.getTime() - 2 * 3_600_000).toISOString(),
      });
      expect(stale.map((d) => d.id)).toEqual([ids['old-triage'], ids.inkomen]);
      expect(await local.listDocuments({ status: ['routed', 'triage'], limit: 1 })).toHaveLength(1);
    });

    it('lists everything received since a moment across days, whatever the offset it is given in', async () => {
      const since = await local.listDocuments({ receivedSince: '2026-05-09T01:30:00+02:00' });
      expect(since.map((d) => d.id)).toEqual([ids.inkomen, ids.werk, ids.fresh]);
    });

    it('lists all documents without a filter', async () => {
      expect(await local.listDocuments({})).toHaveLength(4);
    });
  });
});

/** The value with the members of every map (object) in reverse order, as a store that does not keep their order may return them. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversed(v)]),
  );
}
