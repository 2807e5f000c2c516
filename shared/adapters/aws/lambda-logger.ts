import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import type { Logger } from '../../ports.ts';

/**
 * One Powertools logger per Lambda (service `postkamer`, the step as a persistent key). The step
 * boundary sets the document id as the correlation id per record. Callers pass ids, steps, counts
 * and durations only; events are never logged.
 */
export function createLambdaLogger(step: string): PowertoolsLogger {
  return new PowertoolsLogger({ serviceName: 'postkamer', persistentKeys: { step } });
}

/** The Logger port on top of a Powertools logger. */
export function asPortLogger(logger: PowertoolsLogger): Logger {
  return {
    info: (message, fields) => (fields ? logger.info(message, fields) : logger.info(message)),
    warn: (message, fields) => (fields ? logger.warn(message, fields) : logger.warn(message)),
    error: (message, fields) => (fields ? logger.error(message, fields) : logger.error(message)),
  };
}

/** The name and stable code of an error: what logs may say about it (messages can quote input). */
export function errorFields(error: unknown): { error: string; code?: string } {
  const e = error as { name?: string; code?: unknown };
  return { error: e?.name ?? typeof error, ...(typeof e?.code === 'string' ? { code: e.code } : {}) };
}
