import {
  type Block,
  DetectDocumentTextCommand,
  GetDocumentTextDetectionCommand,
  ProvisionedThroughputExceededException,
  StartDocumentTextDetectionCommand,
  TextractClient,
  ThrottlingException,
} from '@aws-sdk/client-textract';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  clientRequestToken,
  ExtractionDeferredError,
  TextractExtractor,
  type TextractExtractorOptions,
  tiffPageCount,
} from '../../shared/adapters/aws/textract-extractor.ts';
import { TransientError, UnusableInputError } from '../../shared/domain/errors.ts';

/**
 * Textract has no local server: the client instance is mocked with aws-sdk-client-mock and answers
 * with responses shaped like recorded ones (PAGE, LINE and WORD blocks, geometry, confidence).
 */
const client = new TextractClient({ region: 'eu-west-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' }, maxAttempts: 1 });
const textract = mockClient(client);
const SHA = 'ab'.repeat(32);
const KEY = `originals/ab/ab/${SHA}`;

const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, ...new Array(64).fill(0)]);
const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const webp = new Uint8Array([
  ...new TextEncoder().encode('RIFF'),
  0x24,
  0,
  0,
  0,
  ...new TextEncoder().encode('WEBPVP8 '),
  ...new Array(32).fill(0),
]);

/** A little-endian TIFF with `pages` image file directories of one entry each. */
function tiff(pages: number): Uint8Array {
  const bytes = new Uint8Array(8 + pages * 18);
  const view = new DataView(bytes.buffer);
  bytes.set([0x49, 0x49]);
  view.setUint16(2, 42, true);
  view.setUint32(4, 8, true);
  for (let i = 0; i < pages; i++) {
    const at = 8 + i * 18;
    view.setUint16(at, 1, true); // one entry
    view.setUint16(at + 2, 256, true); // ImageWidth
    view.setUint32(at + 14, i + 1 < pages ? at + 18 : 0, true);
  }
  return bytes;
}

const geometry = { BoundingBox: { Width: 0.4, Height: 0.02, Left: 0.1, Top: 0.1 }, Polygon: [] };
let blockId = 0;
function page(n: number, lines: string[], confidence = 98.7): Block[] {
  const pageId = `page-${n}-${blockId++}`;
  const lineBlocks: Block[] = lines.map((text) => ({
    BlockType: 'LINE',
    Id: `line-${blockId++}`,
    Text: text,
    Confidence: confidence,
    Geometry: geometry,
    Page: n,
    Relationships: [{ Type: 'CHILD', Ids: [] }],
  }));
  const words: Block[] = lines.flatMap((text) =>
    text.split(' ').map((w) => ({
      BlockType: 'WORD',
      Id: `word-${blockId++}`,
      Text: w,
      TextType: 'PRINTED',
      Confidence: confidence,
      Geometry: geometry,
      Page: n,
    })),
  );
  return [
    {
      BlockType: 'PAGE',
      Id: pageId,
      Geometry: geometry,
      Page: n,
      Relationships: [{ Type: 'CHILD', Ids: lineBlocks.map((b) => b.Id ?? '') }],
    },
    ...lineBlocks,
    ...words,
  ];
}

const sleeps: number[] = [];
function extractor(overrides: Partial<TextractExtractorOptions> = {}) {
  return new TextractExtractor(client, {
    bucket: 'postkamer-documents',
    notification: { topicArn: 'arn:aws:sns:eu-west-1:123456789012:textract', roleArn: 'arn:aws:iam::123456789012:role/textract' },
    objects: { head: async () => ({ versionId: 'v3.Lp4aQ' }) },
    retry: {
      random: () => 0.5,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    },
    ...overrides,
  });
}

const throttled = () =>
  new ProvisionedThroughputExceededException({ message: 'Provisioned rate exceeded', $metadata: { httpStatusCode: 400 } });

beforeEach(() => {
  textract.reset();
  sleeps.length = 0;
});

describe('TextractExtractor', () => {
  it('reads a single-page scan synchronously with DetectDocumentText, one line per Textract LINE', async () => {
    textract.on(DetectDocumentTextCommand).resolves({
      DocumentMetadata: { Pages: 1 },
      Blocks: page(1, ['Loonstrook oktober 2026', 'Burgerservicenummer 123456782'], 99.1).map(({ Page, ...b }) => b),
      DetectDocumentTextModelVersion: '1.0',
    });
    const signal = new AbortController().signal;
    const result = await extractor().extract({ bytes: jpeg, mediaType: 'image/jpeg', objectKey: KEY, signal });
    expect(result).toEqual({
      mediaType: 'image/jpeg',
      engine: 'textract',
      pages: [{ page: 1, text: 'Loonstrook oktober 2026\nBurgerservicenummer 123456782', source: 'ocr', ocrConfidence: 99.1, rotation: 0 }],
    });
    const [call] = textract.commandCalls(DetectDocumentTextCommand);
    expect(call?.args[0].input.Document?.Bytes).toEqual(jpeg);
    expect((call?.args as unknown[] | undefined)?.[1]).toEqual({ abortSignal: signal });
  });

  it('starts an asynchronous job for a PDF, idempotent per object version, and defers the step to its completion', async () => {
    textract.on(StartDocumentTextDetectionCommand).resolves({ JobId: 'job-1' });
    const run = () => extractor().extract({ bytes: pdf, mediaType: 'application/pdf', objectKey: KEY });
    await expect(run()).rejects.toEqual(new ExtractionDeferredError('job-1'));
    await expect(run()).rejects.toBeInstanceOf(ExtractionDeferredError);
    const [first, second] = textract.commandCalls(StartDocumentTextDetectionCommand).map((c) => c.args[0].input);
    expect(first).toEqual({
      DocumentLocation: { S3Object: { Bucket: 'postkamer-documents', Name: KEY, Version: 'v3.Lp4aQ' } },
      ClientRequestToken: clientRequestToken(KEY, 'v3.Lp4aQ'),
      JobTag: SHA,
      NotificationChannel: {
        SNSTopicArn: 'arn:aws:sns:eu-west-1:123456789012:textract',
        RoleArn: 'arn:aws:iam::123456789012:role/textract',
      },
    });
    expect(second?.ClientRequestToken).toBe(first?.ClientRequestToken);
  });

  it('sends a multi-page TIFF to the asynchronous job and a single-page TIFF to the synchronous call', async () => {
    expect(tiffPageCount(tiff(3))).toBe(3);
    expect(tiffPageCount(tiff(1))).toBe(1);
    textract.on(StartDocumentTextDetectionCommand).resolves({ JobId: 'job-tiff' });
    textract.on(DetectDocumentTextCommand).resolves({ DocumentMetadata: { Pages: 1 }, Blocks: page(1, ['Huurverhoging']) });
    await expect(extractor().extract({ bytes: tiff(3), mediaType: 'image/tiff', objectKey: KEY })).rejects.toBeInstanceOf(
      ExtractionDeferredError,
    );
    expect((await extractor().extract({ bytes: tiff(1), mediaType: 'image/tiff', objectKey: KEY })).pages[0]?.text).toBe('Huurverhoging');
  });

  it('pages a finished job with GetDocumentTextDetection into text per page, blank pages marked', async () => {
    textract
      .on(GetDocumentTextDetectionCommand, { JobId: 'job-2', NextToken: undefined })
      .resolves({
        JobStatus: 'SUCCEEDED',
        DocumentMetadata: { Pages: 3 },
        Blocks: page(1, ['Bezwaarschrift', 'Geachte heer, mevrouw,']),
        NextToken: 'page-2',
      })
      .on(GetDocumentTextDetectionCommand, { JobId: 'job-2', NextToken: 'page-2' })
      .resolves({ JobStatus: 'SUCCEEDED', DocumentMetadata: { Pages: 3 }, Blocks: page(3, ['Hoogachtend,'], 91.25) });
    const result = await extractor().forJob('job-2').extract({ bytes: pdf, mediaType: 'application/pdf', objectKey: KEY });
    expect(result.pages).toEqual([
      { page: 1, text: 'Bezwaarschrift\nGeachte heer, mevrouw,', source: 'ocr', ocrConfidence: 98.7, rotation: 0 },
      { page: 2, text: '', source: 'ocr', blank: true },
      { page: 3, text: 'Hoogachtend,', source: 'ocr', ocrConfidence: 91.3, rotation: 0 },
    ]);
    expect(textract.commandCalls(GetDocumentTextDetectionCommand)).toHaveLength(2);
  });

  it('retries throttling with exponential backoff and full jitter, then goes on', async () => {
    textract
      .on(GetDocumentTextDetectionCommand)
      .rejectsOnce(throttled())
      .rejectsOnce(new ThrottlingException({ message: 'Rate exceeded', $metadata: {} }))
      .rejectsOnce(throttled())
      .resolves({ JobStatus: 'SUCCEEDED', DocumentMetadata: { Pages: 1 }, Blocks: page(1, ['Aanmaning']) });
    const result = await extractor().forJob('job-3').extract({ bytes: pdf, mediaType: 'application/pdf', objectKey: KEY });
    expect(result.pages[0]?.text).toBe('Aanmaning');
    // random() = 0.5 of min(cap, 250 · 2^attempt)
    expect(sleeps).toEqual([125, 250, 500]);
  });

  it('gives up on lasting throttling with a transient error, so the queue retries the step later', async () => {
    textract.on(DetectDocumentTextCommand).rejects(throttled());
    const error = await extractor({ retry: { maxAttempts: 3, sleep: async (ms) => void sleeps.push(ms), random: () => 1 } })
      .extract({ bytes: jpeg, mediaType: 'image/jpeg', objectKey: KEY })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientError);
    expect(textract.commandCalls(DetectDocumentTextCommand)).toHaveLength(3);
    expect(sleeps).toEqual([250, 500]);
  });

  it('stops waiting for a retry when the invocation is aborted', async () => {
    textract.on(DetectDocumentTextCommand).rejects(throttled());
    const controller = new AbortController();
    const run = extractor({ retry: { baseMs: 60_000, random: () => 1 } }).extract({
      bytes: jpeg,
      mediaType: 'image/jpeg',
      objectKey: KEY,
      signal: controller.signal,
    });
    controller.abort(new Error('timeout'));
    await expect(run).rejects.toThrow();
    expect(textract.commandCalls(DetectDocumentTextCommand)).toHaveLength(1);
  });

  it('rejects what Textract cannot read with a reason the submitter can act on', async () => {
    textract.on(GetDocumentTextDetectionCommand).resolves({ JobStatus: 'FAILED', StatusMessage: 'UNSUPPORTED_DOCUMENT' });
    await expect(extractor().forJob('job-4').extract({ bytes: pdf, mediaType: 'application/pdf', objectKey: KEY })).rejects.toBeInstanceOf(
      UnusableInputError,
    );
    await expect(extractor().extract({ bytes: webp, mediaType: 'image/webp', objectKey: KEY })).rejects.toThrow(/PDF, JPEG or PNG/);
    textract.on(DetectDocumentTextCommand).resolves({ DocumentMetadata: { Pages: 1 }, Blocks: page(1, []) });
    await expect(extractor().extract({ bytes: jpeg, mediaType: 'image/jpeg', objectKey: KEY })).rejects.toThrow(/blank/);
  });

  it('derives a ClientRequestToken Textract accepts from any key and version', () => {
    expect(clientRequestToken('inbox/x.pdf', 'v1')).toBe('inbox-x-pdf-v1');
    const long = clientRequestToken(KEY, '3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY+MTRCxf3vjVBH40Nr8X8gdRQBpUMLUo');
    expect(long).toMatch(/^[a-zA-Z0-9_-]{1,64}$/);
    expect(long).toHaveLength(64);
    expect(clientRequestToken(KEY, 'other-version')).not.toBe(long);
  });
});
