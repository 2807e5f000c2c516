import type { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { errorFields } from './lambda-logger.ts';

/**
 * The middy shell every postkamer Lambda shares: Lambda context in the logs (keys reset per
 * invocation), an AbortSignal that fires `timeoutEarlyMs` before the Lambda timeout (passed on to
 * Textract and SES), and the invocation-level end of the error boundary: an error that escapes the
 * step (a whole batch failed, a sweep failed) is logged by name and code and rethrown, so SQS or
 * EventBridge retries and finally dead-letters it.
 */
export function lambdaHandler<E, R>(
  logger: PowertoolsLogger,
  run: (event: E, context: Context, signal: AbortSignal) => Promise<R>,
  options: { timeoutEarlyMs?: number } = {},
) {
  return middy<E, R>({ timeoutEarlyInMillis: options.timeoutEarlyMs ?? 5_000 })
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use({
      onError: (request) => {
        logger.error('invocation failed', errorFields(request.error));
      },
    })
    .handler((event: E, context: Context, { signal }: { signal: AbortSignal }) => run(event, context, signal));
}

/** A value built on first use and kept for the life of the container (a composition root). */
export function once<T>(build: () => T): () => T {
  let value: { v: T } | undefined;
  return () => {
    value ??= { v: build() };
    return value.v;
  };
}
