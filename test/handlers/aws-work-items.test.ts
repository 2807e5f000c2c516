import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acknowledge } from '../../functions/work-items/work-items.ts';
import { DynamoLedger } from '../../shared/adapters/aws/dynamo-ledger.ts';
import { ledgerTableAlerts } from '../../shared/adapters/aws/sns-alerter.ts';
import { systemClock } from '../../shared/adapters/clock.ts';
import type { NewDocument } from '../../shared/domain/document.ts';
import { testDirectory } from '../helpers/factories.ts';
import { directorySource, recordingLogger } from '../helpers/work-item-factories.ts';
import { newDocument } from './documents.ts';
import { lambdaContext, scheduledEvent } from './local-aws.ts';
import { type Pipeline, startPipeline } from './pipeline-fixture.ts';

/**
 * A consultant's work item on AWS, end to end on the local servers: the sweep Lambda (its real
 * composition root over dynalite, s3rver, local SES and the SNS stub) reminds and escalates once,
 * the consultant acknowledges through the work-item use case over the same DynamoDB ledger and
 * alert store, and the next scheduled run raises nothing and leaves no alert open.
 */
let p: Pipeline;

beforeAll(async () => {
  p = await startPipeline();
});
afterAll(async () => p?.stop());
const runSweep = () => p.handlers.sweep(scheduledEvent('postkamer-sweep'), lambdaContext('postkamer-sweep'));

const published = () => p.sns.published.map((m) => JSON.parse(m.message) as { kind: string; documentId: string | null });

describe('a routed document on AWS: the sweep Lambda and the consultant', () => {
  it('reminds and escalates once each; acknowledging resolves both, and later sweeps raise nothing', async () => {
    const twoWeeksAgo = new Date(Date.now() - 14 * 86_400_000);
    const past = new DynamoLedger(p.dynamo.db, p.dynamo.table, { now: () => twoWeeksAgo });
    const route = { status: 'routed' as const, team: 'inkomen', consultantId: 'c-003', queue: 'inkomen', clientNumber: null, reasons: [] };
    const doc: NewDocument = newDocument({ receivedAt: twoWeeksAgo.toISOString(), receiptNumber: 'PK-WORK-00001' });
    await past.createDocument(doc, { type: 'received' });
    await past.update(doc.id, { status: 'routed', documentType: 'payslip', confidence: 0.97, route }, { type: 'routed' });

    const first = await runSweep();
    const second = await runSweep();
    expect(first.raised).toBe(2);
    expect(second).toEqual({ raised: 0, resolved: 0 });
    const forDoc = published().filter((a) => a.documentId === doc.id);
    expect(forDoc.map((a) => a.kind).sort()).toEqual(['escalation', 'unacknowledged']);

    // The consultant acknowledges (as the web app on AWS will): the use case over the sweep's own adapters and the pipeline's directory.
    const logger = recordingLogger();
    const alerts = ledgerTableAlerts({
      db: p.dynamo.db,
      table: p.dynamo.table,
      sns: p.sns.client,
      topicArn: p.env.ALERT_TOPIC_ARN ?? '',
      logger,
    });
    const ledger = new DynamoLedger(p.dynamo.db, p.dynamo.table, systemClock);
    const result = await acknowledge(
      { ledger, alerts, directory: directorySource(testDirectory()), clock: systemClock, logger },
      { documentId: doc.id, by: 'c-003' },
    );
    expect(result).toMatchObject({ changed: true, document: { status: 'acknowledged' } });
    expect(await alerts.listOpen({ documentId: doc.id })).toEqual([]);

    const third = await runSweep();
    expect(third).toEqual({ raised: 0, resolved: 0 });
    expect(published().filter((a) => a.documentId === doc.id)).toHaveLength(2);
    expect(await alerts.countOpen()).toEqual({});
  });
});
