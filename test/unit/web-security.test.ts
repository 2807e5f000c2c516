import { describe, expect, it } from 'vitest';
import { safeNext } from '../../local/web/context.ts';
import { LoginThrottle } from '../../local/web/login-throttle.ts';
import { RateLimiter } from '../../local/web/rate-limiter.ts';
import { hashPassword, parseUsers, verifyPassword } from '../../local/web/users.ts';
import { openDatabase } from '../../shared/adapters/local/sqlite-database.ts';

const cheap = { N: 1024, r: 8, p: 1 };

describe('passwords', () => {
  it('verifies a scrypt hash and refuses a wrong password or an unknown user', async () => {
    const hash = await hashPassword('correct horse', cheap);
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(await verifyPassword('correct horse', hash)).toBe(true);
    expect(await verifyPassword('correct hors', hash)).toBe(false);
    expect(await verifyPassword('correct horse', undefined)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same', cheap)).not.toBe(await hashPassword('same', cheap));
  });
});

describe('user file', () => {
  const user = {
    username: 'a.jansen',
    name: 'A. Jansen',
    roles: ['consultant'],
    consultantId: 'c-002',
    passwordHash: 'scrypt$1024$8$1$abc$def',
  };

  it('accepts valid users', () => {
    expect(parseUsers([user])[0]?.consultantId).toBe('c-002');
  });

  it('names what is wrong: a consultant without consultantId, a duplicate, an unknown role', () => {
    expect(() => parseUsers([{ ...user, consultantId: undefined }])).toThrow(/0\.consultantId: a consultant needs a consultantId/);
    expect(() => parseUsers([user, user])).toThrow(/duplicate username "a.jansen"/);
    expect(() => parseUsers([{ ...user, roles: ['boss'] }])).toThrow(/0\.roles\.0/);
  });
});

describe('login throttle', () => {
  it('blocks a username from one address after 5 failures for 15 minutes, and not other addresses', async () => {
    let now = 0;
    const throttle = new LoginThrottle(new RateLimiter(openDatabase(':memory:'), () => now), 5, 15 * 60_000);
    const key = LoginThrottle.key('Balie', '10.0.0.1');
    for (let i = 0; i < 5; i++) {
      expect(await throttle.retryAfter(key)).toBe(0);
      await throttle.fail(key);
      now += 1000;
    }
    expect(await throttle.retryAfter(key)).toBeGreaterThan(14 * 60_000);
    expect(await throttle.retryAfter(LoginThrottle.key('balie', '10.0.0.2'))).toBe(0);
    now += 15 * 60_000;
    expect(await throttle.retryAfter(key)).toBe(0);
  });

  it('forgets failures after a successful sign-in', async () => {
    const throttle = new LoginThrottle(new RateLimiter(openDatabase(':memory:'), () => 0), 2, 60_000);
    const key = LoginThrottle.key('x', 'ip');
    await throttle.fail(key);
    await throttle.succeed(key);
    await throttle.fail(key);
    expect(await throttle.retryAfter(key)).toBe(0);
  });
});

describe('redirects after sign-in', () => {
  it('only go to local paths', () => {
    expect(safeNext('/inbox?x=1')).toBe('/inbox?x=1');
    expect(safeNext('//evil.example/')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext('https://evil.example/')).toBe('/');
    expect(safeNext('/\t/evil.example')).toBe('/'); // browsers drop the tab: //evil.example
    expect(safeNext('/%09/evil.example')).toBe('/');
    expect(safeNext('/%2F/evil.example')).toBe('/');
    expect(safeNext('/\n')).toBe('/');
    expect(safeNext('/%0A')).toBe('/');
    expect(safeNext('/a%E0%A4%A')).toBe('/'); // not decodable
    expect(safeNext('/desk?q=Jan%20de%20Vries')).toBe('/desk?q=Jan%20de%20Vries');
    expect(safeNext(undefined, '/desk')).toBe('/desk');
  });
});

describe('rate limiter', () => {
  it('allows max events in any window, says how long to wait, and counts only what it allowed', async () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(openDatabase(':memory:'), () => now);
    const limit = { max: 2, windowMs: 60_000 };
    expect(await limiter.take('check', '10.0.0.1', limit)).toBe(0);
    now += 10_000;
    expect(await limiter.take('check', '10.0.0.1', limit)).toBe(0);
    expect(await limiter.take('check', '10.0.0.1', limit)).toBe(50_000);
    expect(await limiter.take('check', '10.0.0.2', limit)).toBe(0);
    expect(await limiter.take('upload', '10.0.0.1', limit)).toBe(0);
    now += 50_000;
    expect(await limiter.take('check', '10.0.0.1', limit)).toBe(0); // the first left the window
    expect(await limiter.wait('check', '10.0.0.1', limit)).toBe(10_000);
  });
});
