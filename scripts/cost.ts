/**
 * `npm run cost`: what 1,000 documents cost on AWS, measured by running a realistic mix through the
 * real Lambda handlers on local AWS servers and counting what they call.
 *
 *   npm run cost -- [--documents 40] [--scanned 0.6] [--per-month 5000] [--seed cost] [--json]
 *
 * --documents  how many documents to run (corpus documents about examples/directory.json clients)
 * --scanned    the share that arrives as scans (one page: JPEG, sync Textract; more: image-only PDF,
 *              an async Textract job); the rest are born-digital PDFs (text layer, no Textract)
 * --per-month  documents a month, to give the scheduled sweep (every 5 minutes) its share
 * --json       one JSON object on stdout instead of the Markdown table
 *
 * The servers (s3rver, dynalite, local-aws-sqs, aws-ses-v2-local, an SNS stub) run in a child
 * process, so the CPU time measured per invocation is the handler's (with its SDK clients). Textract
 * is faked at its client and answers with the corpus text; its pages are counted from the calls.
 * Memory and architecture of each function come from the CDK model (the stacks built in-process,
 * without bundling). Prices: scripts/cost-prices.json.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { DetectDocumentTextCommand, GetDocumentTextDetectionCommand, StartDocumentTextDetectionCommand } from '@aws-sdk/client-textract';
import { App, type aws_lambda as lambda } from 'aws-cdk-lib';
import { mockClient } from 'aws-sdk-client-mock';
import sharp from 'sharp';
import { buildApp } from '../infra/app.ts';
import { documentClient } from '../shared/adapters/aws/clients.ts';
import { DynamoLedger } from '../shared/adapters/aws/dynamo-ledger.ts';
import { originalKey } from '../shared/adapters/aws/s3-object-store.ts';
import { parseDirectory } from '../shared/domain/directory.ts';
import { generateCorpus } from './corpus/corpus.ts';
import { Meter } from './cost/meter.ts';
import { BUCKET, mockableTextractClient, stepOrder, textractCompletion, textractPage, wirePipeline } from './lib/aws-pipeline.ts';
import { dynamoClient, lambdaContext, pump, s3Client, scheduledEvent, sesClient, snsClient, sqsClient } from './lib/local-aws.ts';
import { imagesToPdf, seededRandom, textPdf } from './lib/render-page.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RATE_TABLE = 'textract-rate';
/** Lambda gives a function one full vCPU at 1,769 MB, proportionally less below (AWS Lambda docs). */
const FULL_VCPU_MB = 1769;
/** The sweep's schedule (processing stack default: every 5 minutes). */
const SWEEP_RUNS_PER_MONTH = (30 * 24 * 60) / 5;

const { values: args } = parseArgs({
  options: {
    documents: { type: 'string', default: '40' },
    scanned: { type: 'string', default: '0.6' },
    'per-month': { type: 'string', default: '5000' },
    seed: { type: 'string', default: 'cost' },
    json: { type: 'boolean', default: false },
  },
});
const count = Number(args.documents);
const scannedShare = Number(args.scanned);
const perMonth = Number(args['per-month']);
if (!(count >= 1) || !(scannedShare >= 0 && scannedShare <= 1) || !(perMonth >= 1)) {
  process.stderr.write('usage: npm run cost -- [--documents N>=1] [--scanned 0..1] [--per-month N>=1] [--json]\n');
  process.exit(2);
}

interface Price {
  usd: number;
  unit: string;
  note: string;
}
const priceFile = JSON.parse(readFileSync(join(ROOT, 'scripts', 'cost-prices.json'), 'utf8')) as {
  region: string;
  asOf: string;
  prices: Record<string, Price>;
};

/** Memory (MB) and architecture of each pipeline function, as the CDK model deploys them. */
function functionModel(): Record<string, { memoryMb: number; arch: string }> {
  const cdkJson = JSON.parse(readFileSync(join(ROOT, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> };
  const app = new App({
    context: { ...cdkJson.context, account: '123456789012', region: 'eu-central-1', 'aws:cdk:bundling-stacks': [] },
  });
  const { processing, web } = buildApp(app);
  const model: Record<string, { memoryMb: number; arch: string }> = {};
  const fns = { ...processing.functions, web: web.web.handler };
  for (const [name, fn] of Object.entries(fns)) {
    const cfn = fn.function.node.defaultChild as lambda.CfnFunction;
    model[name] = { memoryMb: Number(cfn.memorySize), arch: fn.function.architecture.name };
  }
  return model;
}

/** The servers' child process; resolves with their endpoints. S3 notifications arrive as `events`. */
async function startServers() {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'cost', 'servers-host.ts'), RATE_TABLE], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const events: string[] = [];
  let waiting: (() => void) | undefined;
  const ready = new Promise<Record<string, string>>((resolveReady, reject) => {
    child.once('exit', (code) => reject(new Error(`the servers' process ended (${code})`)));
    lines.on('line', (line) => {
      if (line.startsWith('event ')) {
        events.push(line.slice(6));
        waiting?.();
      } else if (line.startsWith('{')) resolveReady(JSON.parse(line) as Record<string, string>);
    });
  });
  const endpoints = await ready;
  return {
    endpoints,
    events,
    /** Resolves when `n` S3 events are on the intake queue. */
    async eventsReached(n: number) {
      while (events.length < n) await new Promise<void>((r) => (waiting = r));
    },
    stop: () =>
      new Promise<void>((r) => {
        child.once('exit', () => r());
        child.stdin?.end();
      }),
  };
}

interface Doc {
  key: string;
  body: Uint8Array;
  pages: string[][];
  scanned: boolean;
}

/** A noisy greyscale page image (100 dpi A4, JPEG): bytes differ per document, size like a scan's. */
async function scanImage(seed: number): Promise<Buffer> {
  const width = 827;
  const height = 1169;
  const random = seededRandom(seed);
  const pixels = Buffer.alloc(width * height);
  for (let i = 0; i < pixels.length; i++) pixels[i] = random() < 0.04 ? Math.floor(random() * 128) : 235 + Math.floor(random() * 20);
  return sharp(pixels, { raw: { width, height, channels: 1 } })
    .jpeg({ quality: 60 })
    .toBuffer();
}

/** Pages per scanned file, in turn (mean 2.5). */
const SCAN_PAGES = [1, 2, 1, 3, 5, 1, 4, 2, 1, 5];

/** A continuation page of a letter: the page number and the letter's own lines again, as an enclosure's copy would have. */
function enclosure(first: string[], page: number, of: number): string[] {
  return [`Bijlage, pagina ${page} van ${of}`, ...first.slice(1)];
}

async function documents(): Promise<Doc[]> {
  const directory = parseDirectory(JSON.parse(readFileSync(join(ROOT, 'examples', 'directory.json'), 'utf8')));
  const corpus = generateCorpus({ seed: args.seed as string, count, directory });
  const docs: Doc[] = [];
  for (const [i, c] of corpus.entries()) {
    // Spread evenly: every document whose running share falls short of the target is a scan.
    const scanned = Math.floor((i + 1) * scannedShare) > Math.floor(i * scannedShare);
    // The corpus's documents are mostly one page; paper in the post often has more (a letter with
    // its enclosures): scans get 1 to 5 pages, the pages after the document's own are enclosures.
    const own = c.pages.slice(0, 5).map((p) => p.split('\n'));
    const target = scanned ? Math.max(own.length, SCAN_PAGES[i % SCAN_PAGES.length] as number) : own.length;
    const pages = [...own, ...Array.from({ length: target - own.length }, (_, k) => enclosure(own[0] ?? [], k + 2, target))];
    const channel = i % 2 === 0 ? 'post' : 'desk';
    if (!scanned) {
      docs.push({ key: `inbox/${channel}/document-${i}.pdf`, body: await textPdf(pages), pages, scanned });
      continue;
    }
    const images = await Promise.all(pages.map((_, p) => scanImage(i * 100 + p + 1)));
    const single = pages.length === 1;
    docs.push({
      key: `inbox/${channel}/scan-${i}.${single ? 'jpg' : 'pdf'}`,
      body: single ? (images[0] as Buffer) : await imagesToPdf(images),
      pages,
      scanned,
    });
  }
  return docs;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function main() {
  const model = functionModel();
  const docs = await documents();
  const servers = await startServers();
  const { endpoints } = servers;
  const meter = new Meter();
  const raw = {
    s3: s3Client(endpoints.s3 as string),
    sqs: sqsClient(endpoints.sqs as string),
    dynamo: dynamoClient(endpoints.dynamo as string),
    ses: sesClient(endpoints.ses as string),
    sns: snsClient(endpoints.sns as string),
  };
  const clients = {
    s3: raw.s3,
    sqs: raw.sqs,
    dynamo: documentClient(raw.dynamo),
    ses: raw.ses,
    sns: raw.sns,
    textract: mockableTextractClient(),
  };
  const wired = await wirePipeline(
    clients,
    endpoints.table as string,
    parseDirectory(JSON.parse(readFileSync(join(ROOT, 'examples', 'directory.json'), 'utf8'))),
    {
      env: {
        // As deployed: the directory object is checked again after 30 s, not on every message.
        DIRECTORY_RECHECK_SECONDS: '30',
        RATE_TABLE_NAME: RATE_TABLE,
        // High enough that no invocation waits for a token: waiting is the rate's cost, not a document's.
        TEXTRACT_TPS: '100',
      },
    },
  );
  for (const [service, client] of Object.entries(raw)) meter.watch(service, client);

  // Textract, faked at its client: the corpus text of the object it is asked to read.
  const byKey = new Map(docs.map((d) => [originalKey(sha256(d.body)), d]));
  const textract = mockClient(clients.textract);
  const completions: string[] = [];
  const jobs = new Map<string, Doc>();
  let syncPages = 0;
  const asyncPages = new Map<string, number>();
  textract.on(DetectDocumentTextCommand).callsFake((input: { Document: { S3Object: { Name: string } } }) => {
    const doc = byKey.get(input.Document.S3Object.Name);
    syncPages++;
    return { DocumentMetadata: { Pages: 1 }, Blocks: textractPage(doc?.pages[0] ?? []) };
  });
  textract
    .on(StartDocumentTextDetectionCommand)
    .callsFake((input: { JobTag: string; DocumentLocation: { S3Object: { Name: string; Bucket: string } } }) => {
      const doc = byKey.get(input.DocumentLocation.S3Object.Name);
      const jobId = `job-${input.JobTag}`;
      if (doc && !jobs.has(jobId)) {
        jobs.set(jobId, doc);
        asyncPages.set(jobId, doc.pages.length);
        // Textract → SNS → SQS (raw delivery) once the job is done.
        completions.push(
          textractCompletion({
            jobId,
            jobTag: input.JobTag,
            bucket: input.DocumentLocation.S3Object.Bucket,
            key: input.DocumentLocation.S3Object.Name,
          }),
        );
      }
      return { JobId: jobId };
    });
  textract.on(GetDocumentTextDetectionCommand).callsFake((input: { JobId: string; NextToken?: string }) => {
    const doc = jobs.get(input.JobId);
    const pages = doc?.pages ?? [];
    const page = input.NextToken ? Number(input.NextToken) : 1;
    return {
      JobStatus: 'SUCCEEDED',
      DocumentMetadata: { Pages: pages.length },
      Blocks: textractPage(pages[page - 1] ?? [], page),
      ...(page < pages.length ? { NextToken: String(page + 1) } : {}),
    };
  });

  const steps = stepOrder(wired);
  const names = ['intake', 'extract', 'textractComplete', 'split', 'route', 'receipt'];
  const drain = async () => {
    for (const [i, [url, handler, batchSize]] of steps.entries()) {
      if (names[i] === 'textractComplete') {
        meter.caller = 'textract';
        for (const body of completions.splice(0)) {
          meter.count('sns', 'Publish'); // Textract's completion notification on the topic
          await clients.sqs.send(new SendMessageCommand({ QueueUrl: wired.queues.textractComplete.url, MessageBody: body }));
        }
        meter.caller = 'event source';
      }
      const name = names[i] as string;
      await pump(clients.sqs, url, (event, context) => meter.invoke(name, () => handler(event, context)), {
        batchSize,
        functionName: name,
      });
    }
  };

  // Documents arrive one at a time (a quiet mailroom: every event source batch holds one message).
  const started = Date.now();
  for (const [i, doc] of docs.entries()) {
    meter.caller = 'upload';
    await clients.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: doc.key, Body: doc.body }));
    meter.caller = 'event source';
    await servers.eventsReached(i + 1);
    await drain();
  }
  const documentCalls = new Map(meter.calls);
  const documentUnits = { read: meter.readUnits.value, write: meter.writeUnits.value, logBytes: meter.logBytes };
  const documentInvocations = [...meter.invocations];

  // The sweep on its schedule, over the documents now open (routed, not acknowledged; triage).
  const sweepRuns = 3;
  meter.caller = 'sweep';
  for (let i = 0; i < sweepRuns; i++)
    await meter.invoke('sweep', () => wired.handlers.sweep(scheduledEvent('postkamer-sweep'), lambdaContext('postkamer-sweep')));
  const sweepMeter: SweepMeasure = {
    calls: new Map([...meter.calls].map(([k, v]) => [k, v - (documentCalls.get(k) ?? 0)] as const).filter(([, v]) => v > 0)),
    readUnits: { value: meter.readUnits.value - documentUnits.read },
    writeUnits: { value: meter.writeUnits.value - documentUnits.write },
    logBytes: meter.logBytes - documentUnits.logBytes,
    invocations: meter.invocations.slice(documentInvocations.length),
  };

  const ledger = new DynamoLedger(clients.dynamo, endpoints.table as string, { now: () => new Date() });
  const outcomes: Record<string, number> = {};
  for (const d of await ledger.listDocuments({})) outcomes[d.status] = (outcomes[d.status] ?? 0) + 1;
  textract.restore();
  for (const c of Object.values(raw)) c.destroy();
  await servers.stop();

  const report = price({
    docs,
    documentCalls,
    documentUnits,
    documentInvocations,
    sweepMeter,
    sweepRuns,
    model,
    textractPages: { sync: syncPages, async: [...asyncPages.values()].reduce((a, b) => a + b, 0) },
    outcomes,
    seconds: (Date.now() - started) / 1000,
  });
  process.stdout.write(args.json ? `${JSON.stringify(report)}\n` : markdown(report));
}

type SweepMeasure = Pick<Meter, 'calls' | 'readUnits' | 'writeUnits' | 'logBytes' | 'invocations'>;

interface Measured {
  docs: Doc[];
  documentCalls: Map<string, number>;
  documentUnits: { read: number; write: number; logBytes: number };
  documentInvocations: Meter['invocations'];
  sweepMeter: SweepMeasure;
  sweepRuns: number;
  model: Record<string, { memoryMb: number; arch: string }>;
  textractPages: { sync: number; async: number };
  outcomes: Record<string, number>;
  seconds: number;
}

export interface CostLine {
  item: string;
  units: number;
  unit: string;
  unitPriceUsd: number;
  costUsd: number;
}

const S3_PUT_CLASS = [
  'PutObject',
  'CopyObject',
  'CreateMultipartUpload',
  'UploadPart',
  'CompleteMultipartUpload',
  'ListObjectsV2',
  'ListObjects',
];
const S3_FREE = ['DeleteObject', 'DeleteObjects', 'AbortMultipartUpload'];
const SQS_KMS = ['SendMessage', 'SendMessageBatch', 'ReceiveMessage'];

function sum(calls: Map<string, number>, service: string, pick: (command: string) => boolean): number {
  let n = 0;
  for (const [key, v] of calls) {
    const [s, c] = key.split(' ') as [string, string];
    if (s === service && pick(c)) n += v;
  }
  return n;
}

/** Lambda's billed duration of one invocation at `memoryMb`: its CPU time stretched by the CPU share Lambda gives that memory, plus its waiting. */
function lambdaSeconds(inv: { wallMs: number; cpuMs: number }, memoryMb: number): number {
  const cpu = inv.cpuMs * Math.max(1, FULL_VCPU_MB / memoryMb);
  return Math.ceil(cpu + Math.max(0, inv.wallMs - inv.cpuMs)) / 1000;
}

function price(m: Measured) {
  const p = priceFile.prices;
  const n = m.docs.length;
  // Per 1,000 documents: the documents' own units, plus the sweep's share at --per-month documents a month.
  const perDoc = 1000 / n;
  const sweepShare = (SWEEP_RUNS_PER_MONTH / m.sweepRuns) * (1000 / perMonth);
  const both = (docUnits: number, sweepUnits: number) => docUnits * perDoc + sweepUnits * sweepShare;
  const s = m.sweepMeter.calls;
  const d = m.documentCalls;

  const gbSeconds = (invocations: Meter['invocations'], arch: string) =>
    invocations.reduce((total, inv) => {
      const f = m.model[inv.fn];
      if (!f || f.arch !== arch) return total;
      return total + (f.memoryMb / 1024) * lambdaSeconds(inv, f.memoryMb);
    }, 0);
  const unknown = [...new Set([...m.documentInvocations, ...m.sweepMeter.invocations].map((i) => i.fn))].filter((f) => !m.model[f]);
  if (unknown.length > 0) throw new Error(`no memory size in the CDK model for ${unknown.join(', ')}`);

  const s3Put = (calls: Map<string, number>) => sum(calls, 's3', (c) => S3_PUT_CLASS.includes(c));
  const s3Get = (calls: Map<string, number>) => sum(calls, 's3', (c) => !S3_PUT_CLASS.includes(c) && !S3_FREE.includes(c));
  const sqs = (calls: Map<string, number>) => sum(calls, 'sqs', (c) => c !== 'ReceiveMessage(empty)');
  const invocations = (list: Meter['invocations']) => list.length;
  // KMS, an upper bound: one request per S3 object read or written (SSE-KMS) and per SQS send or receive
  // (KMS-encrypted queues), as if the bucket had no Bucket Key and queues no data key reuse; DynamoDB
  // caches its table key and calls KMS a few times an hour, not per request: none counted.
  const kms = (calls: Map<string, number>) =>
    sum(calls, 's3', (c) => c === 'PutObject' || c === 'GetObject') + sum(calls, 'sqs', (c) => SQS_KMS.includes(c));
  const logGb = (bytes: number) => bytes / 1024 ** 3;

  const pages = m.textractPages.sync + m.textractPages.async;
  const rows: [string, number, keyof typeof p][] = [
    ['Textract pages', pages * perDoc, 'textractPage'],
    ['Lambda requests', both(invocations(m.documentInvocations), invocations(m.sweepMeter.invocations)), 'lambdaRequest'],
    [
      'Lambda compute arm64 (GB-s)',
      both(gbSeconds(m.documentInvocations, 'arm64'), gbSeconds(m.sweepMeter.invocations, 'arm64')),
      'lambdaGbSecondArm',
    ],
    ['SQS requests', both(sqs(d), sqs(s)), 'sqsRequest'],
    ['DynamoDB write units', both(m.documentUnits.write, m.sweepMeter.writeUnits.value), 'dynamoWriteUnit'],
    ['DynamoDB read units', both(m.documentUnits.read, m.sweepMeter.readUnits.value), 'dynamoReadUnit'],
    ['S3 PUT/COPY/LIST requests', both(s3Put(d), s3Put(s)), 's3Put'],
    ['S3 GET/HEAD requests', both(s3Get(d), s3Get(s)), 's3Get'],
    [
      'SES mails',
      both(
        sum(d, 'ses', (c) => c === 'SendEmail'),
        sum(s, 'ses', (c) => c === 'SendEmail'),
      ),
      'sesMail',
    ],
    [
      'SNS publishes',
      both(
        sum(d, 'sns', (c) => c === 'Publish'),
        sum(s, 'sns', (c) => c === 'Publish'),
      ),
      'snsPublish',
    ],
    ['KMS requests (upper bound)', both(kms(d), kms(s)), 'kmsRequest'],
    [
      'X-Ray traces (one per invocation, upper bound)',
      both(invocations(m.documentInvocations), invocations(m.sweepMeter.invocations)),
      'xrayTrace',
    ],
    ['CloudWatch Logs ingestion (GB)', both(logGb(m.documentUnits.logBytes), logGb(m.sweepMeter.logBytes)), 'logsIngestionGb'],
  ];
  const lines: CostLine[] = rows.map(([item, units, key]) => {
    const price = p[key] as Price;
    return { item, units, unit: price.unit, unitPriceUsd: price.usd, costUsd: units * price.usd };
  });
  const total = lines.reduce((a, l) => a + l.costUsd, 0);

  const perFunction: Record<string, { invocations: number; memoryMb: number; arch: string; wallMsMedian: number; cpuMsMedian: number }> =
    {};
  for (const fn of new Set([...m.documentInvocations, ...m.sweepMeter.invocations].map((i) => i.fn))) {
    const list = [...m.documentInvocations, ...m.sweepMeter.invocations].filter((i) => i.fn === fn);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    const f = m.model[fn] as { memoryMb: number; arch: string };
    perFunction[fn] = {
      invocations: list.length,
      memoryMb: f.memoryMb,
      arch: f.arch,
      wallMsMedian: Math.round(median(list.map((i) => i.wallMs))),
      cpuMsMedian: Math.round(median(list.map((i) => i.cpuMs))),
    };
  }
  const scanned = m.docs.filter((x) => x.scanned);
  return {
    region: priceFile.region,
    pricesAsOf: priceFile.asOf,
    run: {
      documents: n,
      scanned: scanned.length,
      scannedPages: scanned.reduce((a, x) => a + x.pages.length, 0),
      bornDigital: n - scanned.length,
      bornDigitalPages: m.docs.filter((x) => !x.scanned).reduce((a, x) => a + x.pages.length, 0),
      outcomes: m.outcomes,
      textractPages: m.textractPages,
      sweepRuns: m.sweepRuns,
      documentsPerMonth: perMonth,
      seconds: Math.round(m.seconds),
    },
    calls: { documents: Object.fromEntries(m.documentCalls), sweep: Object.fromEntries(m.sweepMeter.calls) },
    functions: perFunction,
    perThousand: lines,
    totalUsd: total,
  };
}

type Report = ReturnType<typeof price>;

function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

function usd(n: number): string {
  if (n === 0) return '$0';
  return n >= 0.01 ? `$${n.toFixed(2)}` : `$${n.toPrecision(2)}`;
}

function markdown(r: Report): string {
  const run = r.run;
  const out = [
    `Measured on ${run.documents} documents (${run.scanned} scans, ${run.scannedPages} pages; ${run.bornDigital} born-digital PDFs, ${run.bornDigitalPages} pages) in ${run.seconds} s; outcomes ${Object.entries(
      run.outcomes,
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(
        ', ',
      )}. Textract pages: ${run.textractPages.sync} sync + ${run.textractPages.async} async. Sweep share at ${fmt(run.documentsPerMonth)} documents a month. Prices ${r.region}, ${r.pricesAsOf}.`,
    '',
    '| item | measured units per 1,000 documents | unit price | cost |',
    '| --- | ---: | ---: | ---: |',
    ...r.perThousand.map(
      (l) => `| ${l.item} | ${fmt(l.units, l.units < 10 ? 3 : 0)} | $${l.unitPriceUsd.toPrecision(3)} / ${l.unit} | ${usd(l.costUsd)} |`,
    ),
    `| **total** | | | **${usd(r.totalUsd)}** |`,
    '',
    '| function | memory | arch | invocations | median wall ms | median CPU ms |',
    '| --- | ---: | --- | ---: | ---: | ---: |',
    ...Object.entries(r.functions).map(
      ([fn, f]) => `| ${fn} | ${f.memoryMb} MB | ${f.arch} | ${f.invocations} | ${f.wallMsMedian} | ${f.cpuMsMedian} |`,
    ),
    '',
  ];
  return `${out.join('\n')}\n`;
}

await main();
