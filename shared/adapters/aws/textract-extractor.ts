import { createHash } from 'node:crypto';
import {
  type Block,
  DetectDocumentTextCommand,
  GetDocumentTextDetectionCommand,
  StartDocumentTextDetectionCommand,
  type TextractClient,
} from '@aws-sdk/client-textract';
import type { PageText } from '../../domain/document.ts';
import { PostkamerError, TransientError, UnusableInputError } from '../../domain/errors.ts';
import { sniffMediaType } from '../../domain/sniff.ts';
import type { ExtractionResult, Logger, TextExtractor } from '../../ports.ts';
import { tooManyPages } from '../local/ocr/page-source.ts';
import { MIN_TEXT_LAYER_LETTERS, openTextLayer, type PdfTextLayer } from '../pdf-text-layer.ts';
import { RateLimitedError, type RateLimiter } from './dynamo-token-bucket.ts';
import { sha256OfOriginalKey } from './s3-object-store.ts';

/**
 * Text per page with Amazon Textract, for what has no text layer.
 *
 * - A PDF whose every page has a usable text layer (the embedded reader's rule, pdf-text-layer.ts)
 *   is read from it: no Textract call, no cost.
 * - JPEG and PNG up to 10 MB, and one-page TIFFs up to 10 MB: `DetectDocumentText` on the stored
 *   original as an S3 object (Textract's set quota for synchronous calls: 10 MB, one page), never
 *   the bytes inline (5 MB).
 * - Scanned (or partly scanned) PDFs and multi-page or larger TIFFs: `StartDocumentTextDetection`
 *   on the stored original; Textract notifies an SNS topic when done. `extract` then throws
 *   `ExtractionDeferredError` (the step is paused, not failed), and the completion handler runs the
 *   same step again with `forJob(jobId)`, which pages the results with `GetDocumentTextDetection`.
 *   Each result page (up to 1,000 blocks) is folded into text per page and dropped before the next
 *   is fetched, so memory holds one response's blocks and the text, never all blocks of a
 *   3,000-page job. Pages with a usable text layer keep it; the others take Textract's text.
 * - More pages than `maxPages` (Textract's own limit is 3,000): rejected with a reason, before any
 *   Textract call where the page count is known.
 *
 * The job is idempotent: its `ClientRequestToken` is derived from the object key and version, so a
 * redelivered message gets the same job back instead of paying for a second one. The `JobTag` is the
 * original's SHA-256, which is how the completion finds the document again.
 *
 * Retries of throttling and 5xx are the SDK's (standard mode: exponential backoff with jitter; see
 * `textractClient` in functions/extract/handler.ts). Every call first takes a token from the shared
 * `rateLimiter` (one bucket per Textract operation, shared by all Lambda instances); a bucket that
 * stays empty, or throttling that outlasts the SDK's retries, ends in `RateLimitedError`, which the
 * handler turns into a short deferral of the message. Every call carries the caller's AbortSignal.
 */
export interface TextractExtractorOptions {
  /** The bucket that holds the originals (the ObjectStore's). */
  bucket: string;
  /** Where Textract reports that an asynchronous job finished. */
  notification: { topicArn: string; roleArn: string };
  /** Looks up the stored original's current version (its ClientRequestToken and the exact bytes Textract reads). */
  objects: { head(key: string): Promise<{ versionId: string | null } | undefined> };
  /** The TPS limit shared by all callers. @default none (the SDK's retries only) */
  rateLimiter?: RateLimiter;
  logger?: Logger;
  /** Largest single-page image sent to DetectDocumentText, in bytes (Textract's synchronous limit). @default 10 MiB */
  maxSyncBytes?: number;
  /** Pages a file may have (MAX_PAGES). @default 3000, Textract's limit for an asynchronous job */
  maxPages?: number;
  /** Letters a PDF page's text layer needs to be used instead of Textract. @default 20, as embedded */
  minTextLayerLetters?: number;
}

/** Not a failure: an asynchronous Textract job is running and its completion continues the step. */
export class ExtractionDeferredError extends PostkamerError {
  constructor(readonly jobId: string) {
    super('extract.deferred', `text detection job ${jobId} is running; its completion continues the step`);
  }
}

export const TEXTRACT_THROTTLING = new Set(['ProvisionedThroughputExceededException', 'ThrottlingException', 'LimitExceededException']);

const SYNC_IMAGES = new Set(['image/jpeg', 'image/png']);
const MIB = 1024 * 1024;
/** Textract's limits (Set Quotas in Amazon Textract): synchronous 10 MB, one page; asynchronous JPEG/PNG 10 MB, PDF/TIFF 500 MB. */
const ASYNC_MAX_BYTES = 500 * MIB;
const ENGINE = 'textract';
type Operation = 'DetectDocumentText' | 'StartDocumentTextDetection' | 'GetDocumentTextDetection';

export class TextractExtractor implements TextExtractor {
  /** Most Textract blocks held at once while paging a job (one response's): what bounds memory. */
  maxBlocksHeld = 0;
  private readonly maxPages: number;

  constructor(
    private readonly textract: TextractClient,
    private readonly options: TextractExtractorOptions,
  ) {
    this.maxPages = options.maxPages ?? 3000;
  }

  async extract(input: { bytes: Uint8Array; mediaType: string; objectKey: string; signal?: AbortSignal }): Promise<ExtractionResult> {
    const { bytes, objectKey, signal } = input;
    if (bytes.byteLength === 0)
      throw new UnusableInputError('extract.empty', 'The file is empty (0 bytes). Scan the document again.', {
        nl: 'Het bestand is leeg (0 bytes). Scan het document opnieuw.',
      });
    // The bytes decide, not the recorded type.
    const mediaType = sniffMediaType(bytes, objectKey).mediaType ?? input.mediaType;
    if (mediaType === 'application/pdf') {
      const textLayer = await this.textLayerOnly(bytes, signal);
      if (textLayer) return { mediaType, pages: textLayer, engine: 'text-layer' };
      return this.startJob(bytes.byteLength, objectKey, signal);
    }
    if (SYNC_IMAGES.has(mediaType)) {
      if (bytes.byteLength > this.maxSyncBytes) throw imageTooLarge(this.maxSyncBytes);
      return this.detect(mediaType, objectKey, signal);
    }
    if (mediaType === 'image/tiff') {
      const pages = tiffPageCount(bytes);
      if (pages > this.maxPages) throw tooManyPages(pages, this.maxPages);
      if (pages <= 1 && bytes.byteLength <= this.maxSyncBytes) return this.detect(mediaType, objectKey, signal);
      return this.startJob(bytes.byteLength, objectKey, signal);
    }
    throw new UnusableInputError(
      'extract.unsupported-by-ocr-service',
      `The text recognition service cannot read this type of file (${mediaType}). Save the scan as PDF, JPEG or PNG and upload it again.`,
      {
        nl: `De tekstherkenning kan dit soort bestand niet lezen (${mediaType}). Sla de scan op als PDF, JPEG of PNG en stuur hem opnieuw.`,
      },
    );
  }

  /** An extractor for one finished job: pages its results (the completion handler's view). */
  forJob(jobId: string): TextExtractor {
    return {
      extract: async (input) => {
        const mediaType = sniffMediaType(input.bytes, input.objectKey).mediaType ?? input.mediaType;
        const textLayer = mediaType === 'application/pdf' ? await this.openTextLayer(input.bytes).catch(() => undefined) : undefined;
        try {
          return { mediaType, pages: await this.collect(jobId, textLayer, input.signal), engine: ENGINE };
        } finally {
          await textLayer?.close();
        }
      },
    };
  }

  private get maxSyncBytes() {
    return this.options.maxSyncBytes ?? 10 * MIB;
  }

  /**
   * The PDF's pages from its text layer when every page has a usable one; undefined when a page
   * needs OCR (it stops at the first such page) or pdfjs cannot open the file (Textract decides).
   */
  private async textLayerOnly(bytes: Uint8Array, signal?: AbortSignal): Promise<PageText[] | undefined> {
    let doc: PdfTextLayer;
    try {
      doc = await this.openTextLayer(bytes);
    } catch (error) {
      if ((error as { name?: string })?.name === 'PasswordException') throw encrypted(error);
      this.options.logger?.warn('pdf text layer not readable; text recognition decides', { error: (error as Error).name });
      return undefined;
    }
    try {
      if (doc.pageCount > this.maxPages) throw tooManyPages(doc.pageCount, this.maxPages);
      const pages: PageText[] = [];
      for (let n = 1; n <= doc.pageCount; n++) {
        signal?.throwIfAborted();
        const text = await doc.usableText(n).catch(() => undefined);
        if (text === undefined) return undefined;
        pages.push({ page: n, text, source: 'text-layer' });
      }
      return pages;
    } finally {
      await doc.close();
    }
  }

  private openTextLayer(bytes: Uint8Array): Promise<PdfTextLayer> {
    return openTextLayer(bytes, { minLetters: this.options.minTextLayerLetters ?? MIN_TEXT_LAYER_LETTERS });
  }

  private async detect(mediaType: string, objectKey: string, signal?: AbortSignal): Promise<ExtractionResult> {
    const res = await this.call(
      'DetectDocumentText',
      async () =>
        this.textract.send(new DetectDocumentTextCommand({ Document: { S3Object: await this.s3Object(objectKey) } }), {
          abortSignal: signal,
        }),
      signal,
    );
    const pages = new PageFolder();
    pages.add(res.Blocks ?? []);
    return { mediaType, pages: pages.finish(res.DocumentMetadata?.Pages ?? 1), engine: ENGINE };
  }

  private async startJob(size: number, objectKey: string, signal?: AbortSignal): Promise<never> {
    if (size > ASYNC_MAX_BYTES) throw fileTooLarge();
    const sha256 = sha256OfOriginalKey(objectKey);
    if (!sha256) throw new Error(`not a content-addressed original: ${objectKey}`);
    const s3Object = await this.s3Object(objectKey);
    const res = await this.call(
      'StartDocumentTextDetection',
      () =>
        this.textract.send(
          new StartDocumentTextDetectionCommand({
            DocumentLocation: { S3Object: s3Object },
            ClientRequestToken: clientRequestToken(objectKey, s3Object.Version ?? null),
            JobTag: sha256,
            NotificationChannel: { SNSTopicArn: this.options.notification.topicArn, RoleArn: this.options.notification.roleArn },
          }),
          { abortSignal: signal },
        ),
      signal,
    );
    if (!res.JobId) throw new TransientError('extract.no-job', 'Textract started no job');
    this.options.logger?.info('textract job started', { jobId: res.JobId });
    throw new ExtractionDeferredError(res.JobId);
  }

  /** The stored original, at its current version: the exact bytes the ledger fingerprinted. */
  private async s3Object(objectKey: string) {
    const head = await this.options.objects.head(objectKey);
    if (!head) throw new TransientError('extract.original-missing', `the original ${objectKey} is not (yet) in the bucket`);
    return { Bucket: this.options.bucket, Name: objectKey, ...(head.versionId ? { Version: head.versionId } : {}) };
  }

  /** Pages the job's results, one response at a time, into text per page. */
  private async collect(jobId: string, textLayer: PdfTextLayer | undefined, signal?: AbortSignal): Promise<PageText[]> {
    const folder = new PageFolder();
    let pageCount: number | undefined;
    let nextToken: string | undefined;
    do {
      const token = nextToken;
      const res = await this.call(
        'GetDocumentTextDetection',
        () =>
          this.textract.send(new GetDocumentTextDetectionCommand({ JobId: jobId, MaxResults: 1000, NextToken: token }), {
            abortSignal: signal,
          }),
        signal,
      );
      if (res.JobStatus === 'IN_PROGRESS') throw new TransientError('extract.job-in-progress', `Textract job ${jobId} has not finished`);
      if (res.JobStatus === 'FAILED')
        throw new UnusableInputError(
          'extract.ocr-failed',
          `The text recognition service could not read this file (${res.StatusMessage ?? 'no reason given'}). Check that it is not password-protected or damaged, and upload it again as PDF or JPEG.`,
          {
            nl: 'De tekstherkenning kon dit bestand niet lezen. Kijk of het niet met een wachtwoord beveiligd of beschadigd is, en stuur het opnieuw als PDF of JPEG.',
          },
        );
      if (res.JobStatus === 'PARTIAL_SUCCESS' && token === undefined)
        this.options.logger?.warn('textract partial success', { jobId, warnings: res.Warnings?.length ?? 0 });
      pageCount ??= res.DocumentMetadata?.Pages;
      // Known from the first response: a file over the cap is refused before its results are read.
      if (pageCount !== undefined && pageCount > this.maxPages) throw tooManyPages(pageCount, this.maxPages);
      const blocks = res.Blocks ?? [];
      this.maxBlocksHeld = Math.max(this.maxBlocksHeld, blocks.length);
      folder.add(blocks);
      if (folder.pageCount > this.maxPages) throw tooManyPages(folder.pageCount, this.maxPages);
      nextToken = res.NextToken;
    } while (nextToken);
    const pages = folder.finish(pageCount ?? 1);
    if (!textLayer) return pages;
    // A partly scanned PDF: the pages that have a usable text layer keep it, exact where OCR guesses.
    for (const [i, page] of pages.entries()) {
      signal?.throwIfAborted();
      const text = page.page <= textLayer.pageCount ? await textLayer.usableText(page.page).catch(() => undefined) : undefined;
      if (text !== undefined) pages[i] = { page: page.page, text, source: 'text-layer' };
    }
    return pages;
  }

  private async call<T>(operation: Operation, send: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.options.rateLimiter?.take(`textract:${operation}`, signal);
    try {
      return await send();
    } catch (error) {
      // The SDK has retried with backoff already: the rate is set above the account's quota, or others share it.
      if (isThrottling(error)) throw new RateLimitedError(`textract:${operation}`, 0, 'extract.throttled', { cause: error });
      throw unusable(error) ?? error;
    }
  }
}

/**
 * Text per page, folded from Textract's blocks as they arrive: only LINE text and a running
 * confidence are kept, every block is dropped once read.
 */
class PageFolder {
  private readonly pages = new Map<number, { lines: string[]; confidence: number }>();
  pageCount = 0;

  add(blocks: readonly Block[]): void {
    for (const block of blocks) {
      const n = block.Page ?? 1;
      if (n > this.pageCount) this.pageCount = n;
      if (block.BlockType !== 'LINE' || !block.Text) continue;
      const page = this.pages.get(n) ?? { lines: [], confidence: 0 };
      this.pages.set(n, page);
      page.lines.push(block.Text);
      page.confidence += block.Confidence ?? 0;
    }
  }

  finish(reportedPages: number): PageText[] {
    const count = Math.max(reportedPages, this.pageCount);
    const pages: PageText[] = Array.from({ length: count }, (_, i) => {
      const page = this.pages.get(i + 1);
      if (!page || page.lines.length === 0) return { page: i + 1, text: '', source: 'ocr', blank: true };
      return {
        page: i + 1,
        text: page.lines.join('\n'),
        source: 'ocr',
        ocrConfidence: Math.round((page.confidence / page.lines.length) * 10) / 10,
        rotation: 0,
      };
    });
    if (pages.every((p) => p.blank))
      throw new UnusableInputError(
        'extract.empty',
        'Every page of the scan is blank. Check that the paper lies face down on the scanner glass and scan it again.',
        {
          nl: 'Alle pagina’s van de scan zijn leeg. Kijk of het papier met de tekst naar beneden op de glasplaat ligt en scan het opnieuw.',
        },
      );
    return pages;
  }
}

const imageTooLarge = (max: number) =>
  new UnusableInputError(
    'extract.image-too-large',
    `The image is larger than ${Math.round(max / MIB)} MB, more than text recognition accepts for one image. Scan it at 300 dpi, or as a PDF, and upload it again.`,
    {
      nl: `De afbeelding is groter dan ${Math.round(max / MIB)} MB, meer dan de tekstherkenning voor één afbeelding aanneemt. Scan hem met 300 dpi, of als PDF, en stuur hem opnieuw.`,
    },
  );

const fileTooLarge = () =>
  new UnusableInputError(
    'extract.file-too-large',
    'The file is larger than 500 MB, more than text recognition accepts. Split it into smaller files and upload them again.',
    {
      nl: 'Het bestand is groter dan 500 MB, meer dan de tekstherkenning aanneemt. Verdeel het over kleinere bestanden en stuur die opnieuw.',
    },
  );

const encrypted = (cause: unknown) =>
  new UnusableInputError(
    'extract.encrypted',
    'The PDF is protected with a password, so we cannot read it. Send it again without a password, or print it and scan the paper.',
    {
      cause,
      nl: 'De PDF is beveiligd met een wachtwoord, daarom kunnen wij hem niet lezen. Stuur hem opnieuw zonder wachtwoord, of print hem en scan het papier.',
    },
  );

/** Textract's idempotency token: `[a-zA-Z0-9-_]{1,64}`, from the object key and version (hashed when longer). */
export function clientRequestToken(objectKey: string, versionId: string | null): string {
  const raw = `${objectKey}-${versionId ?? 'null'}`.replace(/[^a-zA-Z0-9_-]/g, '-');
  if (raw.length <= 64) return raw;
  const digest = createHash('sha256')
    .update(`${objectKey}\n${versionId ?? ''}`)
    .digest('base64url'); // 43 chars
  return `${raw.slice(0, 20)}-${digest}`;
}

export function isThrottling(error: unknown): boolean {
  return TEXTRACT_THROTTLING.has((error as { name?: string })?.name ?? '');
}

/** Errors that say the document itself cannot be read, as a rejection the submitter can act on. */
function unusable(error: unknown): UnusableInputError | undefined {
  const name = (error as { name?: string })?.name;
  const reasons: Record<string, readonly [en: string, nl: string]> = {
    UnsupportedDocumentException: [
      'The text recognition service does not support this file. Save it as PDF, JPEG or PNG and upload it again.',
      'De tekstherkenning kan dit bestand niet lezen. Sla het op als PDF, JPEG of PNG en stuur het opnieuw.',
    ],
    BadDocumentException: [
      'The file is damaged or password-protected and cannot be read. Scan the paper again, or remove the password, and upload it again.',
      'Het bestand is beschadigd of beveiligd met een wachtwoord en is niet te lezen. Scan het papier opnieuw, of haal het wachtwoord weg, en stuur het opnieuw.',
    ],
    DocumentTooLargeException: [
      'The file is too large for text recognition. Split it into smaller files and upload them again.',
      'Het bestand is te groot voor de tekstherkenning. Verdeel het over kleinere bestanden en stuur die opnieuw.',
    ],
  };
  const reason = name ? reasons[name] : undefined;
  return reason ? new UnusableInputError(`extract.${name}`, reason[0], { cause: error, nl: reason[1] }) : undefined;
}

/** Pages (image file directories) in a TIFF; 0 when the bytes are not a readable TIFF. */
export function tiffPageCount(bytes: Uint8Array): number {
  if (bytes.byteLength < 8) return 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const little = bytes[0] === 0x49 && bytes[1] === 0x49;
  if (!little && !(bytes[0] === 0x4d && bytes[1] === 0x4d)) return 0;
  if (view.getUint16(2, little) !== 42) return 0; // BigTIFF (43) is not a scanner format
  let offset = view.getUint32(4, little);
  let pages = 0;
  const seen = new Set<number>();
  while (offset !== 0 && offset + 2 <= bytes.byteLength && !seen.has(offset) && pages < 10_000) {
    seen.add(offset);
    pages++;
    const entries = view.getUint16(offset, little);
    const next = offset + 2 + entries * 12;
    if (next + 4 > bytes.byteLength) break;
    offset = view.getUint32(next, little);
  }
  return pages;
}
