import { createServer } from 'node:http';
import {
  type Block,
  DetectDocumentTextCommand,
  GetDocumentTextDetectionCommand,
  type GetDocumentTextDetectionCommandOutput,
  ProvisionedThroughputExceededException,
  StartDocumentTextDetectionCommand,
  TextractClient,
} from '@aws-sdk/client-textract';
import { mockClient } from 'aws-sdk-client-mock';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { textractClient } from '../../functions/extract/handler.ts';
import { RateLimitedError, type RateLimiter } from '../../shared/adapters/aws/dynamo-token-bucket.ts';
import {
  clientRequestToken,
  ExtractionDeferredError,
  TextractExtractor,
  type TextractExtractorOptions,
  tiffPageCount,
} from '../../shared/adapters/aws/textract-extractor.ts';
import { UnusableInputError } from '../../shared/domain/errors.ts';

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

function extractor(overrides: Partial<TextractExtractorOptions> = {}) {
  return new TextractExtractor(client, {
    bucket: 'postkamer-documents',
    notification: { topicArn: 'arn:aws:sns:eu-west-1:123456789012:textract', roleArn: 'arn:aws:iam::123456789012:role/textract' },
    objects: { head: async () => ({ versionId: 'v3.Lp4aQ' }) },
    ...overrides,
  });
}

/** A PDF with these pages: a string is a page with that text in its text layer, null a page without one (a scan). */
async function makePdf(pages: (string | null)[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const text of pages) {
    const page = doc.addPage([595, 842]);
    if (text) page.drawText(text, { x: 50, y: 780, size: 12, font });
    else page.drawRectangle({ x: 50, y: 50, width: 495, height: 742, borderWidth: 1 });
  }
  return doc.save();
}

const throttled = () =>
  new ProvisionedThroughputExceededException({ message: 'Provisioned rate exceeded', $metadata: { httpStatusCode: 400 } });

beforeEach(() => {
  textract.reset();
});

describe('TextractExtractor', () => {
  it('reads a single-page scan synchronously with DetectDocumentText on the stored object (never inline bytes), one line per LINE', async () => {
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
    expect(call?.args[0].input.Document).toEqual({ S3Object: { Bucket: 'postkamer-documents', Name: KEY, Version: 'v3.Lp4aQ' } });
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

  it('defers the work when Textract still throttles after the SDK has retried', async () => {
    textract.on(DetectDocumentTextCommand).rejects(throttled());
    const error = await extractor()
      .extract({ bytes: jpeg, mediaType: 'image/jpeg', objectKey: KEY })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ code: 'extract.throttled', bucket: 'textract:DetectDocumentText' });
    // The extractor adds no retries of its own: the SDK's standard mode did them.
    expect(textract.commandCalls(DetectDocumentTextCommand)).toHaveLength(1);
  });

  it('takes a token from the shared rate limiter, per operation, before every Textract call', async () => {
    const taken: string[] = [];
    const rateLimiter: RateLimiter = { take: async (bucket) => void taken.push(bucket) };
    textract.on(DetectDocumentTextCommand).resolves({ DocumentMetadata: { Pages: 1 }, Blocks: page(1, ['Aanmaning']) });
    textract.on(StartDocumentTextDetectionCommand).resolves({ JobId: 'job-r' });
    textract
      .on(GetDocumentTextDetectionCommand)
      .resolves({ JobStatus: 'SUCCEEDED', DocumentMetadata: { Pages: 1 }, Blocks: page(1, ['x y']) });
    await extractor({ rateLimiter }).extract({ bytes: jpeg, mediaType: 'image/jpeg', objectKey: KEY });
    await extractor({ rateLimiter })
      .extract({ bytes: pdf, mediaType: 'application/pdf', objectKey: KEY })
      .catch(() => {});
    await extractor({ rateLimiter }).forJob('job-r').extract({ bytes: pdf, mediaType: 'application/pdf', objectKey: KEY });
    expect(taken).toEqual(['textract:DetectDocumentText', 'textract:StartDocumentTextDetection', 'textract:GetDocumentTextDetection']);
  });

  it('makes no Textract call when the shared rate is used up', async () => {
    const rateLimiter: RateLimiter = {
      take: async (bucket) => {
        throw new RateLimitedError(bucket, 10_000);
      },
    };
    await expect(extractor({ rateLimiter }).extract({ bytes: jpeg, mediaType: 'image/jpeg', objectKey: KEY })).rejects.toBeInstanceOf(
      RateLimitedError,
    );
    expect(textract.commandCalls(DetectDocumentTextCommand)).toHaveLength(0);
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

describe('TextractExtractor: what goes where', () => {
  it('sends a JPEG over 10 MB nowhere: a clear rejection (Textract takes images up to 10 MB)', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(jpeg);
    await expect(extractor().extract({ bytes: big, mediaType: 'image/jpeg', objectKey: KEY })).rejects.toMatchObject({
      code: 'extract.image-too-large',
    });
    expect(textract.calls()).toHaveLength(0);
  });

  it('sends a one-page TIFF over 10 MB to the asynchronous job, which takes TIFFs up to 500 MB', async () => {
    textract.on(StartDocumentTextDetectionCommand).resolves({ JobId: 'job-big-tiff' });
    const big = new Uint8Array(11 * 1024 * 1024);
    big.set(tiff(1));
    await expect(extractor().extract({ bytes: big, mediaType: 'image/tiff', objectKey: KEY })).rejects.toEqual(
      new ExtractionDeferredError('job-big-tiff'),
    );
    expect(textract.commandCalls(DetectDocumentTextCommand)).toHaveLength(0);
  });

  it('reads a born-digital PDF from its text layer, without any Textract call', async () => {
    const letter = await makePdf(['Bezwaarschrift tegen het besluit van 3 maart', 'Hoogachtend, de heer Jansen uit Voorbeeld']);
    const result = await extractor().extract({ bytes: letter, mediaType: 'application/pdf', objectKey: KEY });
    expect(result).toEqual({
      mediaType: 'application/pdf',
      engine: 'text-layer',
      pages: [
        { page: 1, text: 'Bezwaarschrift tegen het besluit van 3 maart', source: 'text-layer' },
        { page: 2, text: 'Hoogachtend, de heer Jansen uit Voorbeeld', source: 'text-layer' },
      ],
    });
    expect(textract.calls()).toHaveLength(0);
  });

  it('sends a PDF with a scanned page to Textract, and keeps the text layer of the pages that have one', async () => {
    const mixed = await makePdf(['Wijzigingsformulier inkomsten over de maand mei', null]);
    textract.on(StartDocumentTextDetectionCommand).resolves({ JobId: 'job-mixed' });
    await expect(extractor().extract({ bytes: mixed, mediaType: 'application/pdf', objectKey: KEY })).rejects.toEqual(
      new ExtractionDeferredError('job-mixed'),
    );
    textract.on(GetDocumentTextDetectionCommand).resolves({
      JobStatus: 'SUCCEEDED',
      DocumentMetadata: { Pages: 2 },
      Blocks: [...page(1, ['Wijzigingsformu1ier inkomsten']), ...page(2, ['Loonstrook mei 2026'], 95)],
    });
    const result = await extractor().forJob('job-mixed').extract({ bytes: mixed, mediaType: 'application/pdf', objectKey: KEY });
    expect(result.pages).toEqual([
      { page: 1, text: 'Wijzigingsformulier inkomsten over de maand mei', source: 'text-layer' },
      { page: 2, text: 'Loonstrook mei 2026', source: 'ocr', ocrConfidence: 95, rotation: 0 },
    ]);
  });

  it('refuses a PDF over the page cap before any Textract call, and a job whose result has too many pages', async () => {
    const three = await makePdf([null, null, null]);
    await expect(extractor({ maxPages: 2 }).extract({ bytes: three, mediaType: 'application/pdf', objectKey: KEY })).rejects.toMatchObject({
      code: 'extract.too-many-pages',
      message: expect.stringMatching(/3 pages; the limit is 2/),
    });
    expect(textract.calls()).toHaveLength(0);
    textract
      .on(GetDocumentTextDetectionCommand)
      .resolves({ JobStatus: 'SUCCEEDED', DocumentMetadata: { Pages: 3 }, Blocks: page(1, ['a b']) });
    await expect(
      extractor({ maxPages: 2 }).forJob('job-3p').extract({ bytes: pdf, mediaType: 'application/pdf', objectKey: KEY }),
    ).rejects.toBeInstanceOf(UnusableInputError);
  });
});

describe('TextractExtractor: a 3,000-page job', () => {
  const PAGES = 3000;
  const LINES = 25;
  /** Textract's results for a dense 3,000-page job, answered 1,000 blocks at a time as Textract does. */
  function answer(nextToken: string | undefined): GetDocumentTextDetectionCommandOutput {
    const blocksPerPage = 1 + LINES * 4; // PAGE + LINE + three WORDs
    const start = nextToken ? Number(nextToken) : 0;
    const total = PAGES * blocksPerPage;
    const blocks: Block[] = [];
    for (let i = start; i < Math.min(total, start + 1000); i++) {
      const n = Math.floor(i / blocksPerPage) + 1;
      const within = i % blocksPerPage;
      if (within === 0) blocks.push({ BlockType: 'PAGE', Id: `p${n}`, Page: n, Geometry: geometry });
      else if ((within - 1) % 4 === 0) {
        const line = (within - 1) / 4 + 1;
        blocks.push({ BlockType: 'LINE', Id: `l${i}`, Page: n, Text: `pagina ${n} regel ${line}`, Confidence: 97, Geometry: geometry });
      } else blocks.push({ BlockType: 'WORD', Id: `w${i}`, Page: n, Text: 'woord', Confidence: 97, Geometry: geometry });
    }
    const next = start + 1000 < total ? String(start + 1000) : undefined;
    return { $metadata: {}, JobStatus: 'SUCCEEDED', DocumentMetadata: { Pages: PAGES }, Blocks: blocks, NextToken: next };
  }

  it('folds the results into text per page as they come, holding one response of blocks at a time', async () => {
    textract.on(GetDocumentTextDetectionCommand).callsFake((input: { NextToken?: string }) => answer(input.NextToken));
    const reader = extractor({ maxPages: PAGES });
    const result = await reader.forJob('job-3000').extract({ bytes: pdf, mediaType: 'application/pdf', objectKey: KEY });
    expect(result.pages).toHaveLength(PAGES);
    expect(result.pages[2999]).toMatchObject({ page: 3000, source: 'ocr', ocrConfidence: 97 });
    expect(result.pages[2999]?.text.split('\n')).toHaveLength(LINES);
    expect(result.pages[1234]?.text.split('\n')[0]).toBe('pagina 1235 regel 1');
    const calls = textract.commandCalls(GetDocumentTextDetectionCommand).length;
    expect(calls).toBe(Math.ceil((PAGES * (1 + LINES * 4)) / 1000));
    // 303,000 blocks went through; never more than one response's 1,000 at once.
    expect(reader.maxBlocksHeld).toBe(1000);
  });
});

describe('the Textract client the Lambdas build', () => {
  let server: ReturnType<typeof createServer>;
  let requests = 0;
  let failFirst = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        requests++;
        if (requests <= failFirst) {
          res.writeHead(503, { 'content-type': 'application/x-amz-json-1.1' });
          res.end(JSON.stringify({ __type: 'InternalServerError', message: 'try again' }));
          return;
        }
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
        res.end(JSON.stringify({ DocumentMetadata: { Pages: 1 }, Blocks: page(1, ['Jaaropgave 2025']) }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('retries a 5xx with the SDK standard retry mode, so a passing failure costs no trip through the queue', async () => {
    const { port } = server.address() as { port: number };
    const real = textractClient({
      endpoint: `http://127.0.0.1:${port}`,
      region: 'eu-west-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
    requests = 0;
    failFirst = 2;
    const reader = new TextractExtractor(real, {
      bucket: 'postkamer-documents',
      notification: { topicArn: 'arn:aws:sns:eu-west-1:123456789012:textract', roleArn: 'arn:aws:iam::123456789012:role/textract' },
      objects: { head: async () => ({ versionId: null }) },
    });
    const result = await reader.extract({ bytes: jpeg, mediaType: 'image/jpeg', objectKey: KEY });
    expect(result.pages[0]?.text).toBe('Jaaropgave 2025');
    expect(requests).toBe(3);
    expect(await real.config.retryStrategy()).toMatchObject({ mode: 'standard' });
    real.destroy();
  });
});
