import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import type { RevokedSessionIds } from './web-stores.ts';

/**
 * Sessions in a signed cookie (HMAC-SHA256, HttpOnly, SameSite=Lax, Secure over https). Every
 * visitor gets one, signed in or not, because it carries the CSRF token the forms echo back. The
 * token is renewed at sign-in (no session fixation); signing out revokes the session id until it
 * would have expired anyway, in the database (`RevokedSessions`), so also across restarts
 * and across the AWS web Lambda's containers.
 */
export interface Session {
  sid: string;
  username: string | null;
  csrf: string;
  /** Epoch ms. */
  expiresAt: number;
  /** Signed in through the identity provider (OIDC): signing out also ends the provider's session. */
  via?: 'oidc';
}

export const SESSION_COOKIE = 'pk_session';

export class SessionStore {
  constructor(
    private readonly secret: string,
    private readonly ttlMs: number,
    private readonly revoked: RevokedSessionIds,
    private readonly now: () => number,
  ) {}

  fresh(username: string | null = null): Session {
    return { sid: token(), username, csrf: token(), expiresAt: this.now() + this.ttlMs };
  }

  async read(c: Context): Promise<Session | undefined> {
    const value = await getSignedCookie(c, this.secret, SESSION_COOKIE);
    if (!value) return undefined;
    try {
      const s = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Session;
      if (typeof s.sid !== 'string' || typeof s.csrf !== 'string' || typeof s.expiresAt !== 'number') return undefined;
      if (s.expiresAt <= this.now() || (await this.revoked.isRevoked(s.sid))) return undefined;
      return s;
    } catch {
      return undefined;
    }
  }

  async write(c: Context, s: Session) {
    const value = Buffer.from(JSON.stringify(s)).toString('base64url');
    await setSignedCookie(c, SESSION_COOKIE, value, this.secret, {
      path: '/',
      httpOnly: true,
      sameSite: 'Lax',
      secure: isHttps(c),
      maxAge: Math.max(1, Math.floor((s.expiresAt - this.now()) / 1000)),
    });
  }

  async revoke(c: Context, s: Session) {
    await this.revoked.revoke(s.sid, s.expiresAt);
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c) });
  }
}

export function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

function token() {
  return randomBytes(24).toString('base64url');
}
