import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoAlertStore } from '../../shared/adapters/aws/dynamo-alert-store.ts';
import { SnsAlerter } from '../../shared/adapters/aws/sns-alerter.ts';
import { silentLogger } from '../../shared/adapters/local/json-logger.ts';
import type { AlertInput } from '../../shared/domain/alert.ts';
import type { Clock } from '../../shared/ports.ts';
import { type LocalDynamo, type LocalSns, startDynamo, startSnsStub } from '../handlers/local-aws.ts';

const TOPIC = 'arn:aws:sns:eu-west-1:123456789012:postkamer-alerts';
let dynamo: LocalDynamo;
let sns: LocalSns;
let alerts: SnsAlerter;
let now = new Date('2026-03-02T09:00:00.000Z');
const clock: Clock = { now: () => now };
const tick = () => {
  now = new Date(now.getTime() + 1000);
};

beforeAll(async () => {
  [dynamo, sns] = await Promise.all([startDynamo(), startSnsStub()]);
  alerts = new SnsAlerter(new DynamoAlertStore(dynamo.db, dynamo.table, clock, silentLogger), sns.client, TOPIC, silentLogger);
});
afterAll(async () => Promise.all([dynamo?.stop(), sns?.stop()]));

let n = 0;
function alert(overrides: Partial<AlertInput> = {}): AlertInput {
  n++;
  return {
    kind: 'unrouted',
    key: `unrouted:doc-${n}:2026-03-02T08:00:00.000Z`,
    documentId: `doc-${n}`,
    message: `Document doc-${n} has been in triage for more than 4 h of business time.`,
    dueSince: '2026-03-02T12:00:00.000Z',
    ...overrides,
  };
}

const publishedFor = (key: string) => sns.published.filter((p) => JSON.parse(p.message).key === key);

describe('SnsAlerter with the DynamoDB alert store', () => {
  it('keeps one open alert per key and publishes it once, as JSON with ids only', async () => {
    const input = alert();
    expect(await alerts.raise(input)).toBe(true);
    expect(await alerts.raise(input)).toBe(false);
    const [published, ...more] = publishedFor(input.key);
    expect(more).toHaveLength(0);
    expect(published?.topicArn).toBe(TOPIC);
    expect(published?.attributes).toEqual({ kind: 'unrouted', audience: 'operations' });
    expect(Object.keys(JSON.parse(published?.message ?? '{}')).sort()).toEqual(
      ['audience', 'documentId', 'dueSince', 'id', 'key', 'kind', 'message', 'raisedAt'].sort(),
    );
  });

  it('raises a resolved key again as a new alert and keeps the earlier one in the history', async () => {
    const input = alert();
    await alerts.raise(input);
    const first = await alerts.findByKey(input.key);
    expect(await alerts.resolveByKey(input.key, 'system:sweep')).toBe(1);
    tick();
    expect(await alerts.raise(input)).toBe(true);
    const second = await alerts.findByKey(input.key);
    expect(second?.id).not.toBe(first?.id);
    const history = await alerts.listRecent({ documentId: input.documentId });
    expect(history.map((a) => [a.id, a.status])).toEqual([
      [second?.id, 'open'],
      [first?.id, 'resolved'],
    ]);
    expect(publishedFor(input.key)).toHaveLength(2);
  });

  it('raises a key only once with raiseOnce, even after it was resolved', async () => {
    const input = alert({ kind: 'unacknowledged', audience: 'consultant:c-002' });
    const record = await alerts.raiseOnce(input);
    expect(record).toMatchObject({ kind: 'unacknowledged', status: 'open', audience: 'consultant:c-002' });
    expect(await alerts.raiseOnce(input)).toBeUndefined();
    await alerts.resolve(record?.id ?? '', 'system:sweep');
    expect(await alerts.raiseOnce(input)).toBeUndefined();
  });

  it('publishes an alert whose first publish failed when it is raised again, and only then', async () => {
    const input = alert();
    sns.failNext(1);
    await expect(alerts.raiseOnce(input)).rejects.toThrow();
    expect(publishedFor(input.key)).toHaveLength(0);
    const record = await alerts.raiseOnce(input);
    expect(record?.key).toBe(input.key);
    expect(await alerts.raiseOnce(input)).toBeUndefined();
    expect(publishedFor(input.key)).toHaveLength(1);
  });

  it('acknowledges, resolves and counts open alerts, found by id, key, kind and document', async () => {
    const local = new DynamoAlertStore(dynamo.db, dynamo.table, clock, silentLogger);
    const a = alert({ kind: 'stuck' });
    const b = alert({ kind: 'stuck', documentId: a.documentId });
    const c = alert({ kind: 'surge', documentId: undefined, audience: 'lead:inkomen' });
    const before = (await local.countOpen()).stuck ?? 0;
    const [ra, rb] = [await local.raiseOnce(a), await local.raiseOnce(b)];
    tick();
    await local.raiseOnce(c);
    expect(((await local.countOpen()).stuck ?? 0) - before).toBe(2);
    expect((await local.get(ra?.id ?? ''))?.key).toBe(a.key);
    expect(await local.acknowledge(ra?.id ?? '', 'u-ops')).toBe(true);
    expect(await local.acknowledge(ra?.id ?? '', 'u-ops')).toBe(false);
    expect((await local.findByKey(a.key))?.status).toBe('acknowledged');
    expect((await local.listOpen({ kind: ['surge'], audience: 'lead:inkomen' })).map((x) => x.key)).toContain(c.key);
    expect(await local.resolveForDocument(a.documentId ?? '', 'u-ops', ['stuck'])).toBe(2);
    expect(await local.resolve(rb?.id ?? '', 'u-ops')).toBe(false);
    expect(await local.listOpen({ documentId: a.documentId })).toEqual([]);
    expect(await local.get('no-such-alert')).toBeUndefined();
  });
});
