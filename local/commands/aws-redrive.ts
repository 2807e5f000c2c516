import { userInfo } from 'node:os';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SingleBar } from 'cli-progress';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { planRedrive, type RedriveOutcome, redriveDeadLetter } from '../../functions/dead-letter/redrive.ts';
import { documentClient, SDK_RETRY } from '../../shared/adapters/aws/clients.ts';
import { DynamoAlertStore } from '../../shared/adapters/aws/dynamo-alert-store.ts';
import { DynamoLedger } from '../../shared/adapters/aws/dynamo-ledger.ts';
import { type DeadLetterMessage, deadLetterQueueUrl, SqsDeadLetterQueue, SqsWorkQueue } from '../../shared/adapters/aws/sqs-work-queue.ts';
import { systemClock } from '../../shared/adapters/clock.ts';
import { STEPS, type Step } from '../../shared/domain/pipeline.ts';
import { stepMessageFor } from '../../shared/domain/step-message.ts';
import type { Logger } from '../../shared/ports.ts';

/**
 * `postkamer aws redrive --queue <step>`: moves a step's dead letters back into the pipeline on
 * AWS, document first (`redriveDeadLetter`: failed → the status the step waits for, audit event
 * `redriven`, alerts resolved), then the message to the step's queue, and only then out of the
 * DLQ. Interrupted anywhere, nothing is lost (the dead letter stays until its work is sent) and a
 * rerun is harmless (a document already waiting is sent again; the steps run at most once per
 * status and the receipt is claimed once).
 */
export interface RedriveOptions {
  step: Step;
  queueUrl: string;
  /** @default the DLQ named in the queue's redrive policy */
  dlqUrl?: string | undefined;
  table: string;
  by: string;
  dryRun?: boolean;
  /** At most this many dead letters. @default all */
  max?: number | undefined;
  /** Redrive these documents' step instead of reading the DLQ (whose messages are then left alone). */
  documents?: string[] | undefined;
}

export interface RedriveClients {
  sqs: SQSClient;
  dynamo: DynamoDBDocumentClient;
}

export interface RedriveItem {
  messageId: string;
  documentId: string | null;
  outcome: RedriveOutcome;
  note: string;
}

export interface RedriveSummary {
  queue: Step;
  dryRun: boolean;
  messages: number;
  counts: Record<RedriveOutcome, number>;
  items: RedriveItem[];
}

export interface RedriveProgress {
  start(total: number): void;
  tick(done: number): void;
  stop(): void;
}

/** How long a dead letter being redriven stays invisible to others; one kept for a person returns after this. */
const VISIBILITY_SECONDS = 300;

export async function runRedrive(
  options: RedriveOptions,
  clients: RedriveClients,
  report: { logger: Logger; progress?: RedriveProgress; onItem?: (item: RedriveItem) => void } = { logger: silent },
): Promise<RedriveSummary> {
  const { step, by } = options;
  const ledger = new DynamoLedger(clients.dynamo, options.table, systemClock);
  const deps = {
    ledger,
    alerts: new DynamoAlertStore(clients.dynamo, options.table, systemClock, report.logger),
    queue: new SqsWorkQueue(clients.sqs, { [step]: options.queueUrl }),
    logger: report.logger,
  };
  const counts: Record<RedriveOutcome, number> = { redriven: 0, resent: 0, recovered: 0, kept: 0 };
  const items: RedriveItem[] = [];
  const redriveOne = (documentId: string) =>
    options.dryRun ? planRedrive(ledger, { step, documentId }) : redriveDeadLetter(deps, { step, documentId, by });

  if (options.documents) {
    // Named documents, without a dead letter (a Textract completion that dead-lettered marks its document failed in extract).
    for (const documentId of options.documents) {
      const result = await redriveOne(documentId);
      const item = { messageId: '', documentId, outcome: result.outcome, note: result.note };
      counts[item.outcome]++;
      items.push(item);
      report.onItem?.(item);
    }
    return { queue: step, dryRun: Boolean(options.dryRun), messages: items.length, counts, items };
  }

  const dlq = new SqsDeadLetterQueue(
    clients.sqs,
    options.dlqUrl ?? (await deadLetterQueueUrl(clients.sqs, options.queueUrl)),
    options.dryRun ? 30 : VISIBILITY_SECONDS,
  );
  const schema = stepMessageFor(step);
  const max = options.max ?? Number.POSITIVE_INFINITY;
  // Messages not deleted (kept, or all of them in a dry run) are handed back to the DLQ at the end.
  const held: DeadLetterMessage[] = [];

  report.progress?.start(Math.min(max, await dlq.approximateDepth()));
  try {
    while (items.length < max) {
      const batch = await dlq.receive(Math.min(10, max - items.length));
      if (batch.length === 0) break;
      for (const message of batch) {
        const parsed = schema.safeParse(safeJson(message.body));
        let item: RedriveItem;
        if (!parsed.success) {
          item = { messageId: message.messageId, documentId: null, outcome: 'kept', note: `not a ${step} step message` };
          held.push(message);
        } else {
          const { documentId } = parsed.data;
          const result = await redriveOne(documentId);
          item = { messageId: message.messageId, documentId, outcome: result.outcome, note: result.note };
          if (result.remove && !options.dryRun) await dlq.delete(message);
          else held.push(message);
        }
        counts[item.outcome]++;
        items.push(item);
        report.onItem?.(item);
        report.progress?.tick(items.length);
      }
    }
  } finally {
    report.progress?.stop();
    for (const message of held) await dlq.release(message).catch(() => undefined);
  }
  return { queue: step, dryRun: Boolean(options.dryRun), messages: items.length, counts, items };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const silent: Logger = { info() {}, warn() {}, error() {} };

/** `postkamer aws …`: operations on the AWS runtime. */
export function registerAws(program: Command) {
  const aws = program.command('aws').description('operations on the AWS runtime (credentials and region from the usual AWS environment)');
  aws
    .command('redrive')
    .description("send a step's dead letters back into the pipeline: the document is reset, the message re-sent, then removed from the DLQ")
    .addOption(new Option('--queue <step>', 'the step whose dead letters to redrive').choices(STEPS).makeOptionMandatory())
    .option('--queue-url <url>', "the step's queue URL (default: $<STEP>_QUEUE_URL, e.g. ROUTE_QUEUE_URL)")
    .option('--dlq-url <url>', "its dead-letter queue URL (default: the one in the queue's redrive policy)")
    .option('--table <name>', 'the ledger table (default: $TABLE_NAME)')
    .option('--by <user>', 'who redrives (recorded in the audit trail)', defaultUser())
    .option('--dry-run', 'say what would happen; change nothing (the messages stay in the DLQ)')
    .option('--max <n>', 'at most this many dead letters', (v) => positiveInt(v))
    .option(
      '--document <ids...>',
      "redrive the step of these failed documents instead of the DLQ's messages (e.g. after a Textract completion dead-lettered)",
    )
    .option('--json', 'one JSON summary on stdout (counts by outcome and each message)')
    .action(
      async (opts: {
        queue: Step;
        queueUrl?: string;
        dlqUrl?: string;
        table?: string;
        by: string;
        dryRun?: boolean;
        max?: number;
        document?: string[];
        json?: boolean;
      }) => {
        const queueUrl = opts.queueUrl ?? process.env[`${opts.queue.toUpperCase()}_QUEUE_URL`];
        const table = opts.table ?? process.env.TABLE_NAME;
        if (!queueUrl || !table)
          throw new Error(
            `${!queueUrl ? `--queue-url (or ${opts.queue.toUpperCase()}_QUEUE_URL)` : '--table (or TABLE_NAME)'} is required: see infra/README.md, "Redrive dead letters"`,
          );
        const sqs = new SQSClient(SDK_RETRY);
        const dynamo = documentClient();
        try {
          const summary = await runRedrive(
            {
              step: opts.queue,
              queueUrl,
              dlqUrl: opts.dlqUrl,
              table,
              by: opts.by,
              dryRun: opts.dryRun,
              max: opts.max,
              documents: opts.document,
            },
            { sqs, dynamo },
            {
              logger: silent,
              progress: terminalProgress(),
              onItem: opts.json ? undefined : (i) => process.stdout.write(`${i.outcome.padEnd(9)} ${i.documentId ?? '-'}  ${i.note}\n`),
            },
          );
          if (opts.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
          else
            process.stdout.write(
              `${summary.dryRun ? 'dry run: ' : ''}${summary.messages} dead letter(s) from ${summary.queue}: ` +
                `${Object.entries(summary.counts)
                  .map(([k, n]) => `${n} ${k}`)
                  .join(', ')}\n`,
            );
          if (summary.counts.kept > 0) process.exitCode = 1;
        } finally {
          sqs.destroy();
          dynamo.destroy();
        }
      },
    );
}

/** A bar on stderr for long runs in a terminal; nothing when piped or for a handful. */
function terminalProgress(): RedriveProgress | undefined {
  if (!process.stderr.isTTY) return undefined;
  const bar = new SingleBar({ stream: process.stderr, format: 'redrive [{bar}] {value}/{total} | eta {eta_formatted}', hideCursor: true });
  return {
    start: (total) => total > 10 && bar.start(total, 0),
    tick: (done) => bar.isActive && bar.update(Math.min(done, bar.getTotal()), {}),
    stop: () => bar.isActive && bar.stop(),
  };
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number of 1 or more');
  return n;
}

function defaultUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'operator';
  }
}
