import type { MiddlewareHandler } from 'hono';
import type { Ctx, WebEnv } from './context.ts';
import { wantsJson } from './context.ts';
import { messagePage, view } from './layout.ts';
import type { Limit, RateLimits } from './web-stores.ts';

/**
 * The per-address rate limits of the web app (receipt checks, uploads), checked before a request
 * body is read, and the one answer when a limit is reached: HTTP 429 with Retry-After and a page
 * (or JSON) that says in how many minutes to try again.
 */
export function rateLimit(o: {
  limiter: RateLimits;
  scope: string;
  limit: Limit;
  address: (c: Ctx) => string;
  /** Only these requests count (default: all that reach the middleware). */
  counts?: (c: Ctx) => boolean;
}): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    if (o.counts && !o.counts(c)) return next();
    const wait = await o.limiter.take(o.scope, o.address(c), o.limit);
    if (wait > 0) return tooManyAttempts(c, wait);
    return next();
  };
}

/** Whole minutes to wait, at least 1. */
export function minutesToWait(waitMs: number) {
  return Math.max(1, Math.ceil(waitMs / 60_000));
}

/** Sets Retry-After (whole seconds). */
export function retryAfter(c: Ctx, waitMs: number) {
  c.header('Retry-After', String(Math.max(1, Math.ceil(waitMs / 1000))));
}

export function tooManyAttempts(c: Ctx, waitMs: number) {
  retryAfter(c, waitMs);
  const v = view(c);
  const minutes = minutesToWait(waitMs);
  if (wantsJson(c))
    return c.json(
      { error: 'too-many-requests', message: `Too many attempts, try again in ${minutes} minutes.`, retryAfterMinutes: minutes },
      429,
    );
  return c.html(messagePage(v, v.t.tooManyTitle, v.t.tooManyText(minutes)), 429);
}
