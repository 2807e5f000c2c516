import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoTokenBucket, RateLimitedError } from '../../shared/adapters/aws/dynamo-token-bucket.ts';
import type { Clock } from '../../shared/ports.ts';
import { createRateTable, type LocalDynamo, startDynamo } from '../handlers/local-aws.ts';

/**
 * The shared Textract rate on dynalite: several bucket instances (as several Lambda instances
 * would) over one table. Time is a settable clock, and waiting moves it on: no real sleeps.
 */
const TABLE = 'rate';
let dynamo: LocalDynamo;
let bucketNo = 0;

beforeAll(async () => {
  dynamo = await startDynamo();
  await createRateTable(dynamo.client, TABLE);
});
afterAll(async () => dynamo?.stop());

function world(options: { rate: number; burst?: number; maxWaitMs?: number }) {
  let now = Date.parse('2026-05-04T09:00:00Z');
  const clock: Clock = { now: () => new Date(now) };
  const slept: number[] = [];
  const sleep = async (ms: number) => {
    slept.push(ms);
    now += ms;
  };
  const make = () => new DynamoTokenBucket(dynamo.db, { table: TABLE, clock, sleep, ...options });
  const advance = (ms: number) => {
    now += ms;
  };
  return { make, slept, advance, name: `textract:Test${bucketNo++}` };
}

describe('DynamoTokenBucket on dynalite', () => {
  it('hands out its burst at once, then one token per 1/rate seconds', async () => {
    const w = world({ rate: 2 });
    const bucket = w.make();
    await bucket.take(w.name);
    await bucket.take(w.name);
    expect(w.slept).toEqual([]);
    await bucket.take(w.name);
    expect(w.slept).toEqual([500]);
    w.advance(1000);
    await bucket.take(w.name);
    await bucket.take(w.name);
    expect(w.slept).toEqual([500]);
  });

  it('never gives the same token twice to instances taking at the same moment', async () => {
    const w = world({ rate: 4, maxWaitMs: 0 });
    const instances = [w.make(), w.make(), w.make()];
    const outcomes = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => instances[i % 3]?.take(w.name)));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(4);
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(refused).toHaveLength(8);
    for (const r of refused) expect(r.reason).toBeInstanceOf(RateLimitedError);
  });

  it('waits at most maxWaitMs in all, then defers with RateLimitedError', async () => {
    const w = world({ rate: 1, maxWaitMs: 2500 });
    const bucket = w.make();
    await bucket.take(w.name);
    await bucket.take(w.name);
    await bucket.take(w.name);
    expect(w.slept).toEqual([1000, 1000]);
    // Empty now: the next token is a second away, more than this caller may wait.
    const impatient = new DynamoTokenBucket(dynamo.db, {
      table: TABLE,
      rate: 1,
      maxWaitMs: 500,
      clock: { now: () => new Date(Date.parse('2026-05-04T09:00:02Z')) },
    });
    const error = await impatient.take(w.name).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ code: 'rate.limited', bucket: w.name, waitedMs: 0 });
  });

  it('keeps one bucket per name: Textract quotas are per operation', async () => {
    const w = world({ rate: 1, maxWaitMs: 0 });
    const bucket = w.make();
    await bucket.take(`${w.name}:Detect`);
    await bucket.take(`${w.name}:Get`);
    await expect(bucket.take(`${w.name}:Detect`)).rejects.toBeInstanceOf(RateLimitedError);
  });

  it('stops waiting when the invocation is aborted', async () => {
    const controller = new AbortController();
    const w = world({ rate: 1 });
    const bucket = new DynamoTokenBucket(dynamo.db, {
      table: TABLE,
      rate: 1,
      clock: { now: () => new Date('2026-05-04T09:00:00Z') },
      sleep: async () => controller.abort(new Error('timeout')),
    });
    await bucket.take(w.name);
    await expect(bucket.take(w.name, controller.signal)).rejects.toThrow('timeout');
  });
});
