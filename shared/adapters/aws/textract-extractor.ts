import { createHash } from 'node:crypto';
import {
  type Block,
  DetectDocumentTextCommand,
  type DocumentMetadata,
  GetDocumentTextDetectionCommand,
  StartDocumentTextDetectionCommand,
  type TextractClient,
} from '@aws-sdk/client-textract';
import type { PageText } from '../../domain/document.ts';
import { PostkamerError, TransientError, UnusableInputError } from '../../domain/errors.ts';
import { sniffMediaType } from '../../domain/sniff.ts';
import type { ExtractionResult, Logger, TextExtractor } from '../../ports.ts';
import { type BackoffOptions, withBackoff } from './backoff.ts';
import { sha256OfOriginalKey } from './s3-object-store.ts';

/**
 * Text per page with Amazon Textract.
 *
 * - Single-page images (JPEG, PNG, one-page TIFF): `DetectDocumentText` on the bytes, answered at once.
 * - PDFs and multi-page TIFFs: `StartDocumentTextDetection` on the stored original; Textract
 *   notifies an SNS topic when done. `extract` then throws `ExtractionDeferredError` (the step is not
 *   failed, only paused), and the completion handler runs the same extract step again with
 *   `forJob(jobId)`, which pages the results with `GetDocumentTextDetection`.
 *
 * The job is idempotent: its `ClientRequestToken` is derived from the object key and version, so a
 * redelivered message gets the same job back instead of paying for a second one. The `JobTag` is the
 * original's SHA-256, which is how the completion finds the document again.
 *
 * Throttling is retried here with exponential backoff and full jitter (the SDK client should be
 * built with `maxAttempts: 1` so retries do not multiply); anything else propagates to the step's
 * error boundary. Every call carries the caller's AbortSignal.
 */
export interface TextractExtractorOptions {
  /** The bucket that holds the originals (the ObjectStore's). */
  bucket: string;
  /** Where Textract reports that an asynchronous job finished. */
  notification: { topicArn: string; roleArn: string };
  /** Looks up the stored original's current version (its ClientRequestToken and the exact bytes Textract reads). */
  objects: { head(key: string): Promise<{ versionId: string | null } | undefined> };
  retry?: Partial<Omit<BackoffOptions, 'retryable'>>;
  logger?: Logger;
  /** Largest image sent to DetectDocumentText, in bytes (Textract's synchronous limit). @default 10 MiB */
  maxSyncBytes?: number;
}

/** Not a failure: an asynchronous Textract job is running and its completion continues the step. */
export class ExtractionDeferredError extends PostkamerError {
  constructor(readonly jobId: string) {
    super('extract.deferred', `text detection job ${jobId} is running; its completion continues the step`);
  }
}

export const TEXTRACT_THROTTLING = new Set(['ProvisionedThroughputExceededException', 'ThrottlingException', 'LimitExceededException']);

const SYNC_TYPES = new Set(['image/jpeg', 'image/png', 'image/tiff']);
const ASYNC_TYPES = new Set(['application/pdf', 'image/tiff']);
const ENGINE = 'textract';

export class TextractExtractor implements TextExtractor {
  private readonly backoff: BackoffOptions;

  constructor(
    private readonly textract: TextractClient,
    private readonly options: TextractExtractorOptions,
  ) {
    this.backoff = {
      maxAttempts: 6,
      baseMs: 250,
      capMs: 8_000,
      ...options.retry,
      retryable: isThrottling,
      onRetry: (info) => {
        options.retry?.onRetry?.(info);
        options.logger?.warn('textract throttled', { attempt: info.attempt, delayMs: info.delayMs, error: (info.error as Error).name });
      },
    };
  }

  async extract(input: { bytes: Uint8Array; mediaType: string; objectKey: string; signal?: AbortSignal }): Promise<ExtractionResult> {
    const { bytes, objectKey, signal } = input;
    if (bytes.byteLength === 0)
      throw new UnusableInputError('extract.empty', 'The file is empty (0 bytes). Scan the document again.', {
        nl: 'Het bestand is leeg (0 bytes). Scan het document opnieuw.',
      });
    // The bytes decide, not the recorded type.
    const mediaType = sniffMediaType(bytes, objectKey).mediaType ?? input.mediaType;
    const singlePage = mediaType !== 'application/pdf' && (mediaType !== 'image/tiff' || tiffPageCount(bytes) <= 1);
    if (SYNC_TYPES.has(mediaType) && singlePage) return this.detect(bytes, mediaType, signal);
    if (ASYNC_TYPES.has(mediaType)) throw new ExtractionDeferredError(await this.start(objectKey, signal));
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
        return this.collect(jobId, mediaType, input.signal);
      },
    };
  }

  private async detect(bytes: Uint8Array, mediaType: string, signal?: AbortSignal): Promise<ExtractionResult> {
    const max = this.options.maxSyncBytes ?? 10 * 1024 * 1024;
    if (bytes.byteLength > max)
      throw new UnusableInputError(
        'extract.image-too-large',
        `The image is larger than ${Math.round(max / 1024 / 1024)} MB, more than text recognition accepts for one image. Scan it at 300 dpi, or as a PDF, and upload it again.`,
        {
          nl: `De afbeelding is groter dan ${Math.round(max / 1024 / 1024)} MB, meer dan de tekstherkenning voor één afbeelding aanneemt. Scan hem met 300 dpi, of als PDF, en stuur hem opnieuw.`,
        },
      );
    const res = await this.call(
      () => this.textract.send(new DetectDocumentTextCommand({ Document: { Bytes: bytes } }), { abortSignal: signal }),
      signal,
    );
    return result(mediaType, res.DocumentMetadata, res.Blocks ?? []);
  }

  private async start(objectKey: string, signal?: AbortSignal): Promise<string> {
    const sha256 = sha256OfOriginalKey(objectKey);
    if (!sha256) throw new Error(`not a content-addressed original: ${objectKey}`);
    const head = await this.options.objects.head(objectKey);
    if (!head) throw new TransientError('extract.original-missing', `the original ${objectKey} is not (yet) in the bucket`);
    const res = await this.call(
      () =>
        this.textract.send(
          new StartDocumentTextDetectionCommand({
            DocumentLocation: { S3Object: { Bucket: this.options.bucket, Name: objectKey, Version: head.versionId ?? undefined } },
            ClientRequestToken: clientRequestToken(objectKey, head.versionId),
            JobTag: sha256,
            NotificationChannel: { SNSTopicArn: this.options.notification.topicArn, RoleArn: this.options.notification.roleArn },
          }),
          { abortSignal: signal },
        ),
      signal,
    );
    if (!res.JobId) throw new TransientError('extract.no-job', 'Textract started no job');
    this.options.logger?.info('textract job started', { jobId: res.JobId });
    return res.JobId;
  }

  private async collect(jobId: string, mediaType: string, signal?: AbortSignal): Promise<ExtractionResult> {
    const blocks: Block[] = [];
    let metadata: DocumentMetadata | undefined;
    let nextToken: string | undefined;
    do {
      const token = nextToken;
      const res = await this.call(
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
      if (res.JobStatus === 'PARTIAL_SUCCESS')
        this.options.logger?.warn('textract partial success', { jobId, warnings: res.Warnings?.length ?? 0 });
      metadata ??= res.DocumentMetadata;
      blocks.push(...(res.Blocks ?? []));
      nextToken = res.NextToken;
    } while (nextToken);
    return result(mediaType, metadata, blocks);
  }

  private async call<T>(send: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    try {
      return await withBackoff(send, this.backoff, signal);
    } catch (error) {
      if (isThrottling(error))
        throw new TransientError('extract.throttled', 'Textract kept throttling; the step is retried later', { cause: error });
      throw unusable(error) ?? error;
    }
  }
}

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

function result(mediaType: string, metadata: DocumentMetadata | undefined, blocks: readonly Block[]): ExtractionResult {
  const pageCount = Math.max(metadata?.Pages ?? 1, ...blocks.map((b) => b.Page ?? 1));
  const lines = new Map<number, Block[]>();
  for (const block of blocks) {
    if (block.BlockType !== 'LINE' || !block.Text) continue;
    const page = block.Page ?? 1;
    lines.set(page, [...(lines.get(page) ?? []), block]);
  }
  const pages: PageText[] = Array.from({ length: pageCount }, (_, i) => {
    const pageLines = lines.get(i + 1) ?? [];
    if (pageLines.length === 0) return { page: i + 1, text: '', source: 'ocr', blank: true };
    const confidence = pageLines.reduce((sum, b) => sum + (b.Confidence ?? 0), 0) / pageLines.length;
    return {
      page: i + 1,
      text: pageLines.map((b) => b.Text).join('\n'),
      source: 'ocr',
      ocrConfidence: Math.round(confidence * 10) / 10,
      rotation: 0,
    };
  });
  if (pages.every((p) => p.blank))
    throw new UnusableInputError(
      'extract.empty',
      'Every page of the scan is blank. Check that the paper lies face down on the scanner glass and scan it again.',
      { nl: 'Alle pagina’s van de scan zijn leeg. Kijk of het papier met de tekst naar beneden op de glasplaat ligt en scan het opnieuw.' },
    );
  return { mediaType, pages, engine: ENGINE };
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
