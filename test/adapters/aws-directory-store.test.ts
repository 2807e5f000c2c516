import { GetObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../functions/audit/verify-audit.ts';
import { changeDirectory, type ManageDirectoryDeps } from '../../functions/directory/manage-directory.ts';
import { reassign } from '../../functions/work-items/work-items.ts';
import { DynamoAlertStore } from '../../shared/adapters/aws/dynamo-alert-store.ts';
import { DynamoAuditTrail } from '../../shared/adapters/aws/dynamo-audit-trail.ts';
import { DIRECTORY_PK, DynamoDirectoryChangeLog } from '../../shared/adapters/aws/dynamo-directory-change-log.ts';
import { DynamoLedger } from '../../shared/adapters/aws/dynamo-ledger.ts';
import { S3Directory } from '../../shared/adapters/aws/s3-directory.ts';
import { S3DirectoryStore, type S3DirectoryStoreOptions } from '../../shared/adapters/aws/s3-directory-store.ts';
import { openDatabase } from '../../shared/adapters/local/sqlite-database.ts';
import { SqliteDirectoryChangeLog } from '../../shared/adapters/local/sqlite-directory-change-log.ts';
import type { Directory } from '../../shared/domain/directory.ts';
import { type LocalDynamo, type LocalS3, startDynamo, startS3 } from '../handlers/local-aws.ts';
import { putDocument, recordingLogger, TestClock, workDirectory } from '../helpers/work-item-factories.ts';

/**
 * The directory as the web Lambda changes it on AWS: the object in S3 (s3rver) written under a
 * lock item in the ledger table (dynalite), the changes in a hash chain in the same table, and
 * `changeDirectory` over these adapters end to end. Two stores stand for two Lambda containers.
 */
const BUCKET = 'documents';
const KEY = 'directory/directory.json';
let s3: LocalS3;
let dynamo: LocalDynamo;
/** When set, the next GetObject of the directory waits this long first (a container that stalls). */
let stallNextRead = 0;

beforeEach(async () => {
  [s3, dynamo] = await Promise.all([startS3([BUCKET]), startDynamo()]);
  s3.client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'GetObjectCommand' && stallNextRead) {
        const ms = stallNextRead;
        stallNextRead = 0;
        await new Promise((r) => setTimeout(r, ms));
      }
      return next(args);
    },
    { step: 'initialize', name: 'stallNextRead' },
  );
  await s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: KEY, Body: JSON.stringify(workDirectory()) }));
});
afterEach(async () => {
  stallNextRead = 0;
  await Promise.all([s3?.stop(), dynamo?.stop()]);
});

const store = (options: Partial<S3DirectoryStoreOptions> = {}) =>
  new S3DirectoryStore(s3.client, dynamo.db, { bucket: BUCKET, key: KEY, table: dynamo.table, ...options });

const absencesOf = (d: Directory, id: string) => d.consultants.find((c) => c.id === id)?.absences ?? [];

/** A change that adds one single-day absence to c-003 (in September, `day` of the month). */
const addAbsence = (day: number, substituteId?: string) => (current: Directory) => {
  const date = `2026-09-${String(day).padStart(2, '0')}`;
  return {
    directory: {
      ...current,
      consultants: current.consultants.map((c) =>
        c.id === 'c-003' ? { ...c, absences: [...c.absences, { from: date, to: date, ...(substituteId ? { substituteId } : {}) }] } : c,
      ),
    },
    result: date,
  };
};

const objectText = async () =>
  (await (await s3.client.send(new GetObjectCommand({ Bucket: BUCKET, Key: KEY }))).Body?.transformToString('utf8')) ?? '';
const lockItem = async () =>
  (await dynamo.db.send(new GetCommand({ TableName: dynamo.table, Key: { pk: 'LOCK#DIRECTORY', sk: KEY }, ConsistentRead: true }))).Item;

describe('S3DirectoryStore on s3rver and dynalite', () => {
  it('two containers changing it at once lose no change: 2 × 10 concurrent absences all land, and the lock is free after', async () => {
    const a = store({ lockTimeoutMs: 30_000 });
    const b = store({ lockTimeoutMs: 30_000 });
    const written = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).update(addAbsence(i + 1))));
    expect(written).toHaveLength(20);
    const stored = await store().load();
    expect(
      absencesOf(stored, 'c-003')
        .map((x) => x.from)
        .sort(),
    ).toEqual(Array.from({ length: 20 }, (_, i) => `2026-09-${String(i + 1).padStart(2, '0')}`));
    expect(await lockItem()).toMatchObject({ leaseUntil: 0 });
  });

  it('sees its own change on the next load in the same container, however long its recheck time; another container within its recheck', async () => {
    const web = store({ recheckMs: 3_600_000 });
    let elsewhereNow = 0;
    const elsewhere = new S3Directory(s3.client, { bucket: BUCKET, key: KEY, recheckMs: 30_000, now: () => elsewhereNow });
    expect(absencesOf(await web.load(), 'c-003')).toEqual([]);
    expect(absencesOf(await elsewhere.load(), 'c-003')).toEqual([]);
    await web.update(addAbsence(1));
    expect(absencesOf(await web.load(), 'c-003')).toEqual([{ from: '2026-09-01', to: '2026-09-01' }]);
    expect(absencesOf(await elsewhere.load(), 'c-003')).toEqual([]); // still within its recheck time
    elsewhereNow = 30_001;
    expect(absencesOf(await elsewhere.load(), 'c-003')).toEqual([{ from: '2026-09-01', to: '2026-09-01' }]);
    expect(JSON.parse(await web.exportJson())).toEqual(await web.load());
  });

  it('takes over a lock whose lease ran out (its container died), waits for a live one, and gives up on one held too long with nothing written', async () => {
    const lock = (holder: string, leaseUntil: number) =>
      dynamo.db.send(
        new PutCommand({ TableName: dynamo.table, Item: { pk: 'LOCK#DIRECTORY', sk: KEY, entity: 'lock', holder, leaseUntil } }),
      );

    await lock('died-mid-change', Date.now() - 1);
    await expect(store({ lockTimeoutMs: 200 }).update(addAbsence(1))).resolves.toBe('2026-09-01');

    // A live holder that finishes: the change waits for it, then lands.
    await lock('busy', Date.now() + 60_000);
    const waiting = store({ lockTimeoutMs: 10_000 }).update(addAbsence(2));
    await new Promise((r) => setTimeout(r, 150));
    await dynamo.db.send(
      new UpdateCommand({
        TableName: dynamo.table,
        Key: { pk: 'LOCK#DIRECTORY', sk: KEY },
        UpdateExpression: 'SET leaseUntil = :free',
        ExpressionAttributeValues: { ':free': 0 },
      }),
    );
    await expect(waiting).resolves.toBe('2026-09-02');

    // A live holder that does not finish in time: refused as retryable, the object untouched.
    await lock('stuck', Date.now() + 60_000);
    const before = await objectText();
    await expect(store({ lockTimeoutMs: 200 }).update(addAbsence(3))).rejects.toMatchObject({ code: 'directory.locked' });
    expect(await objectText()).toBe(before);
    expect(absencesOf(await store().load(), 'c-003').map((x) => x.from)).toEqual(['2026-09-01', '2026-09-02']);
  });

  it('a container that stalled past its lease and was taken over writes nothing: the other container’s change stays', async () => {
    const slow = store({ leaseMs: 50 });
    const other = store({ lockTimeoutMs: 10_000 });
    stallNextRead = 400; // the slow container's read of the directory, under its lock
    const stalled = slow.update(addAbsence(1));
    await new Promise((r) => setTimeout(r, 20));
    await expect(other.update(addAbsence(2))).resolves.toBe('2026-09-02');
    await expect(stalled).rejects.toMatchObject({ code: 'directory.lock-lost' });
    expect(absencesOf(await store().load(), 'c-003').map((x) => x.from)).toEqual(['2026-09-02']);
  });

  it('a change the validator refuses writes nothing, records nothing, and frees the lock', async () => {
    const s = store({ lockTimeoutMs: 200 });
    const before = await s3.client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: KEY }));
    let recorded = 0;
    await expect(
      s.update(addAbsence(1, 'c-999'), async () => {
        recorded++;
      }),
    ).rejects.toThrow(/substituteId: unknown consultant "c-999"/);
    expect((await s3.client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: KEY }))).ETag).toBe(before.ETag);
    expect(recorded).toBe(0);
    await expect(s.update(addAbsence(1))).resolves.toBe('2026-09-01');
  });
});

describe('DynamoDirectoryChangeLog on dynalite', () => {
  const changes = [
    {
      type: 'absence.added',
      actor: 'p.lead',
      data: { consultantId: 'c-003', from: '2026-09-01', to: '2026-09-05', substituteId: 'c-001' },
    },
    { type: 'client.transferred', actor: 'p.lead', data: { clientNumber: 'K-100234', fromConsultantId: 'c-002', toConsultantId: 'c-003' } },
    { type: 'directory.imported', actor: 'ops', data: { clients: 3, clientsTransferred: 0, note: undefined } },
  ];

  it('chains changes exactly as the SQLite log does, and audit verify checks the chain with the documents’ and finds an edit', async () => {
    const log = new DynamoDirectoryChangeLog(dynamo.db, dynamo.table);
    const sqlite = new SqliteDirectoryChangeLog(openDatabase(':memory:'));
    for (const [i, change] of changes.entries()) {
      const at = `2026-06-15T0${8 + i}:00:00.000Z`;
      expect(await log.append(change, at)).toEqual(await sqlite.append(change, at));
    }
    const stored = await log.list();
    expect(stored).toEqual(await sqlite.list());
    expect(stored.map((e) => [e.documentId, e.seq, e.type])).toEqual([
      ['directory', 1, 'absence.added'],
      ['directory', 2, 'client.transferred'],
      ['directory', 3, 'directory.imported'],
    ]);

    const trail = new DynamoAuditTrail(dynamo.db, dynamo.table);
    expect(await trail.documentIds()).toEqual(['directory']);
    expect(await verifyAudit(trail)).toMatchObject({ documents: 1, events: 3, broken: [] });

    await dynamo.db.send(
      new UpdateCommand({
        TableName: dynamo.table,
        Key: { pk: DIRECTORY_PK, sk: 'EVT#0000000002' },
        UpdateExpression: 'SET #data = :data',
        ExpressionAttributeNames: { '#data': 'data' },
        ExpressionAttributeValues: { ':data': JSON.stringify({ clientNumber: 'K-100234', toConsultantId: 'c-004' }) },
      }),
    );
    expect((await verifyAudit(trail)).broken).toMatchObject([{ documentId: 'directory', problems: [{ kind: 'edited', seq: 2 }] }]);
  });

  it('two writers appending at once never fork the chain: 2 × 6 changes take 12 places in one verified chain', async () => {
    const a = new DynamoDirectoryChangeLog(dynamo.db, dynamo.table, { maxAppendAttempts: 20 });
    const b = new DynamoDirectoryChangeLog(dynamo.db, dynamo.table, { maxAppendAttempts: 20 });
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).append({ type: 'absence.added', actor: `u${i}` }, '2026-06-15T08:00:00.000Z')),
    );
    const events = await a.list();
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(new Set(events.map((e) => e.actor)).size).toBe(12);
    expect((await verifyAudit(new DynamoAuditTrail(dynamo.db, dynamo.table))).broken).toEqual([]);
  });

  it('the audit trail lists no directory chain while no change was recorded', async () => {
    expect(await new DynamoAuditTrail(dynamo.db, dynamo.table).documentIds()).toEqual([]);
  });
});

describe('changeDirectory over the AWS adapters', () => {
  function world(at: string) {
    const clock = new TestClock(at);
    const logger = recordingLogger();
    const ledger = new DynamoLedger(dynamo.db, dynamo.table, clock);
    const alerts = new DynamoAlertStore(dynamo.db, dynamo.table, clock, logger);
    const directory = store({ recheckMs: 3_600_000 });
    const deps: ManageDirectoryDeps = {
      directory,
      log: new DynamoDirectoryChangeLog(dynamo.db, dynamo.table),
      ledger,
      clock,
      logger,
      reassign: (input) => reassign({ ledger, directory, clock, logger, alerts }, input),
    };
    return { clock, ledger, directory, deps };
  }

  it('a consultant records an absence: written to S3, seen by the next load in the container, audited by ids in a verified chain', async () => {
    const w = world('2026-06-15T08:00:00Z');
    expect(absencesOf(await w.directory.load(), 'c-003')).toEqual([]);
    const result = await changeDirectory(w.deps, {
      by: 'c-003',
      change: { kind: 'absence.added', consultantId: 'c-003', absence: { from: '2026-06-22', to: '2026-06-26', substituteId: 'c-001' } },
    });
    expect(result.ok).toBe(true);
    expect(absencesOf(await w.directory.load(), 'c-003')).toEqual([{ from: '2026-06-22', to: '2026-06-26', substituteId: 'c-001' }]);
    expect(absencesOf(JSON.parse(await objectText()), 'c-003')).toHaveLength(1);
    const logged = await w.deps.log.list();
    expect(logged).toMatchObject([
      { type: 'absence.added', actor: 'c-003', at: '2026-06-15T08:00:00.000Z', data: { consultantId: 'c-003' } },
    ]);
    expect(JSON.stringify(logged)).not.toMatch(/Bakker|@/);
    expect((await verifyAudit(new DynamoAuditTrail(dynamo.db, dynamo.table))).broken).toEqual([]);
  });

  it('a team lead transfers a client: the directory changes and the client’s open item follows to the new consultant', async () => {
    const w = world('2026-06-15T08:00:00Z');
    const open = await putDocument(w, {
      receivedAt: '2026-06-15T09:00:00Z',
      status: 'routed',
      consultantId: 'c-002',
      clientNumber: 'K-100234',
      documentType: 'payslip',
    });
    w.clock.set('2026-06-15T10:00:00Z');
    const result = await changeDirectory(w.deps, {
      by: 'c-001',
      change: { kind: 'client.transferred', clientNumber: 'K-100234', discipline: 'inkomen', toConsultantId: 'c-003' },
    });
    expect(result).toMatchObject({ ok: true, moved: [open.id] });
    expect((await w.directory.load()).clients.find((c) => c.clientNumber === 'K-100234')?.consultants.inkomen).toBe('c-003');
    expect((await w.ledger.getDocument(open.id))?.route?.consultantId).toBe('c-003');
    expect((await verifyAudit(new DynamoAuditTrail(dynamo.db, dynamo.table))).broken).toEqual([]);
  });

  it('a change the domain refuses writes nothing and records nothing', async () => {
    const w = world('2026-06-15T08:00:00Z');
    const before = await objectText();
    const result = await changeDirectory(w.deps, {
      by: 'c-001',
      change: { kind: 'client.transferred', clientNumber: 'K-100234', discipline: 'inkomen', toConsultantId: 'c-010' },
    });
    expect(result.ok).toBe(false);
    expect(await objectText()).toBe(before);
    expect(await w.deps.log.list()).toEqual([]);
  });
});
