import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRuntime, type Runtime } from '../../local/runtime.ts';
import { createApp } from '../../local/server.ts';
import { loadConfig } from '../../shared/config.ts';
import type { DocumentRecord, NewDocument } from '../../shared/domain/document.ts';
import { localDate } from '../../shared/domain/local-date.ts';
import { makeReceiptNumber } from '../../shared/domain/receipt-number.ts';
import { shortFingerprint } from '../../shared/domain/receipt-text.ts';
import { testUsers } from '../helpers/browser.ts';
import { testDirectory } from '../helpers/factories.ts';

/**
 * The web application's rules, checked in-process through `app.request` (no browser, no network):
 * sign-in, sessions, CSRF, throttling, role checks and the JSON API's 401/403 answers.
 */
const quiet = { info() {}, warn() {}, error() {} };
let rt: Runtime;
let app: ReturnType<typeof createApp>;
let dataDir: string;

/** A client that keeps its cookies, like a browser. */
function client() {
  const jar = new Map<string, string>();
  const request = async (path: string, init: RequestInit & { form?: Record<string, string> } = {}) => {
    const headers = new Headers(init.headers);
    headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    let body = init.body;
    if (init.form) {
      body = new URLSearchParams(init.form).toString();
      headers.set('content-type', 'application/x-www-form-urlencoded');
    }
    const res = await app.request(`http://postkamer.test${path}`, { ...init, headers, body, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (name) jar.set(name, value.join('='));
    }
    return res;
  };
  const csrf = async () => {
    const html = await (await request('/login')).text();
    return /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
  };
  const signIn = async (username: string, password = `${username}-pass`) =>
    request('/login', { method: 'POST', form: { _csrf: await csrf(), username, password, next: '/' } });
  return { request, csrf, signIn, jar };
}

function document(id: string, o: Partial<NewDocument>): NewDocument {
  return {
    id,
    intakeKey: `test:${id}`,
    receiptNumber: makeReceiptNumber(randomBytes(8)),
    fingerprint: id.padEnd(64, '0'),
    objectKey: '',
    filename: `${id}.pdf`,
    channel: 'post',
    source: 'test',
    receivedAt: new Date().toISOString(),
    mediaType: 'application/pdf',
    byteSize: 1,
    pageCount: 2,
    status: 'routed',
    documentType: 'payslip',
    confidence: 0.97,
    alternatives: [],
    deskClientNumber: null,
    clientNumber: 'K-100234',
    route: { status: 'routed', team: 'werk', consultantId: 'c-010', queue: 'werk', clientNumber: 'K-100234', reasons: [] },
    restricted: false,
    rejectReason: null,
    duplicateOf: null,
    receipt: null,
    receiptEmail: null,
    ...o,
  };
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'postkamer-web-app-'));
  const directoryPath = join(dataDir, 'directory.json');
  writeFileSync(directoryPath, JSON.stringify(testDirectory()));
  rt = await openRuntime({ dataDir, directoryPath, logger: quiet, config: loadConfig({ POSTKAMER_DATA_DIR: dataDir }) });
  const users = await testUsers([
    { username: 'balie', name: 'Balie', roles: ['desk'], password: 'balie-pass' },
    { username: 'smit', name: 'D. Smit', roles: ['consultant'], consultantId: 'c-010', password: 'smit-pass' },
    { username: 'bakker', name: 'B. Bakker', roles: ['consultant'], consultantId: 'c-003', password: 'bakker-pass' },
    { username: 'beheer', name: 'Beheer', roles: ['operations'], password: 'beheer-pass' },
  ]);
  app = createApp(rt, { users, sessionSecret: 'unit-test-secret-unit-test-secret-000' });
  await rt.ledger.createDocument(document('medic', { documentType: 'medical_statement', restricted: true }), { type: 'routed' });
});

afterAll(async () => {
  await rt.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('web application rules', () => {
  it('sends visitors without a session to the sign-in page, and API callers a 401', async () => {
    const c = client();
    const page = await c.request('/desk?x=1');
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/login?next=%2Fdesk%3Fx%3D1');
    const api = await c.request('/api/inbox');
    expect(api.status).toBe(401);
    expect(await api.json()).toMatchObject({ error: 'unauthenticated' });
  });

  it('sets the session cookie HttpOnly and SameSite=Lax, and Secure behind https', async () => {
    const plain = (await client().request('/login')).headers.get('set-cookie') ?? '';
    expect(plain).toMatch(/HttpOnly/);
    expect(plain).toMatch(/SameSite=Lax/);
    expect(plain).not.toMatch(/Secure/);
    const https = (await client().request('/login', { headers: { 'x-forwarded-proto': 'https' } })).headers.get('set-cookie') ?? '';
    expect(https).toMatch(/Secure/);
  });

  it('refuses a form post without the CSRF token, and one from another site', async () => {
    const c = client();
    await c.request('/login');
    const missing = await c.request('/login', { method: 'POST', form: { username: 'balie', password: 'balie-pass' } });
    expect(missing.status).toBe(403);
    const token = await c.csrf();
    const foreign = await c.request('/login', {
      method: 'POST',
      form: { _csrf: token, username: 'balie', password: 'balie-pass' },
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
    const ok = await c.request('/login', { method: 'POST', form: { _csrf: token, username: 'balie', password: 'balie-pass' } });
    expect(ok.status).toBe(303);
  });

  it('renews the session at sign-in, so a token from before is worthless', async () => {
    const c = client();
    const before = await c.csrf();
    await c.signIn('balie');
    const after = /"csrfToken":"([^"]+)"/.exec(await (await c.request('/api/me')).text())?.[1];
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
  });

  it('throttles sign-in after 5 failures for one username and address', async () => {
    const c = client();
    for (let i = 0; i < 5; i++) expect((await c.signIn('nobody', 'wrong')).status).toBe(401);
    const blocked = await c.signIn('nobody');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(800);
    expect((await client().signIn('balie')).status).toBe(303); // another user is not affected
  });

  it('gives 403 for an area outside the role, as a page and as JSON', async () => {
    const c = client();
    await c.signIn('balie');
    expect((await c.request('/operations')).status).toBe(403);
    expect((await c.request('/inbox')).status).toBe(403);
    const api = await c.request('/api/operations');
    expect(api.status).toBe(403);
    expect(await api.json()).toMatchObject({ error: 'forbidden' });
  });

  it('shows a restricted document to its assignee only, and records who viewed it', async () => {
    const other = client();
    await other.signIn('smit');
    const mine = await other.request('/api/documents/medic');
    expect(mine.status).toBe(200);
    expect(await mine.json()).toMatchObject({ id: 'medic', restricted: true, mayAct: true });

    const c = client();
    await c.signIn('bakker', 'bakker-pass');
    const page = await c.request('/documents/medic');
    expect(page.status).toBe(403);
    const api = await c.request('/api/documents/medic');
    expect(api.status).toBe(403);
    expect(await api.json()).toEqual({ error: 'forbidden', reason: 'not-assigned' });
    const events = await rt.ledger.listEvents('medic');
    expect(events.filter((e) => e.type === 'viewed').map((e) => e.actor)).toEqual(['smit']);
  });

  it('needs the CSRF header for API actions, then acknowledges', async () => {
    const c = client();
    await c.signIn('smit');
    const without = await c.request('/api/documents/medic/acknowledge', { method: 'POST' });
    expect(without.status).toBe(403);
    const token = ((await (await c.request('/api/me')).json()) as { csrfToken: string }).csrfToken;
    const res = await c.request('/api/documents/medic/acknowledge', { method: 'POST', headers: { 'x-csrf-token': token } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ changed: true, document: { status: 'acknowledged' } });
  });

  it('answers the public receipt check with delivery facts only, for the receipt number and the day received together', async () => {
    const medic = (await rt.ledger.getDocument('medic')) as DocumentRecord;
    const [y, m, d] = localDate(new Date(medic.receivedAt), 'Europe/Amsterdam').split('-');
    const check = async (receipt: string, day: string) =>
      (await client().request(`/check?receipt=${receipt}&day=${encodeURIComponent(day)}`)).text();
    const html = await check(medic.receiptNumber as string, `${Number(d)}-${m}-${y}`);
    expect(html).toContain(shortFingerprint(medic.fingerprint));
    expect(html).not.toContain('K-100234');
    expect(html).not.toMatch(/medisch|medical/i);
    expect(await check((medic.receiptNumber as string).toLowerCase(), `${y}-${m}-${d}`)).toContain(shortFingerprint(medic.fingerprint));
    // Another day, or a number that exists nowhere: the same answer, and nothing shown.
    const wrongDay = await check(medic.receiptNumber as string, `${Number(d) === 1 ? 2 : 1}-${m}-${y}`);
    const unknown = await check(makeReceiptNumber(randomBytes(8)), `${Number(d)}-${m}-${y}`);
    for (const page of [wrongDay, unknown]) {
      expect(page).toContain('Wij vinden geen document met dit ontvangstnummer op deze datum');
      expect(page).not.toContain(shortFingerprint(medic.fingerprint));
    }
    // Without the day: asked for, nothing looked up.
    const noDay = await check(medic.receiptNumber as string, '');
    expect(noDay).toContain('id="day-error"');
    expect(noDay).not.toContain(shortFingerprint(medic.fingerprint));
    expect(await check(medic.receiptNumber as string, '31-02-2026')).toContain('id="day-error"');
  });

  it('answers the receipt check in the receipt’s language with one plain statement: with a team (no names), or not accepted with the reason and what to do', async () => {
    const medic = (await rt.ledger.getDocument('medic')) as DocumentRecord;
    const day = localDate(new Date(medic.receivedAt), 'Europe/Amsterdam');
    const check = async (receipt: string, lang: string) =>
      (await client().request(`/check?receipt=${receipt}&day=${day}&lang=${lang}`)).text();
    const team = testDirectory().teams.find((t) => t.id === 'werk')?.name as string;

    const turkish = await check(medic.receiptNumber as string, 'tr');
    expect(turkish).toContain('<div lang="tr" dir="ltr">');
    expect(turkish).toContain('Bu belgeyi aldık.');
    expect(turkish).toContain(`Belgenizi aldık ve ${team} ekibine ilettik.`);
    expect(turkish).toContain('<input type="hidden" name="lang" value="tr">');
    expect(turkish).not.toMatch(/Smit|c-010|K-100234/);
    const arabic = await check(medic.receiptNumber as string, 'ar');
    expect(arabic).toContain('<div lang="ar" dir="rtl">');
    expect(arabic).toContain('استلمنا هذه الوثيقة.');

    await rt.ledger.createDocument(
      document('unreadable', {
        status: 'rejected',
        route: null,
        rejectReason: 'The file is empty.',
        rejectReasonNl: 'Het bestand is leeg.',
      }),
      { type: 'rejected' },
    );
    const rejected = (await rt.ledger.getDocument('unreadable')) as DocumentRecord;
    const dutch = await check(rejected.receiptNumber as string, 'nl');
    expect(dutch).toContain('Wij hebben uw bestand ontvangen, maar wij konden het niet gebruiken.');
    expect(dutch).toContain('Het bestand is leeg.');
    expect(dutch).toContain('Lever het document opnieuw in');
    expect(dutch).not.toContain('nog niet geteld');
    expect(await check(rejected.receiptNumber as string, 'en')).toContain('The file is empty.');
    const polish = await check(rejected.receiptNumber as string, 'pl');
    expect(polish).toContain('Nie mogliśmy odczytać pliku.');
    expect(polish).toContain('Prosimy dostarczyć dokument jeszcze raz');
    // The link on a receipt fills in the number only: the page asks for the day without an error.
    const fromLink = await (await client().request(`/check?receipt=${medic.receiptNumber}&lang=uk`)).text();
    expect(fromLink).toContain('Перевірити підтвердження отримання');
    expect(fromLink).not.toContain('id="day-error"');
  });

  it('switches language by cookie and never redirects off-site', async () => {
    const c = client();
    const res = await c.request('/language/en?next=//evil.example/');
    expect(res.headers.get('location')).toBe('/');
    const page = await (await c.request('/login')).text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('Sign in');
  });

  it('operations retry a dead letter: the step is queued again and the document back where the step starts', async () => {
    await rt.ledger.createDocument(
      document('stuck', { status: 'failed', route: null, documentType: null, rejectReason: 'step extract failed after 5 attempts' }),
      {
        type: 'dead-letter',
      },
    );
    await rt.queue.send('extract', 'stuck');
    const job = rt.queue.lease();
    if (!job) throw new Error('no job');
    rt.queue.fail(job, 'Error: boom', false);
    await rt.alerts.raise({
      kind: 'dead-letter',
      key: 'dead-letter:extract:stuck',
      documentId: 'stuck',
      message: 'step extract of document stuck dead-lettered',
    });

    const c = client();
    await c.signIn('beheer');
    const page = await (await c.request('/operations')).text();
    expect(page).toContain('/operations/dead-letters/');
    const token = /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
    const res = await c.request(`/operations/dead-letters/${job.id}/retry`, { method: 'POST', form: { _csrf: token } });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toContain('msg=retried');
    expect(rt.queue.deadLetters()).toEqual([]);
    expect((await rt.ledger.getDocument('stuck'))?.status).toBe('received');
    expect(await rt.alerts.listOpen({ documentId: 'stuck' })).toEqual([]);
    expect((await rt.ledger.listEvents('stuck')).some((e) => e.type === 'retried' && e.actor === 'beheer')).toBe(true);
  });
});
