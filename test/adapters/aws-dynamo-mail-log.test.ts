import { randomBytes, randomUUID } from 'node:crypto';
import { PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoMailLog, REPLY_LOOKUP_DAYS } from '../../shared/adapters/aws/dynamo-mail-log.ts';
import { TTL_ATTRIBUTE } from '../../shared/adapters/aws/dynamo-table.ts';
import type { MailMessageRecord } from '../../shared/domain/mail-intake.ts';
import { type LocalDynamo, startDynamo } from '../handlers/local-aws.ts';

/** The mail log on dynalite behaves as the SQLite mail log does (local/mailbox-watcher's store). */
let dynamo: LocalDynamo;
let log: DynamoMailLog;

beforeAll(async () => {
  dynamo = await startDynamo();
  log = new DynamoMailLog(dynamo.db, dynamo.table);
});
afterAll(async () => dynamo?.stop());

function message(overrides: Partial<MailMessageRecord> = {}): MailMessageRecord {
  return {
    id: randomUUID(),
    fingerprint: randomBytes(32).toString('hex'),
    objectKey: 'originals/ab/cd/abcd',
    byteSize: 1234,
    receivedAt: '2026-03-02T09:00:00.000Z',
    source: 'ses',
    sender: null,
    status: 'received',
    rejectCode: null,
    documentIds: [],
    refused: [],
    ignored: 0,
    reply: null,
    ...overrides,
  };
}

describe('DynamoMailLog on dynalite', () => {
  it('records a message once per fingerprint: the same bytes fetched again give the first record', async () => {
    const first = message();
    expect(await log.record(first)).toEqual({ created: true, message: first });
    const again = await log.record({ ...first, id: randomUUID(), source: 'imap:INBOX' });
    expect(again).toEqual({ created: false, message: first });
    expect(await log.get(first.id)).toEqual(first);
  });

  it('finishes a record whose first delivery stopped after claiming the fingerprint', async () => {
    const first = message();
    // What a crash between the fingerprint claim and the message write leaves behind.
    await dynamo.db.send(
      new PutCommand({ TableName: dynamo.table, Item: { pk: `MAILFP#${first.fingerprint}`, sk: 'MAILFP', messageId: first.id } }),
    );
    const retry = await log.record({ ...first, id: randomUUID() });
    expect(retry).toEqual({ created: true, message: first });
    expect(await log.get(first.id)).toEqual(first);
  });

  it('gives one record to two deliveries of the same message at once', async () => {
    const first = message();
    const results = await Promise.all([log.record(first), log.record({ ...first, id: randomUUID() })]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.message.id)).size).toBe(1);
  });

  it('updates a record and finds it by each document made from it', async () => {
    const m = message();
    await log.record(m);
    const documentIds = [randomUUID(), randomUUID(), randomUUID()];
    await log.update(m.id, {
      status: 'taken-in',
      sender: 'jan@example.org',
      documentIds,
      refused: [{ filename: 'brief.docx', code: 'sniff.office' }],
    });
    const updated = await log.get(m.id);
    expect(updated).toMatchObject({ id: m.id, fingerprint: m.fingerprint, status: 'taken-in', documentIds, ignored: 0 });
    for (const id of documentIds) expect((await log.findByDocument(id))?.id).toBe(m.id);
    expect(await log.findByDocument(randomUUID())).toBeUndefined();
  });

  it('keeps both of two concurrent updates', async () => {
    const m = message();
    await log.record(m);
    await Promise.all([
      log.update(m.id, { status: 'rejected', rejectCode: 'mail.malformed' }),
      log.update(m.id, { ignored: 3 }),
      log.update(m.id, { sender: 'a@example.org' }),
    ]);
    expect(await log.get(m.id)).toMatchObject({ status: 'rejected', rejectCode: 'mail.malformed', ignored: 3, sender: 'a@example.org' });
  });

  it('refuses to update a message it never recorded', async () => {
    await expect(log.update(randomUUID(), { status: 'taken-in' })).rejects.toThrow(/not found/);
  });

  it('counts the replies sent to an address since an instant, whatever its case, each once', async () => {
    const to = `client-${randomUUID().slice(0, 8)}@example.org`;
    const sent = async (at: string, address = to) => {
      const m = message();
      await log.record(m);
      await log.update(m.id, { reply: { state: 'sent', to: address, at, messageId: `<${m.id}@example>` } });
      await log.update(m.id, { status: 'taken-in' }); // a later update does not count the reply again
      return m;
    };
    await sent('2026-03-02T08:00:00.000Z');
    await sent('2026-03-02T09:30:00.000Z', to.toUpperCase());
    await sent('2026-03-02T09:45:00.000Z');
    await sent('2026-03-02T09:50:00.000Z', 'someone-else@example.org');
    const notSent = message();
    await log.record(notSent);
    await log.update(notSent.id, { reply: { state: 'not-sent', why: 'rate-limited', at: '2026-03-02T09:55:00.000Z' } });

    expect(await log.countRepliesSince(to, '2026-03-02T09:00:00.000Z')).toBe(2);
    expect(await log.countRepliesSince(to, '2026-03-02T10:30:00+01:00')).toBe(2); // the same instant with an offset
    expect(await log.countRepliesSince(to, '2026-03-02T07:00:00.000Z')).toBe(3);
    expect(await log.countRepliesSince(to, '2026-03-02T09:46:00.000Z')).toBe(0);
    // The lookups expire (TTL) once no rate-limit window can reach them; the record itself never does.
    const lookups = await dynamo.db.send(
      new ScanCommand({ TableName: dynamo.table, FilterExpression: 'entity = :e', ExpressionAttributeValues: { ':e': 'mail-reply' } }),
    );
    const sentAt = Date.parse('2026-03-02T08:00:00.000Z') / 1000;
    expect(lookups.Items?.some((i) => i[TTL_ATTRIBUTE] === sentAt + REPLY_LOOKUP_DAYS * 86_400)).toBe(true);
    const records = await dynamo.db.send(
      new ScanCommand({ TableName: dynamo.table, FilterExpression: 'entity = :e', ExpressionAttributeValues: { ':e': 'mail' } }),
    );
    expect(records.Items?.every((i) => i[TTL_ATTRIBUTE] === undefined)).toBe(true);
  });

  it('lists the most recent messages, newest first', async () => {
    const fresh = await startDynamo('recent');
    try {
      const recent = new DynamoMailLog(fresh.db, fresh.table);
      const days = ['2026-03-01T10:00:00.000Z', '2026-03-03T10:00:00.000Z', '2026-03-02T10:00:00.000Z'];
      for (const receivedAt of days) await recent.record(message({ receivedAt }));
      expect((await recent.listRecent(2)).map((m) => m.receivedAt)).toEqual(['2026-03-03T10:00:00.000Z', '2026-03-02T10:00:00.000Z']);
      expect(await recent.listRecent(10)).toHaveLength(3);
      // What retention has not erased yet, oldest first.
      const [oldest] = await recent.listKept(1);
      expect(oldest?.receivedAt).toBe('2026-03-01T10:00:00.000Z');
      await recent.update(oldest?.id as string, { deletedAt: '2027-03-02T00:00:00.000Z', sender: null, objectKey: '' });
      expect((await recent.listKept(10)).map((m) => m.receivedAt)).toEqual(['2026-03-02T10:00:00.000Z', '2026-03-03T10:00:00.000Z']);
    } finally {
      await fresh.stop();
    }
  });
});
