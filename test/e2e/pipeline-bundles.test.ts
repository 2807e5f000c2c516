import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import type { GetDocumentTextDetectionCommandInput } from '@aws-sdk/client-textract';
import { App } from 'aws-cdk-lib';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { PDFDict, PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as LettersModule from '../../functions/letters/handler.ts';
import { buildApp } from '../../infra/app.ts';
import type { PipelineFunctionName } from '../../infra/pipeline-settings.ts';
import {
  BUCKET,
  jpegScan,
  OBJECTION_LINES,
  type Pipeline,
  type PipelineModules,
  startPipeline,
  textractCompletion,
  textractPage,
} from '../../scripts/lib/aws-pipeline.ts';
import { DynamoLedger } from '../../shared/adapters/aws/dynamo-ledger.ts';
import { originalKey } from '../../shared/adapters/aws/s3-object-store.ts';
import { systemClock } from '../../shared/adapters/clock.ts';
import type { DocumentRecord } from '../../shared/domain/document.ts';
import { lambdaContext, scheduledEvent } from '../handlers/local-aws.ts';
import { testDirectory } from '../helpers/factories.ts';
import { testApp } from '../infra/synth.ts';

/**
 * The pipeline Lambdas as deployed: the processing stack synthesized with its real bundling (local
 * esbuild), each function's asset folder found through the template's `Code` and the assets
 * manifest, and the bundles' own handler factories and composition roots wired as the handler tests
 * wire the sources (scripts/lib/aws-pipeline.ts), over the local AWS servers. What a bundle loads at
 * run time (pdfjs for text layers, the DejaVu fonts for receipts) must be in its folder: the folder
 * sits outside the repository, so nothing resolves from the project's node_modules. No pdfjs from
 * the sources is loaded in this process: the bundle's is the only one, as in the Lambda.
 */
const PIOTR_BSN = '204060801';
/** The objection letter, signed by another client (their BSN and initials). */
const objectionBy = (bsn: string, initials: string) =>
  OBJECTION_LINES.map((l) => l.replace('123456782', bsn).replace('J. de Vries', initials));

let p: Pipeline;
let outdir: string;
let letters: Pick<typeof LettersModule, 'createLettersHandler' | 'lettersRoot'>;
let ledger: DynamoLedger;
const logged: string[] = [];
const writes = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };

beforeAll(async () => {
  outdir = mkdtempSync(join(tmpdir(), 'postkamer-pipeline-bundles-'));
  const context = testApp({ stage: 'test', 'aws:cdk:bundling-stacks': ['PostkamerProcessing-test'] }).node.getAllContext();
  const { app, processing } = buildApp(new App({ outdir, context }));
  const assembly = app.synth();
  const template = assembly.getStackByName(processing.stackName).template as {
    Resources: Record<string, { Properties: { Code: { S3Key: string } } }>;
  };
  const manifest = JSON.parse(readFileSync(join(outdir, `${processing.stackName}.assets.json`), 'utf8')) as {
    files: Record<string, { source: { path: string } }>;
  };
  const bundleOf = async (name: PipelineFunctionName) => {
    const logicalId = processing.getLogicalId(processing.functions[name].function.node.defaultChild as CfnFunction);
    const hash = template.Resources[logicalId]?.Properties.Code.S3Key.replace(/\.zip$/, '') ?? '';
    const folder = manifest.files[hash]?.source.path;
    expect(folder, `the asset folder of ${name}`).toBeDefined();
    return import(pathToFileURL(join(outdir, folder ?? '', 'index.mjs')).href);
  };
  const modules: PipelineModules = {
    intake: await bundleOf('intake'),
    extract: await bundleOf('extract'),
    textractComplete: await bundleOf('textractComplete'),
    split: await bundleOf('split'),
    route: await bundleOf('route'),
    receipt: await bundleOf('receipt'),
    sweep: await bundleOf('sweep'),
  };
  letters = await bundleOf('letters');
  // K-100402 (Piotr Nowak, Polish) gets a BSN and an e-mail address: his receipt is mailed, and
  // Polish letters are beyond Helvetica, so it is drawn with the DejaVu fonts.
  const clients = testDirectory().clients.map((c) =>
    c.clientNumber === 'K-100402' ? { ...c, bsn: PIOTR_BSN, email: 'piotr@example.org' } : c,
  );
  p = await startPipeline(testDirectory({ clients }), 3, modules);
  ledger = new DynamoLedger(p.dynamo.db, p.dynamo.table, systemClock);
  // Textract mocked at its client. The bundles build commands from their own copy of the SDK, so
  // the mock tells them apart by class name (esbuild keeps names), not by the repository's classes.
  const piotr = objectionBy(PIOTR_BSN, 'P. Nowak');
  p.textract.send.callsFake(async (command) => {
    const { name } = command.constructor;
    const { JobId, NextToken } = command.input as GetDocumentTextDetectionCommandInput;
    const $metadata = {};
    if (name === 'DetectDocumentTextCommand') return { $metadata, DocumentMetadata: { Pages: 1 }, Blocks: textractPage(OBJECTION_LINES) };
    if (name === 'StartDocumentTextDetectionCommand') return { $metadata, JobId: 'job-bundle-1' };
    if (name === 'GetDocumentTextDetectionCommand' && JobId === 'job-bundle-1')
      return NextToken === undefined
        ? {
            $metadata,
            JobStatus: 'SUCCEEDED',
            DocumentMetadata: { Pages: 2 },
            Blocks: textractPage(piotr.slice(0, 5), 1),
            NextToken: 'more',
          }
        : { $metadata, JobStatus: 'SUCCEEDED', DocumentMetadata: { Pages: 2 }, Blocks: textractPage(piotr.slice(5), 2) };
    throw new Error(`unexpected Textract call ${name}`);
  });
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    logged.push(String(chunk));
    return writes.out(chunk, ...rest);
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    logged.push(String(chunk));
    return writes.err(chunk, ...rest);
  }) as typeof process.stderr.write;
}, 240_000);

afterAll(async () => {
  process.stdout.write = writes.out;
  process.stderr.write = writes.err;
  await p?.stop();
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

const textractCalls = (name: string) => p.textract.send.getCalls().filter((c) => c.args[0]?.constructor.name === name);

async function byFilename(filename: string): Promise<DocumentRecord | undefined> {
  return (await ledger.listDocuments({})).find((d) => d.filename === filename);
}

async function deadLetters(): Promise<number> {
  let n = 0;
  for (const q of [...Object.values(p.queues), ...Object.values(p.teamQueues)]) {
    const res = await p.sqs.client.send(new ReceiveMessageCommand({ QueueUrl: q.dlqUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }));
    n += res.Messages?.length ?? 0;
  }
  return n;
}

async function object(key: string): Promise<Uint8Array> {
  const res = await p.s3.client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
  return (await res.Body?.transformToByteArray()) ?? new Uint8Array();
}

/** The receipt PDFs mailed to `to` (the local SES store keeps each attachment, base64). */
async function mailedPdfs(to: string): Promise<Uint8Array[]> {
  return (await p.ses.emails())
    .filter((m) => m.destination.to.includes(to))
    .flatMap((m) => m.attachments as { contentType: string; content?: string }[])
    .filter((a) => a.contentType === 'application/pdf')
    .map((a) => new Uint8Array(Buffer.from(a.content ?? '', 'base64')));
}

const drawnInDejaVu = async (pdf: Uint8Array) => (await fontNames(pdf)).some((f) => f.includes('DejaVuSans'));

/** The base font names a PDF uses (pdf-lib keeps font dictionaries in compressed object streams). */
async function fontNames(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf);
  return doc.context
    .enumerateIndirectObjects()
    .map(([, o]) => o)
    .filter((o): o is PDFDict => o instanceof PDFDict && o.get(PDFName.of('Type')) === PDFName.of('Font'))
    .map((o) => String(o.get(PDFName.of('BaseFont'))));
}

/** A scanner's two-page PDF: one JPEG per page, no text layer. */
async function imageOnlyPdf(): Promise<Uint8Array> {
  const jpeg = await sharp({ create: { width: 400, height: 560, channels: 3, background: '#f4f1ea' } })
    .jpeg()
    .toBuffer();
  const pdf = await PDFDocument.create();
  const image = await pdf.embedJpg(jpeg);
  for (let i = 0; i < 2; i++) pdf.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  return pdf.save();
}

/** A born-digital objection by K-100301 (Fatima El Amrani: no e-mail, a postal address, Arabic). */
async function bornDigitalObjection(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  objectionBy('111222333', 'F. El Amrani').forEach((line, i) => {
    page.drawText(line, { x: 50, y: 780 - i * 18, size: 10, font });
  });
  return pdf.save();
}

describe('the synthesized pipeline Lambda bundles', () => {
  it('route a JPEG scan read by Textract synchronously and e-mail its receipt', async () => {
    await p.upload('inbox/desk/bezwaar.jpg', jpegScan('bundle-objection'));
    await p.drain();
    expect(await byFilename('bezwaar.jpg')).toMatchObject({
      status: 'routed',
      documentType: 'objection',
      clientNumber: 'K-100234',
      pageCount: 1,
      route: { team: 'bezwaar' },
      receipt: { delivery: 'email', language: 'nl' },
    });
    expect(textractCalls('DetectDocumentTextCommand')).toHaveLength(1);
    const mail = await p.ses.emails();
    expect(mail).toHaveLength(1);
    expect(mail[0]?.destination.to).toEqual(['jan@example.org']);
    expect(mail[0]?.attachments.map((a) => a.contentType)).toEqual(['application/pdf']);
    expect(await deadLetters()).toBe(0);
  });

  it('read an image-only PDF (no text layer in the bundle’s pdfjs) through an asynchronous Textract job and mail a Polish receipt drawn in DejaVu', async () => {
    const pdf = await imageOnlyPdf();
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    await p.upload('inbox/post/scan-0042.pdf', pdf);
    await p.drain();
    expect((await byFilename('scan-0042.pdf'))?.status).toBe('received');
    expect(textractCalls('StartDocumentTextDetectionCommand')).toHaveLength(1);
    // Textract → SNS → SQS (raw delivery): the completion notification.
    await p.redeliver(
      p.queues.textractComplete.url,
      textractCompletion({ jobId: 'job-bundle-1', jobTag: sha256, bucket: BUCKET, key: originalKey(sha256) }),
    );
    await p.drain();
    expect(await byFilename('scan-0042.pdf')).toMatchObject({
      status: 'routed',
      pageCount: 2,
      documentType: 'objection',
      clientNumber: 'K-100402',
      receipt: { delivery: 'email', language: 'pl' },
    });
    expect(textractCalls('GetDocumentTextDetectionCommand')).toHaveLength(2);
    expect(await p.ses.emails()).toHaveLength(2);
    const [receipt] = await mailedPdfs('piotr@example.org');
    expect(await drawnInDejaVu(receipt as Uint8Array)).toBe(true);
    expect(await deadLetters()).toBe(0);
  });

  it('read a born-digital PDF from its text layer without Textract and draw its letter receipt in DejaVu', async () => {
    const before = p.textract.send.callCount;
    await p.upload('inbox/post/bezwaar-digitaal.pdf', await bornDigitalObjection());
    await p.drain();
    const doc = await byFilename('bezwaar-digitaal.pdf');
    expect(doc).toMatchObject({
      status: 'routed',
      pageCount: 1,
      documentType: 'objection',
      clientNumber: 'K-100301',
      route: { team: 'bezwaar' },
      receipt: { delivery: 'letter', language: 'ar' },
    });
    expect(p.textract.send.callCount).toBe(before);
    const listed = await p.s3.client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'letters/' }));
    const [letterKey] = (listed.Contents ?? []).map((o) => o.Key ?? '').filter((k) => k.endsWith('.pdf'));
    expect(letterKey).toBeDefined();
    expect(await drawnInDejaVu(await object(letterKey ?? ''))).toBe(true);
    expect(await deadLetters()).toBe(0);
  });

  it('run the sweep and the daily letters batch once', async () => {
    const swept = await p.handlers.sweep(scheduledEvent('postkamer-sweep'), lambdaContext('postkamer-sweep'));
    expect(swept).toEqual({ raised: expect.any(Number), resolved: expect.any(Number) });
    expect(p.sweepOutput).toHaveLength(1);
    expect(JSON.parse(p.sweepOutput[0] ?? '{}')).toHaveProperty('_aws');

    const MAILROOM = 'postkamer-post@gemeente.example';
    const handler = letters.createLettersHandler(() =>
      letters.lettersRoot({ ...p.env, MAILROOM_EMAIL: MAILROOM }, { s3: p.s3.client, ses: p.ses.client, dynamo: p.dynamo.db }),
    );
    const batch = await handler(scheduledEvent('postkamer-letters'), lambdaContext('postkamer-letters'));
    expect(batch).toMatchObject({ letters: 1, mailed: true });
    expect(await drawnInDejaVu(await object(batch.key ?? ''))).toBe(true);
    const mails = (await p.ses.emails()).filter((m) => m.destination.to.includes(MAILROOM));
    expect(mails.map((m) => m.attachments.map((a) => a.contentType))).toEqual([['application/pdf']]);
    expect(await deadLetters()).toBe(0);
  });

  it('logged as the Lambdas log: ids and steps, no missing fonts, no personal data', () => {
    const text = logged.join('');
    expect(text).toContain('"step":"route"');
    expect(text).not.toContain('receipt fonts missing');
    for (const personal of ['123456782', '111222333', PIOTR_BSN, 'Vries', 'Amrani', 'Nowak', '@example.org', 'bijstandsuitkering'])
      expect(text).not.toContain(personal);
  });
});
