/**
 * The local AWS servers of `npm run cost`, in a process of their own so that the CPU the cost run
 * measures is the handlers' and not the servers'. Prints one JSON line with the endpoints when
 * ready, then `event <json>` for each S3 notification of an upload under inbox/ once it is on the
 * intake queue (what S3's notification to SQS does). Stops when its stdin closes.
 */
import { GetQueueUrlCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { BUCKET } from '../lib/aws-pipeline.ts';
import { createRateTable, startDynamo, startS3, startSes, startSnsStub, startSqs } from '../lib/local-aws.ts';

const RATE_TABLE = process.argv[2] ?? 'textract-rate';

const [s3, dynamo, sqs, ses, sns] = await Promise.all([startS3([BUCKET]), startDynamo(), startSqs(), startSes(), startSnsStub()]);
await createRateTable(dynamo.client, RATE_TABLE);

let intakeUrl: Promise<string> | undefined;
s3.instance.on('event', (event: { Records: { s3: { object: { key: string } } }[] }) => {
  if (!event.Records[0]?.s3.object.key.startsWith('inbox/')) return;
  const body = JSON.stringify(event);
  intakeUrl ??= sqs.client.send(new GetQueueUrlCommand({ QueueName: 'intake' })).then((r) => r.QueueUrl as string);
  void intakeUrl
    .then((QueueUrl) => sqs.client.send(new SendMessageCommand({ QueueUrl, MessageBody: body })))
    .then(() => process.stdout.write(`event ${body}\n`));
});

process.stdout.write(
  `${JSON.stringify({ s3: s3.endpoint, dynamo: dynamo.endpoint, sqs: sqs.endpoint, ses: ses.endpoint, sns: sns.endpoint, table: dynamo.table })}\n`,
);
process.stdin.resume();
process.stdin.on('end', async () => {
  await Promise.all([s3.stop(), dynamo.stop(), sqs.stop(), ses.stop(), sns.stop()]);
  process.exit(0);
});
