import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { ZodError } from 'zod';
import { errorLabel, UnusableInputError } from '../../domain/errors.ts';
import { errorFields } from './lambda-logger.ts';
import { ExtractionDeferredError } from './textract-extractor.ts';

/**
 * The one place where a step's outcome becomes an SQS outcome (STYLE habit 6):
 *
 * | what happened                          | SQS                                   | ledger                     |
 * |----------------------------------------|---------------------------------------|----------------------------|
 * | done                                   | deleted                               | (the use case wrote it)    |
 * | Textract job started (deferred)        | deleted; the completion continues     |                            |
 * | malformed message (zod)                | batch item failure → retries → DLQ    |                            |
 * | any other error, attempts left         | batch item failure → retried          |                            |
 * | any other error, last attempt          | batch item failure → DLQ              | document `failed`, alerted |
 * | input that can never be read           | deleted (retrying cannot help)        | document `failed`, alerted |
 *
 * Records of a batch run one after the other, so the correlation id (the document id) in the log
 * is always the record's own. A batch in which every record failed throws, so Lambda retries it
 * whole (Powertools' FullBatchFailureError).
 */
export interface SqsStep<M> {
  step: string;
  logger: PowertoolsLogger;
  /** Parses the record body (envelope and message) with zod; throws on anything else. */
  parse: (record: SQSRecord) => M;
  /** The document a message concerns (correlation id, dead letter); undefined before intake or when unknown. */
  documentId: (message: M) => string | undefined | Promise<string | undefined>;
  run: (message: M, signal: AbortSignal, documentId: string | undefined) => Promise<void>;
  /**
   * Marks a document whose step failed for good (the dead-letter use case, wired by the handler);
   * omitted where there is no document yet.
   */
  deadLetter?: { record: (d: StepDeadLetter) => Promise<void>; maxReceiveCount: number } | undefined;
}

/** What a dead letter records: ids, counts and an error name or code, never a message. */
export interface StepDeadLetter {
  step: string;
  documentId: string;
  attempts: number;
  error: string;
}

export async function processSqsStep<M>(
  event: SQSEvent,
  context: Context,
  signal: AbortSignal,
  step: SqsStep<M>,
): Promise<SQSBatchResponse> {
  const processor = new BatchProcessor(EventType.SQS);
  return processPartialResponse(event, (record: SQSRecord) => runRecord(record, signal, step), processor, {
    context,
    processInParallel: false,
  });
}

async function runRecord<M>(record: SQSRecord, signal: AbortSignal, s: SqsStep<M>): Promise<void> {
  const { logger } = s;
  const attempt = Number(record.attributes.ApproximateReceiveCount) || 1;
  let message: M;
  try {
    message = s.parse(record);
  } catch (error) {
    logger.error('malformed message', { messageId: record.messageId, attempt, ...issues(error) });
    throw error;
  }
  const started = performance.now();
  let documentId: string | undefined;
  try {
    documentId = await s.documentId(message);
    if (documentId) logger.setCorrelationId(documentId);
    await s.run(message, signal, documentId);
  } catch (error) {
    if (error instanceof ExtractionDeferredError) {
      logger.info('step deferred', { messageId: record.messageId, jobId: error.jobId });
      return;
    }
    const permanent = error instanceof UnusableInputError;
    const last = permanent || (s.deadLetter !== undefined && attempt >= s.deadLetter.maxReceiveCount);
    logger.warn('step failed', {
      messageId: record.messageId,
      attempt,
      last,
      durationMs: Math.round(performance.now() - started),
      ...errorFields(error),
    });
    if (last && documentId && s.deadLetter) await deadLetter(s, documentId, attempt, error);
    if (!permanent) throw error;
  } finally {
    logger.removeKeys(['correlation_id']);
  }
}

/** The document is `failed` (visible, swept) and operations are alerted, as the embedded worker does. */
async function deadLetter<M>(s: SqsStep<M>, documentId: string, attempts: number, error: unknown) {
  try {
    await s.deadLetter?.record({ step: s.step, documentId, attempts, error: errorLabel(error) });
  } catch (failure) {
    // The message still goes to the DLQ, whose depth alarm tells operations.
    s.logger.error('dead letter not recorded', errorFields(failure));
  }
}

function issues(error: unknown) {
  if (error instanceof ZodError)
    return { error: 'ZodError', issues: error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.code}`) };
  return errorFields(error);
}
