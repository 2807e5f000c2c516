import type { Limit, RateLimits } from './web-stores.ts';

/**
 * Login throttling per user: after `maxFailures` failed sign-ins for one username from one address
 * within `windowMs`, further attempts are refused until the oldest failure leaves the window. Kept in
 * the rate limits' store (`RateLimits`), so a restart does not reset it. Password spraying (many usernames
 * from one address) is held by the per-address limit on top (`RATE_LIMIT_SIGN_IN`).
 */
export class LoginThrottle {
  private readonly limit: Limit;

  constructor(
    private readonly limiter: RateLimits,
    maxFailures = 5,
    windowMs = 15 * 60_000,
  ) {
    this.limit = { max: maxFailures, windowMs };
  }

  static key(username: string, address: string) {
    return `${username.trim().toLowerCase()}|${address}`;
  }

  /** Milliseconds until another attempt is allowed; 0 when allowed now. */
  retryAfter(key: string): Promise<number> {
    return this.limiter.wait('sign-in-user', key, this.limit);
  }

  fail(key: string): Promise<void> {
    return this.limiter.record('sign-in-user', key, this.limit);
  }

  succeed(key: string): Promise<void> {
    return this.limiter.clear('sign-in-user', key);
  }
}
