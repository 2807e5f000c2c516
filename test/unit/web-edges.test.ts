import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRuntime, type Runtime } from '../../local/runtime.ts';
import { createApp } from '../../local/server.ts';
import { UploadStore } from '../../local/web/upload-store.ts';
import { DEMO_USERS_FILE, loadWebUsers, type UserRecord } from '../../local/web/users.ts';
import { loadConfig } from '../../shared/config.ts';
import type { Clock } from '../../shared/ports.ts';
import { newDocument } from '../handlers/documents.ts';
import { testUsers } from '../helpers/browser.ts';
import { testDirectory } from '../helpers/factories.ts';
import { webClient } from '../helpers/web-client.ts';

/**
 * The web app's edges against hostile and unlucky visitors (issue 17), in-process with the real app:
 * redirects only to this site, sign-out that survives a restart, per-address rate limits kept in
 * the database (429 + Retry-After and a page that says when to try again), `/api/status` behind
 * sign-in, and demo accounts only when asked for, with a banner.
 */
const quiet = { info() {}, warn() {}, error() {} };
const SECRET = 'edges-test-secret-edges-test-secret-0000';

/** A clock the test moves by hand; everything the web app times goes through it. */
const clock = {
  at: Date.parse('2026-11-25T09:00:00Z'),
  now() {
    return new Date(this.at);
  },
} satisfies Clock & { at: number };

let dataDir: string;
let directoryPath: string;
let users: UserRecord[];
let rt: Runtime;
let app: ReturnType<typeof createApp>;

const env = {
  RATE_LIMIT_SIGN_IN: '3/15m',
  RATE_LIMIT_CHECK: '3/10m',
  RATE_LIMIT_UPLOAD: '2/1h',
  TRUST_PROXY: '1',
};

async function open() {
  rt = await openRuntime({ dataDir, directoryPath, clock, logger: quiet, config: loadConfig({ POSTKAMER_DATA_DIR: dataDir, ...env }) });
  app = createApp(rt, { users, sessionSecret: SECRET });
}

/** A request from `address` (the test app trusts one proxy, so X-Forwarded-For names the client). */
const from = (address: string) => ({ headers: { 'x-forwarded-for': `203.0.113.9, ${address}` } });

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'postkamer-web-edges-'));
  directoryPath = join(dataDir, 'directory.json');
  writeFileSync(directoryPath, JSON.stringify(testDirectory()));
  users = await testUsers([
    { username: 'balie', name: 'Balie', roles: ['desk'], password: 'balie-pass' },
    { username: 'beheer', name: 'Beheer', roles: ['operations'], password: 'beheer-pass' },
    { username: 'loket', name: 'Loket', roles: ['desk'], password: 'loket-pass' },
    { username: 'admin', name: 'Admin', roles: ['admin'], password: 'admin-pass' },
  ]);
  await open();
});

afterAll(async () => {
  await rt.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const HOSTILE_NEXT = [
  '%2F%09%2Fevil.example', // "/\t/evil.example": browsers drop the tab → //evil.example
  '%2F%0A%2Fevil.example',
  '%2F%0D%0ASet-Cookie%3A%20x%3D1',
  '%2F%252F%2Fevil.example', // "/%2F/evil.example"
  '%2F%250A',
  '%2F%2Fevil.example',
  '%2F%5Cevil.example',
  '%5C%5Cevil.example',
  'https%3A%2F%2Fevil.example%2F',
  'javascript%3Aalert(1)',
  '%20%2F%2Fevil.example',
  '%2F%E2%80%8B%2Fevil.example', // zero-width space
  '%E0%A4%A',
];

describe('redirects go only to paths on this site', () => {
  it.each(HOSTILE_NEXT)('the language switch with next=%s goes home', async (next) => {
    const res = await webClient(app).request(`/language/en?next=${next}`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
  });

  it.each(HOSTILE_NEXT)('the sign-in page with next=%s keeps no hostile value and sends a signed-in user home', async (next) => {
    const c = webClient(app);
    const form = await (await c.request(`/login?next=${next}`)).text();
    expect(form).toContain('name="next" value="/"');
    await c.signIn('balie');
    const again = await c.request(`/login?next=${next}`);
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toBe('/');
  });

  it('after sign-in follows a local path, and not a hostile one posted in the form', async () => {
    const c = webClient(app);
    const ok = await c.request('/login', {
      method: 'POST',
      form: { _csrf: await c.csrf(), username: 'balie', password: 'balie-pass', next: '/desk?q=Jan%20de%20Vries' },
    });
    expect(ok.headers.get('location')).toBe('/desk?q=Jan%20de%20Vries');
    const d = webClient(app);
    const bad = await d.request('/login', {
      method: 'POST',
      form: { _csrf: await d.csrf(), username: 'balie', password: 'balie-pass', next: '/\t/evil.example' },
    });
    expect(bad.status).toBe(303);
    expect(bad.headers.get('location')).toBe('/');
  });
});

describe('sign-out', () => {
  it('refuses the signed-out cookie, also after the runtime is reopened on the same data directory', async () => {
    const c = webClient(app);
    await c.signIn('balie');
    const copied = c.cookie();
    const replay = () => app.request('http://postkamer.test/api/me', { headers: { cookie: copied } });
    expect((await replay()).status).toBe(200);
    const other = webClient(app);
    await other.signIn('beheer');

    await c.post('/logout', {});
    expect((await replay()).status).toBe(401);
    await rt.close();
    await open();
    expect((await replay()).status).toBe(401);
    // A session that was not signed out still works after the restart.
    expect((await app.request('http://postkamer.test/api/me', { headers: { cookie: other.cookie() } })).status).toBe(200);
  });
});

describe('per-address rate limits', () => {
  it('throttles password spraying: failed sign-ins across usernames from one address, with 429 and Retry-After', async () => {
    const attempt = async (username: string, password = 'wrong', address = '198.51.100.1') => {
      const c = webClient(app); // the app of the moment: the runtime is reopened below
      return c.request('/login', { method: 'POST', form: { _csrf: await c.csrf(), username, password, next: '/' }, ...from(address) });
    };
    for (const username of ['anna', 'bert', 'carla']) expect((await attempt(username)).status).toBe(401);
    const blocked = await attempt('balie', 'balie-pass');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    expect(await blocked.text()).toContain('Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw.');
    // Another address is not held up; the limit is kept in the database, so a restart does not lift it.
    expect((await attempt('balie', 'balie-pass', '198.51.100.2')).status).toBe(303);
    await rt.close();
    await open();
    expect((await attempt('balie', 'balie-pass')).status).toBe(429);
    clock.at += 15 * 60_000;
    expect((await attempt('balie', 'balie-pass')).status).toBe(303);
  });

  it('limits receipt checks per address and says in how many minutes to try again, in Dutch and English', async () => {
    const check = (address: string, lang?: string) =>
      app.request('http://postkamer.test/check?receipt=PK-7K3M-9QX2T', {
        headers: { ...from(address).headers, ...(lang ? { cookie: `pk_lang=${lang}` } : {}) },
      });
    for (let i = 0; i < 3; i++) expect((await check('192.0.2.1')).status).toBe(200);
    const nl = await check('192.0.2.1');
    expect(nl.status).toBe(429);
    expect(nl.headers.get('retry-after')).toBe('600');
    expect(await nl.text()).toContain('Te veel pogingen, probeer het over 10 minuten opnieuw.');
    const en = await check('192.0.2.1', 'en');
    expect(await en.text()).toContain('Too many attempts, try again in 10 minutes.');
    // The empty form is not a check; another address is free.
    expect((await app.request('http://postkamer.test/check', from('192.0.2.1'))).status).toBe(200);
    expect((await check('192.0.2.2')).status).toBe(200);
    clock.at += 10 * 60_000;
    expect((await check('192.0.2.1')).status).toBe(200);
  });

  it('limits upload requests per address, before the body is read', async () => {
    const upload = () =>
      app.request('http://postkamer.test/desk/upload', {
        method: 'POST',
        headers: { ...from('192.0.2.50').headers, accept: 'application/json' },
      });
    for (let i = 0; i < 2; i++) expect((await upload()).status).not.toBe(429);
    const blocked = await upload();
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toBe('3600');
    expect(await blocked.json()).toMatchObject({ error: 'too-many-requests', retryAfterMinutes: 60 });
  });

  it('believes X-Forwarded-For only behind TRUST_PROXY proxies', async () => {
    const direct = await openRuntime({
      dataDir,
      directoryPath,
      clock,
      logger: quiet,
      config: loadConfig({ POSTKAMER_DATA_DIR: dataDir, RATE_LIMIT_CHECK: '1/10m' }),
    });
    try {
      const plain = createApp(direct, { users, sessionSecret: SECRET });
      const check = (address: string) => plain.request('http://postkamer.test/check?receipt=x', from(address));
      expect((await check('10.9.9.1')).status).toBe(200);
      // Without TRUST_PROXY a made-up X-Forwarded-For does not make a new address.
      expect((await check('10.9.9.2')).status).toBe(429);
    } finally {
      await direct.close();
    }
  });
});

describe('/api/status', () => {
  it('needs sign-in with operations; /health stays public liveness only', async () => {
    expect((await webClient(app).request('/api/status')).status).toBe(401);
    const desk = webClient(app);
    await desk.signIn('balie');
    expect((await desk.request('/api/status')).status).toBe(403);
    const ops = webClient(app);
    await ops.signIn('beheer');
    const status = await ops.request('/api/status');
    expect(status.status).toBe(200);
    expect(await status.json()).toMatchObject({ documents: {}, pendingJobs: 0 });
    expect(await (await webClient(app).request('/health')).json()).toEqual({ ok: true });
  });
});

describe('desk batches', () => {
  it('are private to the desk user who took them in (and an admin): page, receipt PDF, e-mail and API', async () => {
    const batchId = '6f0c1b8e-1d2a-4c3b-9e8f-0a1b2c3d4e5f';
    await rt.ledger.createDocument(newDocument({ id: 'desk-doc', channel: 'desk' }), { type: 'received' });
    await new UploadStore(rt.db).add({
      batchId,
      seq: 0,
      documentId: 'desk-doc',
      filename: 'scan.pdf',
      channel: 'desk',
      uploadedBy: 'balie',
      uploadedAt: clock.now().toISOString(),
    });
    const as = async (username: string) => {
      const c = webClient(app);
      await c.signIn(username);
      return c;
    };
    const owner = await as('balie');
    expect((await owner.request(`/desk/batch/${batchId}`)).status).toBe(200);
    expect((await owner.request(`/api/batches/${batchId}`)).status).toBe(200);
    const admin = await as('admin');
    expect((await admin.request(`/desk/batch/${batchId}`)).status).toBe(200);

    const colleague = await as('loket');
    expect((await colleague.request(`/desk/batch/${batchId}`)).status).toBe(403);
    expect((await colleague.request(`/api/batches/${batchId}`)).status).toBe(403);
    expect((await colleague.request('/desk/receipts/desk-doc/pdf')).status).toBe(404);
    const mail = await colleague.request('/desk/receipts/desk-doc/email', {
      method: 'POST',
      form: { _csrf: await colleague.csrf('/desk'), email: 'someone@example.org' },
    });
    expect(mail.status).toBe(404);
  });
});

describe('desk receipts by e-mail', () => {
  /** A desk document of `balie`'s, for `client` when given. */
  async function deskDocument(batchId: string, client?: string) {
    const doc = newDocument({ channel: 'desk', deskClientNumber: client ?? null, clientNumber: client ?? null });
    await rt.ledger.createDocument(doc, { type: 'received' });
    await new UploadStore(rt.db).add({
      batchId,
      seq: 0,
      documentId: doc.id,
      filename: 'scan.pdf',
      channel: 'desk',
      uploadedBy: 'balie',
      uploadedAt: clock.now().toISOString(),
    });
    return doc.id;
  }

  it('go only to an address typed twice the same, or to the client’s address on file', async () => {
    const desk = webClient(app);
    await desk.signIn('balie');
    const send = async (id: string, form: Record<string, string>) =>
      desk.request(`/desk/receipts/${id}/email`, {
        method: 'POST',
        form: { _csrf: await desk.csrf('/desk'), receiptLanguage: 'nl', ...form },
      });

    const walkIn = await deskDocument('0d7c2a61-5b1e-4f0a-9c55-3e1f2a9b8c01');
    const once = await send(walkIn, { email: 'klant@example.org' });
    expect(once.status).toBe(400);
    expect(await once.text()).toContain('De twee e-mailadressen zijn niet gelijk');
    const typo = await send(walkIn, { email: 'klant@example.org', emailAgain: 'kalnt@example.org' });
    expect(typo.status).toBe(400);
    // The box for an address on file does nothing for a document without a known client.
    expect((await send(walkIn, { emailOnFile: '1' })).status).toBe(400);
    expect((await rt.ledger.getDocument(walkIn))?.receipt?.sentAt).toBeFalsy();
    const twice = await send(walkIn, { email: 'klant@example.org', emailAgain: ' Klant@Example.org ' });
    expect(twice.status).toBe(303);
    expect((await rt.ledger.getDocument(walkIn))?.receiptEmail).toBe('klant@example.org');

    // K-100234 has jan@example.org on file: the box sends there, and typing that address once is enough.
    const known = await deskDocument('0d7c2a61-5b1e-4f0a-9c55-3e1f2a9b8c02', 'K-100234');
    const page = await (await desk.request('/desk/batch/0d7c2a61-5b1e-4f0a-9c55-3e1f2a9b8c02')).text();
    expect(page).toContain('Per e-mail naar het bekende adres jan@example.org');
    // The receipt page names the client it is for, and its title says where the desk user is.
    expect(page).toMatch(/<dt>Klant<\/dt><dd>K-100234 · Jan de Vries<\/dd>/);
    expect(page).toContain('<title>Ontvangstbewijzen – Balie – postkamer</title>');
    expect(page).toContain('<link rel="icon" href="/static/favicon.svg"');
    expect((await desk.request('/static/favicon.svg')).headers.get('content-type')).toBe('image/svg+xml');
    expect((await desk.request('/favicon.ico')).headers.get('location')).toBe('/static/favicon.svg');
    expect((await send(known, { emailOnFile: '1' })).status).toBe(303);
    expect((await rt.ledger.getDocument(known))?.receiptEmail).toBe('jan@example.org');
    const other = await deskDocument('0d7c2a61-5b1e-4f0a-9c55-3e1f2a9b8c03', 'K-100234');
    expect((await send(other, { email: 'JAN@example.org' })).status).toBe(303);
    expect((await rt.ledger.getDocument(other))?.receiptEmail).toBe('jan@example.org');
  });

  it('come in the six receipt languages: the client’s own chosen first, the file named in it', async () => {
    const desk = webClient(app);
    await desk.signIn('balie');
    const id = await deskDocument('0d7c2a61-5b1e-4f0a-9c55-3e1f2a9b8c05', 'K-100402'); // Piotr Nowak reads Polish
    const page = await (await desk.request('/desk/batch/0d7c2a61-5b1e-4f0a-9c55-3e1f2a9b8c05')).text();
    for (const name of ['Nederlands', 'English', 'Türkçe', 'العربية', 'Polski', 'Українська']) expect(page).toContain(name);
    expect(page).toMatch(/<option value="pl" selected lang="pl">Polski<\/option>/);
    const pdf = await desk.request(`/desk/receipts/${id}/pdf?lang=tr`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-disposition')).toMatch(/filename="alindi-belgesi-PK-/);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('typed once on the intake form, take nothing in and say why next to the field', async () => {
    const desk = webClient(app);
    await desk.signIn('balie');
    const batchId = '0d7c2a61-5b1e-4f0a-9c55-3e1f2a9b8c04';
    const data = new FormData();
    data.append('_csrf', await desk.csrf('/desk'));
    data.append('batchId', batchId);
    data.append('email', 'klant@example.org');
    data.append('emailAgain', 'klant@example.com');
    data.append('files', new File([new TextEncoder().encode('%PDF-1.4\n%%EOF\n')], 'scan.pdf', { type: 'application/pdf' }));
    const res = await desk.request('/desk/upload', { method: 'POST', body: data });
    expect(res.status).toBe(400);
    const body = await res.text();
    expect(body).toContain('id="email-again-error"');
    expect(body).toContain('value="klant@example.org"');
    expect(await new UploadStore(rt.db).items(batchId)).toEqual([]);
  });
});

describe('demo accounts', () => {
  it('are only loaded when asked for; otherwise a user file is needed, and the demo file is refused', () => {
    expect(() => loadWebUsers({ demo: false, usersFile: undefined })).toThrow(/POSTKAMER_USERS.*--demo/);
    expect(() => loadWebUsers({ demo: false, usersFile: DEMO_USERS_FILE })).toThrow(/demo accounts.*--demo/);
    expect(loadWebUsers({ demo: true, usersFile: undefined }).map((u) => u.username)).toContain('balie');
    expect(() => createApp(rt, { sessionSecret: SECRET })).toThrow(/--demo/);
  });

  it('show a banner on every page while they are on, and none otherwise', async () => {
    const demo = createApp(rt, { demo: true, sessionSecret: SECRET });
    const client = webClient(demo);
    for (const path of ['/login', '/check', '/nowhere']) expect(await (await client.request(path)).text()).toContain('class="demo-banner"');
    const signedIn = await client.request('/login', {
      method: 'POST',
      form: { _csrf: await client.csrf(), username: 'balie', password: 'demo-balie', next: '/desk' },
    });
    expect(signedIn.status).toBe(303);
    expect(await (await client.request('/desk')).text()).toContain('Demomodus');
    expect(await (await webClient(app).request('/login')).text()).not.toContain('demo-banner');
  });
});
