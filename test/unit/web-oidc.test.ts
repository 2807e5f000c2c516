import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openRuntime, type Runtime } from '../../local/runtime.ts';
import { createApp } from '../../local/server.ts';
import { oidcSettings } from '../../local/web/oidc.ts';
import { parseUsers, type UserRecord } from '../../local/web/users.ts';
import { loadConfig } from '../../shared/config.ts';
import { testUsers } from '../helpers/browser.ts';
import { testDirectory } from '../helpers/factories.ts';
import { startOidcProvider, type TestOidcProvider } from '../helpers/oidc-provider.ts';
import { webClient } from '../helpers/web-client.ts';

/**
 * Sign-in through an OpenID Connect provider, end to end: a real provider on loopback
 * (test/helpers/oidc-provider.ts), the web app in-process (`app.request`, at http://postkamer.test),
 * the browser played by following redirects with a cookie jar on each side.
 */
const APP = 'http://postkamer.test';

interface Line {
  level: string;
  message: string;
  fields?: Record<string, unknown>;
}
const lines: Line[] = [];
const logger = {
  info: (message: string, fields?: Record<string, unknown>) => void lines.push({ level: 'info', message, fields }),
  warn: (message: string, fields?: Record<string, unknown>) => void lines.push({ level: 'warn', message, fields }),
  error: (message: string, fields?: Record<string, unknown>) => void lines.push({ level: 'error', message, fields }),
};

let idp: TestOidcProvider;
let issuer: string;
let rt: Runtime;
let dataDir: string;
let offset = 0;
let app: ReturnType<typeof createApp>;

/** The browser at the provider: follows its redirects (keeping its cookies) until it is sent back to the app. */
async function throughProvider(url: string): Promise<string> {
  const jar = new Map<string, string>();
  let next = new URL(url);
  for (let hop = 0; hop < 10; hop++) {
    expect(next.origin).toBe(issuer);
    const res = await fetch(next, { redirect: 'manual', headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (name) jar.set(name, value.join('='));
    }
    const location = res.headers.get('location');
    if (!location) throw new Error(`the provider stopped at ${res.status}: ${(await res.text()).slice(0, 200)}`);
    next = new URL(location, next);
    if (next.origin === APP) return next.pathname + next.search;
  }
  throw new Error('the provider kept redirecting');
}

/** A browser that starts signing in through the provider: the app's redirect to it, and what the provider sends back. */
async function startSignIn(c: ReturnType<typeof webClient>, next = '/inbox') {
  const start = await c.request(`/login/oidc?next=${encodeURIComponent(next)}`);
  expect(start.status).toBe(303);
  const authorize = new URL(start.headers.get('location') ?? '');
  return { authorize, callback: await throughProvider(authorize.href) };
}

const users: UserRecord[] = [];

beforeAll(async () => {
  idp = await startOidcProvider({ redirectUri: `${APP}/login/oidc/callback`, postLogoutRedirectUri: `${APP}/login?msg=signed-out` });
  issuer = idp.issuer;
  dataDir = mkdtempSync(join(tmpdir(), 'postkamer-web-oidc-'));
  const directoryPath = join(dataDir, 'directory.json');
  writeFileSync(directoryPath, JSON.stringify(testDirectory()));
  const config = loadConfig({
    POSTKAMER_DATA_DIR: dataDir,
    PUBLIC_URL: APP,
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: idp.clientId,
    OIDC_CLIENT_SECRET: idp.clientSecret,
    OIDC_NAME: 'Gemeente Test',
  });
  const clock = { now: () => new Date(Date.now() + offset) };
  rt = await openRuntime({ dataDir, directoryPath, logger, config, clock });
  users.push(
    // Signs in only through the provider: no password hash.
    { username: 'bakker', name: 'B. Bakker', roles: ['consultant'], consultantId: 'c-003' },
    ...(await testUsers([{ username: 'smit', name: 'D. Smit', roles: ['consultant'], consultantId: 'c-010', password: 'smit-pass' }])),
  );
  app = createApp(rt, { users, sessionSecret: 'oidc-test-secret-oidc-test-secret-0000' });
});

afterAll(async () => {
  await rt?.close();
  await idp?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

beforeEach(() => {
  idp.answer = { account: 'Bakker' };
  lines.length = 0;
  offset = 0;
});

describe('sign-in through OpenID Connect', () => {
  it('offers the provider, and no password form while OIDC_PASSWORDS is off', async () => {
    const html = await (await webClient(app).request('/login?next=%2Finbox')).text();
    expect(html).toContain('Aanmelden met Gemeente Test');
    expect(html).toContain('href="/login/oidc?next=%2Finbox"');
    expect(html).not.toContain('type="password"');
  });

  it('lands a consultant on their inbox: code flow with PKCE, state and nonce, the roles from the users file', async () => {
    const c = webClient(app);
    const { authorize, callback } = await startSignIn(c);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${APP}/login/oidc/callback`);
    expect(callback).toMatch(/^\/login\/oidc\/callback\?code=/);

    const back = await c.request(callback);
    expect(back.status).toBe(303);
    expect(back.headers.get('location')).toBe('/inbox');
    const inbox = await c.request('/inbox');
    expect(inbox.status).toBe(200);
    expect(await inbox.text()).toContain('B. Bakker');
    // The provider said "Bakker"; the users file has "bakker". Logged with the username only.
    expect(lines).toContainEqual(expect.objectContaining({ fields: { event: 'auth.signed-in', user: 'bakker', via: 'oidc' } }));
  });

  it('refuses an answer whose state is not this browser’s, and one it already used', async () => {
    const c = webClient(app);
    const { callback } = await startSignIn(c);
    const forged = callback.replace(/state=[^&]+/, 'state=someone-elses-state');
    const refused = await c.request(forged);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('hoort niet bij deze browser');
    expect((await c.request('/inbox')).status).toBe(303);
    // The flow was spent by the refused answer: the real one now finds none.
    const again = await c.request(callback);
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('Probeer het opnieuw');
    expect(lines.map((l) => l.fields?.reason)).toEqual(['oidc.state', 'oidc.expired']);
  });

  it('refuses an answer that arrives after the flow expired (10 minutes)', async () => {
    const c = webClient(app);
    const { callback } = await startSignIn(c);
    offset = 11 * 60_000;
    const late = await c.request(callback);
    expect(late.status).toBe(400);
    expect(await late.text()).toContain('duurde te lang');
  });

  it('answers someone the provider knows but the users file does not with a 403 page, logged without the username', async () => {
    idp.answer = { account: 'onbekend.persoon' };
    const c = webClient(app);
    const { callback } = await startSignIn(c);
    const res = await c.request(callback);
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('Uw account is bekend, maar heeft geen toegang tot postkamer. Vraag functioneel beheer om toegang.');
    expect((await c.request('/inbox')).status).toBe(303);
    expect(lines).toContainEqual(expect.objectContaining({ fields: { event: 'auth.unknown-user' } }));
    expect(JSON.stringify(lines)).not.toContain('onbekend');
  });

  it('explains a cancelled sign-in (access_denied), in English too', async () => {
    idp.answer = 'cancel';
    const c = webClient(app, { pk_lang: 'en' });
    const { callback } = await startSignIn(c);
    expect(callback).toContain('error=access_denied');
    const res = await c.request(callback);
    expect(res.status).toBe(403);
    const html = await res.text();
    expect(html).toContain('Signing in was cancelled');
    expect(html).toContain('href="/login"');
  });

  it('signs out: the session is revoked and the browser goes on to the provider’s end-session endpoint', async () => {
    const c = webClient(app);
    await c.request((await startSignIn(c)).callback);
    const signedIn = c.cookie();
    // Browsers hold the redirect after the sign-out form to form-action: the provider is allowed there.
    const csp = (await c.request('/inbox')).headers.get('content-security-policy') ?? '';
    expect(csp).toContain(`form-action 'self' ${issuer}`);
    const out = await c.request('/logout', { method: 'POST', form: { _csrf: await c.csrf('/check') } });
    expect(out.status).toBe(303);
    const end = new URL(out.headers.get('location') ?? '');
    expect(`${end.origin}${end.pathname}`).toBe(`${issuer}/session/end`);
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe(`${APP}/login?msg=signed-out`);
    expect(end.searchParams.get('client_id')).toBe(idp.clientId);
    // The provider accepts it: its confirmation page, not an error.
    expect((await fetch(end)).status).toBe(200);
    // The old cookie, replayed, is a stranger's.
    const replay = await app.request(`${APP}/inbox`, { headers: { cookie: signedIn }, redirect: 'manual' });
    expect(replay.status).toBe(303);
    expect(replay.headers.get('location')).toMatch(/^\/login/);
  });

  it('refuses a password while OIDC_PASSWORDS is off, even one the users file holds a hash of', async () => {
    const c = webClient(app);
    await c.request('/login');
    // No page offers a form to a visitor now; the session's token, read from its cookie, passes the CSRF check.
    const session = /pk_session=([^;]+)/.exec(c.cookie())?.[1] ?? '';
    const { csrf } = JSON.parse(Buffer.from(decodeURIComponent(session).split('.')[0] ?? '', 'base64url').toString('utf8'));
    const res = await c.request('/login', { method: 'POST', form: { _csrf: csrf, username: 'smit', password: 'smit-pass' } });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('Aanmelden met een wachtwoord kan hier niet');
    expect((await c.request('/inbox')).status).toBe(303);
  });
});

describe('OIDC settings', () => {
  const base = { OIDC_USERNAME_CLAIM: 'cognito:username', OIDC_PASSWORDS: 'on', OIDC_NAME: 'Cognito' } as const;

  it('reads the username from the ID token (Cognito) and keeps the password form with OIDC_PASSWORDS=on', async () => {
    const both = createApp(rt, {
      users,
      sessionSecret: 'oidc-test-secret-oidc-test-secret-0001',
      oidc: oidcSettings({ ...base, OIDC_ISSUER: issuer, OIDC_CLIENT_ID: idp.clientId }, idp.clientSecret),
    });
    const c = webClient(both);
    const login = await (await c.request('/login')).text();
    expect(login).toContain('Aanmelden met Cognito');
    expect(login).toContain('type="password"');
    idp.answer = { account: 'Smit' };
    const { callback } = await startSignIn(c);
    expect((await c.request(callback)).headers.get('location')).toBe('/inbox');
    expect(await (await c.request('/inbox')).text()).toContain('D. Smit');
    expect((await webClient(both).signIn('smit')).status).toBe(303);
  });

  it('answers a provider that cannot be reached with a page, not a 500', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const gone = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((r) => closed.close(r));
    const down = createApp(rt, {
      users,
      sessionSecret: 'oidc-test-secret-oidc-test-secret-0002',
      oidc: oidcSettings({ ...base, OIDC_ISSUER: gone, OIDC_CLIENT_ID: idp.clientId }),
    });
    const res = await webClient(down).request('/login/oidc');
    expect(res.status).toBe(502);
    expect(await res.text()).toContain('Aanmelden met Cognito lukt nu niet');
    expect(lines).toContainEqual(expect.objectContaining({ fields: expect.objectContaining({ reason: 'oidc.unreachable' }) }));
  });

  it('takes a users file entry without a password hash, named by an Entra ID account name', () => {
    const [user] = parseUsers([{ username: 'j.jansen@gemeente.test', name: 'J. Jansen', roles: ['triage'] }]);
    expect(user?.passwordHash).toBeUndefined();
  });

  it('refuses an http issuer off this machine, and an issuer without a client id', () => {
    expect(() => loadConfig({ OIDC_ISSUER: 'http://idp.gemeente.example', OIDC_CLIENT_ID: 'x' })).toThrow(
      /OIDC_ISSUER: expected an https URL/,
    );
    const config = loadConfig({ OIDC_ISSUER: 'https://cognito-idp.eu-central-1.amazonaws.com/eu-central-1_abc' });
    expect(() => oidcSettings(config)).toThrow(/set OIDC_CLIENT_ID too/);
  });
});
