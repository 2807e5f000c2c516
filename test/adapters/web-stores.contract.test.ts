import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginThrottle } from '../../local/web/login-throttle.ts';
import { RateLimiter } from '../../local/web/rate-limiter.ts';
import { RevokedSessions } from '../../local/web/revoked-sessions.ts';
import { UploadStore } from '../../local/web/upload-store.ts';
import { documentClient } from '../../shared/adapters/aws/clients.ts';
import { TTL_ATTRIBUTE, WEB_TABLE_KEYS } from '../../shared/adapters/aws/dynamo-table.ts';
import { DynamoRateLimits, DynamoRevokedSessions, DynamoUploadLog } from '../../shared/adapters/aws/dynamo-web-stores.ts';
import { openDatabase } from '../../shared/adapters/local/sqlite-database.ts';
import type { Channel } from '../../shared/domain/document.ts';
import type { RateLimits, RevokedSessionIds, UploadItem, UploadLog } from '../../shared/web-stores.ts';
import { type LocalDynamo, startDynamo, startWebTable } from '../handlers/local-aws.ts';

/**
 * The web app's own stores give the same answers in both runtimes: the SQLite stores of the
 * embedded runtime and the DynamoDB stores of the web Lambda (on dynalite). `instance()` opens
 * another set over the same storage, as a second Lambda container (or a second request) would.
 */
interface Stores {
  limiter: RateLimits;
  revoked: RevokedSessionIds;
  uploads: UploadLog;
}

interface World {
  instance(): Stores;
  setNow(ms: number): void;
  advance(ms: number): void;
}

interface Backend {
  name: string;
  open(): Promise<World>;
}

let dynamo: LocalDynamo;
let tables = 0;

beforeAll(async () => {
  dynamo = await startDynamo();
});
afterAll(async () => dynamo?.stop());

function clock() {
  let now = Date.parse('2026-05-04T09:00:00Z');
  return {
    now: () => now,
    setNow: (ms: number) => {
      now = ms;
    },
    advance: (ms: number) => {
      now += ms;
    },
  };
}

const sqlite: Backend = {
  name: 'SQLite',
  async open() {
    const c = clock();
    const db = openDatabase(':memory:');
    return {
      ...c,
      instance: () => ({ limiter: new RateLimiter(db, c.now), revoked: new RevokedSessions(db, c.now), uploads: new UploadStore(db) }),
    };
  },
};

/** A fresh web state table per world, so cases never see each other's items. */
async function webTable() {
  const table = `postkamer-web-${++tables}`;
  await startWebTable(dynamo.client, table);
  return table;
}

const dynamodb: Backend = {
  name: 'DynamoDB',
  async open() {
    const c = clock();
    const table = await webTable();
    return {
      ...c,
      instance: () => ({
        limiter: new DynamoRateLimits(dynamo.db, table, c.now),
        revoked: new DynamoRevokedSessions(dynamo.db, table, c.now),
        uploads: new DynamoUploadLog(dynamo.db, table),
      }),
    };
  },
};

function upload(overrides: Partial<UploadItem> = {}): UploadItem {
  return {
    batchId: randomUUID(),
    seq: 0,
    documentId: randomUUID(),
    filename: 'scan.pdf',
    channel: 'desk',
    uploadedBy: 'balie',
    uploadedAt: '2026-05-04T09:00:00.000Z',
    ...overrides,
  };
}

describe.each([sqlite, dynamodb])('web stores on $name', (backend) => {
  describe('rate limits', () => {
    it('allow max events in any window, say how long to wait, and count only what they allowed', async () => {
      const w = await backend.open();
      const { limiter } = w.instance();
      const limit = { max: 2, windowMs: 60_000 };
      expect(await limiter.take('check', '10.0.0.1', limit)).toBe(0);
      w.advance(10_000);
      expect(await limiter.take('check', '10.0.0.1', limit)).toBe(0);
      expect(await limiter.take('check', '10.0.0.1', limit)).toBe(50_000);
      expect(await limiter.take('check', '10.0.0.2', limit)).toBe(0);
      expect(await limiter.take('upload', '10.0.0.1', limit)).toBe(0);
      w.advance(50_000);
      expect(await limiter.take('check', '10.0.0.1', limit)).toBe(0); // the first left the window
      expect(await limiter.wait('check', '10.0.0.1', limit)).toBe(10_000);
    });

    it('block a username from one address after 5 failures for 15 minutes, and not other addresses', async () => {
      const w = await backend.open();
      const throttle = new LoginThrottle(w.instance().limiter, 5, 15 * 60_000);
      const key = LoginThrottle.key('Balie', '10.0.0.1');
      for (let i = 0; i < 5; i++) {
        expect(await throttle.retryAfter(key)).toBe(0);
        await throttle.fail(key);
        w.advance(1000);
      }
      expect(await throttle.retryAfter(key)).toBeGreaterThan(14 * 60_000);
      expect(await throttle.retryAfter(LoginThrottle.key('balie', '10.0.0.2'))).toBe(0);
      w.advance(15 * 60_000);
      expect(await throttle.retryAfter(key)).toBe(0);
    });

    it('forget failures after a successful sign-in', async () => {
      const w = await backend.open();
      const throttle = new LoginThrottle(w.instance().limiter, 2, 60_000);
      const key = LoginThrottle.key('x', 'ip');
      await throttle.fail(key);
      await throttle.succeed(key);
      await throttle.fail(key);
      expect(await throttle.retryAfter(key)).toBe(0);
    });

    it('record an event past the limit too (a failure is always counted), and wait for the max-th newest', async () => {
      const w = await backend.open();
      const { limiter } = w.instance();
      const limit = { max: 2, windowMs: 60_000 };
      for (let i = 0; i < 4; i++) {
        await limiter.record('sign-in-user', 'k', limit);
        w.advance(5_000);
      }
      // Events at 0, 5, 10, 15 s; now 20 s: room again once the one at 10 s leaves.
      expect(await limiter.wait('sign-in-user', 'k', limit)).toBe(50_000);
      expect(await limiter.take('sign-in-user', 'k', limit)).toBe(50_000);
    });

    it('give the last place to exactly one of two containers taking it at once', async () => {
      const w = await backend.open();
      const limit = { max: 3, windowMs: 60_000 };
      const [a, b] = [w.instance().limiter, w.instance().limiter];
      expect(await a.take('upload', '10.0.0.9', limit)).toBe(0);
      expect(await b.take('upload', '10.0.0.9', limit)).toBe(0);
      const both = await Promise.all([a.take('upload', '10.0.0.9', limit), b.take('upload', '10.0.0.9', limit)]);
      expect(both.filter((wait) => wait === 0)).toHaveLength(1);
      expect(both.filter((wait) => wait === 60_000)).toHaveLength(1);
      expect(await a.wait('upload', '10.0.0.9', limit)).toBe(60_000);
    });

    it('let no more than max of many concurrent takes through', async () => {
      const w = await backend.open();
      const limit = { max: 3, windowMs: 60_000 };
      const instances = [w.instance().limiter, w.instance().limiter, w.instance().limiter];
      const waits = await Promise.all(Array.from({ length: 9 }, (_, i) => instances[i % 3]?.take('check', '10.0.0.7', limit)));
      expect(waits.filter((wait) => wait === 0)).toHaveLength(3);
    });
  });

  describe('revoked sessions', () => {
    it('count a revoked session until its own expiry, and no other session', async () => {
      const w = await backend.open();
      const [one, other] = [w.instance().revoked, w.instance().revoked];
      const expiresAt = Date.parse('2026-05-04T17:00:00Z');
      await one.revoke('sid-1', expiresAt);
      await one.revoke('sid-1', expiresAt); // signing out twice is harmless
      expect(await other.isRevoked('sid-1')).toBe(true);
      expect(await other.isRevoked('sid-2')).toBe(false);
      w.setNow(expiresAt - 1);
      expect(await other.isRevoked('sid-1')).toBe(true);
      w.setNow(expiresAt);
      expect(await other.isRevoked('sid-1')).toBe(false);
    });
  });

  describe('upload log', () => {
    it('files uploads under their positions, lists a batch in position order, and knows its owner', async () => {
      const w = await backend.open();
      const { uploads } = w.instance();
      const batchId = randomUUID();
      const second = upload({ batchId, seq: 1, filename: 'b.pdf', uploadedAt: '2026-05-04T09:00:02.000Z' });
      const first = upload({ batchId, seq: 0, filename: 'a.pdf', uploadedAt: '2026-05-04T09:00:01.000Z' });
      expect(await uploads.add(second)).toBe(1);
      expect(await uploads.add(first)).toBe(0);
      expect(await uploads.items(batchId)).toEqual([first, second]);
      expect(await uploads.owner(batchId)).toBe('balie');
      expect(await uploads.owner(randomUUID())).toBeUndefined();
      expect(await uploads.items(randomUUID())).toEqual([]);
    });

    it('keeps the first position of the same document added again (a resubmitted form)', async () => {
      const w = await backend.open();
      const { uploads } = w.instance();
      const item = upload({ seq: 2 });
      expect(await uploads.add(item)).toBe(2);
      expect(await uploads.add({ ...item, seq: 5, filename: 'again.pdf' })).toBe(2);
      expect(await uploads.items(item.batchId)).toEqual([item]);
    });

    it('files a document whose position the batch gave to another at the end of the batch', async () => {
      const w = await backend.open();
      const { uploads } = w.instance();
      const batchId = randomUUID();
      await uploads.add(upload({ batchId, seq: 0 }));
      await uploads.add(upload({ batchId, seq: 3 }));
      const late = upload({ batchId, seq: 0, filename: 'after-back.pdf' });
      expect(await uploads.add(late)).toBe(4);
      expect((await uploads.items(batchId)).map((i) => i.seq)).toEqual([0, 3, 4]);
      expect(await uploads.forDocument(late.documentId)).toEqual([{ ...late, seq: 4 }]);
    });

    it('finds the upload records of a document, in every batch it was uploaded in', async () => {
      const w = await backend.open();
      const { uploads } = w.instance();
      const documentId = randomUUID();
      const a = upload({ documentId, seq: 1 });
      const b = upload({ documentId, seq: 0, channel: 'post', uploadedBy: 'postkamer' });
      await uploads.add(a);
      await uploads.add(b);
      await uploads.add(upload({ batchId: a.batchId, seq: 2 }));
      const found = await uploads.forDocument(documentId);
      expect(found.sort((x, y) => x.seq - y.seq)).toEqual([b, a]);
      expect(await uploads.forDocument(randomUUID())).toEqual([]);
    });

    it('lists a channel’s recent batches newest first, limited, of one uploader or of everyone', async () => {
      const w = await backend.open();
      const { uploads } = w.instance();
      const batch = async (channel: Channel, uploadedBy: string, minute: number, files: number) => {
        const batchId = randomUUID();
        const startedAt = `2026-05-04T09:${String(minute).padStart(2, '0')}:00.000Z`;
        for (let seq = 0; seq < files; seq++) await uploads.add(upload({ batchId, seq, channel, uploadedBy, uploadedAt: startedAt }));
        return { batchId, channel, uploadedBy, startedAt, files };
      };
      const b1 = await batch('post', 'postkamer', 1, 2);
      const b2 = await batch('post', 'postkamer-2', 2, 1);
      const b3 = await batch('post', 'postkamer', 3, 3);
      const d1 = await batch('desk', 'postkamer', 4, 1);
      expect(await uploads.recentBatches('post', null)).toEqual([b3, b2, b1]);
      expect(await uploads.recentBatches('post', null, 2)).toEqual([b3, b2]);
      expect(await uploads.recentBatches('post', 'postkamer')).toEqual([b3, b1]);
      expect(await uploads.recentBatches('post', 'postkamer', 1)).toEqual([b3]);
      expect(await uploads.recentBatches('desk', null)).toEqual([d1]);
      expect(await uploads.recentBatches('desk', 'balie')).toEqual([]);
    });

    it('gives each of several uploads to one batch at once its own position, and the same document one', async () => {
      const w = await backend.open();
      const batchId = randomUUID();
      const instances = [w.instance().uploads, w.instance().uploads, w.instance().uploads];
      const twice = upload({ batchId, seq: 0 });
      const items = [twice, twice, ...Array.from({ length: 4 }, () => upload({ batchId, seq: 0 }))];
      const seqs = await Promise.all(items.map((item, i) => instances[i % 3]?.add(item)));
      expect(seqs[0]).toBe(seqs[1]);
      expect(new Set(seqs).size).toBe(5);
      const listed = await instances[0]?.items(batchId);
      expect(listed?.map((i) => i.seq)).toEqual([...new Set(seqs)].sort((a, b) => (a ?? 0) - (b ?? 0)));
      expect(listed?.filter((i) => i.documentId === twice.documentId)).toHaveLength(1);
      expect((await instances[1]?.recentBatches('desk', 'balie'))?.[0]?.files).toBe(5);
    });
  });
});

describe('web stores on DynamoDB only', () => {
  it('keep addresses, usernames and session ids out of the keys, and set each item’s TTL', async () => {
    const table = await webTable();
    let now = Date.parse('2026-05-04T09:00:00Z');
    const limiter = new DynamoRateLimits(dynamo.db, table, () => now);
    const revoked = new DynamoRevokedSessions(dynamo.db, table, () => now);
    const uploads = new DynamoUploadLog(dynamo.db, table);
    await limiter.take('sign-in', '192.0.2.44', { max: 5, windowMs: 15 * 60_000 });
    now += 60_000;
    await limiter.record('sign-in-user', LoginThrottle.key('a.jansen', '192.0.2.44'), { max: 5, windowMs: 15 * 60_000 });
    const sessionEnd = now + 8 * 3600_000 + 1;
    await revoked.revoke('secret-session-id', sessionEnd);
    await uploads.add(upload({ uploadedBy: 'a.jansen' }));

    const items = (await dynamo.db.send(new ScanCommand({ TableName: table }))).Items ?? [];
    const keys = JSON.stringify(items.map((i) => [i[WEB_TABLE_KEYS.partitionKey], i[WEB_TABLE_KEYS.sortKey]]));
    for (const secret of ['192.0.2.44', 'a.jansen', 'secret-session-id']) expect(keys).not.toContain(secret);
    expect(JSON.stringify(items)).not.toContain('192.0.2.44');
    expect(JSON.stringify(items)).not.toContain('secret-session-id');

    // TTL: the rate items when their newest event leaves the window, the session at its expiry (rounded up to a second).
    const ttls = items.filter((i) => i[TTL_ATTRIBUTE] !== undefined).map((i) => [i.entity, i[WEB_TABLE_KEYS.timeToLiveAttribute]]);
    expect(ttls).toEqual(
      expect.arrayContaining([
        ['rate-limit', (Date.parse('2026-05-04T09:00:00Z') + 15 * 60_000) / 1000],
        ['rate-limit', (Date.parse('2026-05-04T09:01:00Z') + 15 * 60_000) / 1000],
        ['revoked-session', Math.ceil(sessionEnd / 1000)],
      ]),
    );
    expect(ttls).toHaveLength(3); // uploads are kept, as in the embedded runtime
  });

  it('finishes an upload whose container stopped after taking its position', async () => {
    const table = await webTable();
    const endpoint = await dynamo.client.config.endpoint?.();
    // A client over the same dynalite that stops before writing the item of position 1, as a container killed mid-add.
    const stopping = new DynamoDBClient({
      endpoint: `${endpoint?.protocol}//${endpoint?.hostname}:${endpoint?.port}${endpoint?.path ?? ''}`,
      region: 'eu-west-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
    stopping.middlewareStack.add(
      (next, context) => async (args) => {
        const sk = (args.input as { Item?: { sk?: unknown } }).Item?.sk;
        if (context.commandName === 'PutItemCommand' && sk === 'SEQ#0000000001') throw new Error('container stopped');
        return next(args);
      },
      { step: 'initialize', name: 'stopBeforeUploadItem' },
    );
    const db = documentClient(stopping);
    try {
      const batchId = randomUUID();
      const first = upload({ batchId, seq: 0 });
      const crashed = upload({ batchId, seq: 1 });
      const healthy = new DynamoUploadLog(dynamo.db, table);
      await healthy.add(first);
      await expect(new DynamoUploadLog(db, table).add(crashed)).rejects.toThrow('container stopped');
      // Listed meanwhile, from the batch item.
      expect(await healthy.items(batchId)).toEqual([first, crashed]);
      // The retry of the same upload (after another position was asked for) keeps its position.
      expect(await healthy.add({ ...crashed, seq: 7 })).toBe(1);
      expect(await healthy.add(upload({ batchId, seq: 1 }))).toBe(2);
      expect((await healthy.items(batchId)).map((i) => i.seq)).toEqual([0, 1, 2]);
      expect(await healthy.forDocument(crashed.documentId)).toEqual([crashed]);
      expect((await healthy.recentBatches('desk', null))[0]?.files).toBe(3);
    } finally {
      db.destroy();
    }
  });
});
