import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoLedger } from '../../shared/adapters/aws/dynamo-ledger.ts';
import { openDatabase } from '../../shared/adapters/local/sqlite-database.ts';
import { SqliteLedger } from '../../shared/adapters/local/sqlite-ledger.ts';
import type { DataProtectionRequest } from '../../shared/domain/data-protection-request.ts';
import type { Clock, Ledger } from '../../shared/ports.ts';
import { newDocument } from '../handlers/documents.ts';
import { type LocalDynamo, startDynamo } from '../handlers/local-aws.ts';

/** Both ledgers keep what the recogniser found on the document, through later updates, as the optional fields before it. */
const clock: Clock = { now: () => new Date('2026-03-02T09:00:00.000Z') };
const request: DataProtectionRequest = { right: 'access', rights: ['access', 'rectification'], law: 'AVG art. 15 en 16' };

let dynamo: LocalDynamo;
beforeAll(async () => {
  dynamo = await startDynamo();
});
afterAll(async () => dynamo?.stop());

const ledgers: [string, () => Ledger][] = [
  ['SQLite', () => new SqliteLedger(openDatabase(':memory:'), clock)],
  ['DynamoDB (dynalite)', () => new DynamoLedger(dynamo.db, dynamo.table, clock)],
];

describe.each(ledgers)('the data-protection request on the %s ledger', (_name, makeLedger) => {
  it('is stored with a new part and kept when the route step updates the document', async () => {
    const ledger = makeLedger();
    const part = newDocument({ status: 'separated', receivedAt: '2026-03-02T08:30:00.000Z', dataProtectionRequest: request });
    await ledger.createDocument(part, { type: 'separated', actor: 'test' });
    await ledger.update(part.id, { status: 'triage', documentType: 'other', confidence: 0.4 }, { type: 'triage' }, ['separated']);
    const stored = await ledger.getDocument(part.id);
    expect(stored).toMatchObject({ status: 'triage', documentType: 'other', dataProtectionRequest: request });
    expect((await ledger.listDocuments({ status: ['triage'] })).find((d) => d.id === part.id)?.dataProtectionRequest).toEqual(request);
  });

  it('is set by an update of a whole file, and absent (not null) on a document that asks for none', async () => {
    const ledger = makeLedger();
    const file = newDocument({ status: 'extracted', receivedAt: '2026-03-02T08:30:00.000Z' });
    const other = newDocument({ status: 'extracted', receivedAt: '2026-03-02T08:31:00.000Z' });
    await ledger.createDocument(file, { type: 'received', actor: 'test' });
    await ledger.createDocument(other, { type: 'received', actor: 'test' });
    await ledger.update(file.id, { status: 'separated', dataProtectionRequest: request }, { type: 'separated' }, ['extracted']);
    await ledger.update(other.id, { status: 'separated' }, { type: 'separated' }, ['extracted']);
    expect((await ledger.getDocument(file.id))?.dataProtectionRequest).toEqual(request);
    const plain = await ledger.getDocument(other.id);
    expect(plain && 'dataProtectionRequest' in plain).toBe(false);
  });
});
