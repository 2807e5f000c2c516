/**
 * Exponential backoff with full jitter (sleep a random time between 0 and min(cap, base·2^attempt)),
 * the schedule AWS recommends for throttled calls: retries of many callers spread out instead of
 * arriving together.
 */
export interface BackoffOptions {
  /** Tries in all, the first included. */
  maxAttempts: number;
  baseMs: number;
  capMs: number;
  /** Which errors are worth another try. */
  retryable: (error: unknown) => boolean;
  /** Test seams. */
  random?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void;
}

export async function withBackoff<T>(call: () => Promise<T>, options: BackoffOptions, signal?: AbortSignal): Promise<T> {
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? abortableSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (attempt >= options.maxAttempts || !options.retryable(error)) throw error;
      signal?.throwIfAborted();
      const delayMs = Math.floor(random() * Math.min(options.capMs, options.baseMs * 2 ** (attempt - 1)));
      options.onRetry?.({ attempt, delayMs, error });
      await sleep(delayMs, signal);
    }
  }
}

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
