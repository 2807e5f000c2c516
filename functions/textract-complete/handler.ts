import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { lambdaHandler, once } from '../../shared/adapters/aws/lambda-handler.ts';
import { createLambdaLogger } from '../../shared/adapters/aws/lambda-logger.ts';
import { processSqsStep } from '../../shared/adapters/aws/step-boundary.ts';
import { systemClock } from '../../shared/adapters/clock.ts';
import { recordDeadLetter } from '../dead-letter/dead-letter.ts';
import { extract } from '../extract/extract.ts';
import { deferringOnRateLimit, type ExtractClients, type ExtractRoot, extractRoot } from '../extract/handler.ts';
import { textractCompletionSchema } from './schema.ts';

/**
 * The second half of an asynchronous extraction: Textract → SNS → SQS → this Lambda. The job tag
 * names the original (its SHA-256), whose first document is the one waiting; the extract use case
 * runs again for it, now paging the finished job's results instead of starting one (one response
 * of blocks in memory at a time, the page text written to the store as the step always does).
 * When the shared Textract rate is used up, the completion is put back on its queue for later.
 */
const logger = createLambdaLogger('textract-complete');

/** The extract step's composition root, logging as this function. */
export function textractCompleteRoot(env: Record<string, string | undefined> = process.env, clients?: ExtractClients): ExtractRoot {
  return extractRoot(env, clients, logger);
}

export function createTextractCompleteHandler(root: () => ExtractRoot) {
  return lambdaHandler<SQSEvent, SQSBatchResponse>(logger, (event, context, signal) => {
    const { deps, textract, maxReceiveCount, deferCompletion } = root();
    return processSqsStep(event, context, signal, {
      step: 'extract',
      logger,
      parse: (record) => textractCompletionSchema.parse(JSON.parse(record.body)),
      documentId: async (completion) => (await deps.ledger.findByFingerprint(completion.JobTag))?.id,
      run: async (completion, _signal, documentId) => {
        if (!documentId) return logger.warn('no document for the finished job', { jobId: completion.JobId });
        await deferringOnRateLimit(
          () => extract({ ...deps, extractor: textract.forJob(completion.JobId) }, documentId, signal),
          deferCompletion,
          JSON.stringify(completion),
          (fields) => logger.info('completion deferred: textract rate used up', fields),
        );
      },
      deadLetter: {
        record: (d) => recordDeadLetter({ ledger: deps.ledger, alerter: deps.alerter, clock: systemClock }, d),
        maxReceiveCount,
      },
    });
  });
}

export const handler = createTextractCompleteHandler(once(() => textractCompleteRoot()));
