import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRuntime, type Runtime } from '../../local/runtime.ts';
import { createApp } from '../../local/server.ts';
import { bodyLimitsFrom } from '../../local/web/body-limits.ts';
import { LANG_COOKIE } from '../../local/web/i18n.ts';
import { loadConfig } from '../../shared/config.ts';
import { testUsers } from '../helpers/browser.ts';
import { testDirectory } from '../helpers/factories.ts';
import { webClient } from '../helpers/web-client.ts';

/**
 * Request bodies are limited while they stream, before anything parses them: the real web app,
 * in-process, fed bodies that would go on far beyond the limit. The bodies count what was read
 * from them, so the tests see that the server stopped reading, not only that it answered 413.
 */
const quiet = { info() {}, warn() {}, error() {} };
const settings = { MAX_FORM_KB: 64, MAX_FILE_MB: 1, MAX_UPLOAD_FILES: 2 };
const limits = bodyLimitsFrom(settings);
const CHUNK = 16 * 1024;
const HUGE = 700 * 1024 * 1024;
let rt: Runtime;
let app: ReturnType<typeof createApp>;
let dataDir: string;

/** A body of `total` bytes (zeros after `head`) made on demand, which records how much of it was read. */
function endlessBody(total: number, head = '') {
  let produced = 0;
  const prefix = new TextEncoder().encode(head);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (produced >= total) return controller.close();
      const chunk = produced === 0 && prefix.length ? prefix : new Uint8Array(Math.min(CHUNK, total - produced));
      produced += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, read: () => produced };
}

const post = (body: ReadableStream<Uint8Array>, headers: Record<string, string>) =>
  ({ method: 'POST', body, headers, duplex: 'half' }) as RequestInit;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'postkamer-body-limits-'));
  const directoryPath = join(dataDir, 'directory.json');
  writeFileSync(directoryPath, JSON.stringify(testDirectory()));
  const config = loadConfig({
    POSTKAMER_DATA_DIR: dataDir,
    MAX_FORM_KB: String(settings.MAX_FORM_KB),
    MAX_FILE_MB: String(settings.MAX_FILE_MB),
    MAX_UPLOAD_FILES: String(settings.MAX_UPLOAD_FILES),
  });
  rt = await openRuntime({ dataDir, directoryPath, logger: quiet, config });
  const users = await testUsers([{ username: 'balie', name: 'Balie', roles: ['desk'], password: 'balie-pass' }]);
  app = createApp(rt, { users, sessionSecret: 'unit-test-secret-unit-test-secret-000' });
});

afterAll(async () => {
  await rt.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('request body limits', () => {
  it('follow from the settings: 64 KiB per form, MAX_FILE_MB × MAX_UPLOAD_FILES (+1 MiB for the fields) per upload', () => {
    expect(limits.formBytes).toBe(64 * 1024);
    expect(limits.uploadBytes).toBe(3 * 1024 * 1024);
  });

  it('refuse a sign-in post that declares 700 MB at once, without reading a byte of it', async () => {
    const body = endlessBody(HUGE);
    const res = await webClient(app).request(
      '/login',
      post(body.stream, { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(HUGE) }),
    );
    expect(res.status).toBe(413);
    expect(res.headers.get('connection')).toBe('close');
    expect(await res.text()).toMatch(/Dit formulier is groter dan 64 KB en is niet gelezen/);
    // A stream buffers one chunk when it is made; nothing after it is read.
    expect(body.read()).toBeLessThanOrEqual(CHUNK);
  });

  it('stop reading a chunked sign-in post at the form limit and answer 413, in English for an English page', async () => {
    const body = endlessBody(HUGE, '--x\r\nContent-Disposition: form-data; name="username"\r\n\r\n');
    const res = await webClient(app, { [LANG_COOKIE]: 'en' }).request(
      '/login',
      post(body.stream, { 'content-type': 'multipart/form-data; boundary=x' }),
    );
    expect(res.status).toBe(413);
    expect(await res.text()).toMatch(/This form is larger than 64 KB and was not read/);
    expect(body.read()).toBeLessThanOrEqual(limits.formBytes + 4 * CHUNK);
  });

  it('give an upload from someone not signed in only the form limit', async () => {
    const body = endlessBody(2 * 1024 * 1024);
    const res = await webClient(app).request('/desk/upload', post(body.stream, { 'content-type': 'multipart/form-data; boundary=x' }));
    expect(res.status).toBe(413);
    expect(body.read()).toBeLessThanOrEqual(limits.formBytes + 4 * CHUNK);
  });

  it('stop a signed-in upload at the upload limit, with a JSON answer for the upload script', async () => {
    const desk = webClient(app);
    await desk.signIn('balie');
    const token = await desk.csrf('/desk');
    const declared = await desk.request(
      '/desk/upload',
      post(endlessBody(HUGE).stream, {
        'content-type': 'multipart/form-data; boundary=x',
        'content-length': String(HUGE),
        'x-csrf-token': token,
        accept: 'application/json',
      }),
    );
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({ error: 'too-large', limitBytes: limits.uploadBytes });

    const body = endlessBody(HUGE, '--x\r\nContent-Disposition: form-data; name="files"; filename="a.pdf"\r\n\r\n');
    const res = await desk.request(
      '/desk/upload',
      post(body.stream, { 'content-type': 'multipart/form-data; boundary=x', 'x-csrf-token': token, accept: 'application/json' }),
    );
    expect(res.status).toBe(413);
    expect(body.read()).toBeGreaterThan(limits.formBytes);
    expect(body.read()).toBeLessThanOrEqual(limits.uploadBytes + 4 * CHUNK);
  });

  it('answer a body that is no multipart form (no boundary, broken off) with 400 and a plain reason, not 500', async () => {
    const desk = webClient(app);
    await desk.signIn('balie');
    const token = await desk.csrf('/desk');
    const send = (body: string, contentType: string) =>
      desk.request('/desk/upload', {
        method: 'POST',
        body,
        headers: { 'content-type': contentType, 'x-csrf-token': token, accept: 'application/json' },
      });
    const noBoundary = await send('whatever', 'multipart/form-data');
    expect(noBoundary.status).toBe(400);
    expect(await noBoundary.json()).toMatchObject({ error: 'form.malformed' });
    const brokenOff = await send(
      '--x\r\nContent-Disposition: form-data; name="files"; filename="a.pdf"\r\n\r\n%PDF-1.4 half',
      'multipart/form-data; boundary=x',
    );
    expect(brokenOff.status).toBe(400);
  });

  it('let an upload within the limit through', async () => {
    const desk = webClient(app);
    await desk.signIn('balie');
    const data = new FormData();
    data.append('_csrf', await desk.csrf('/desk'));
    data.append('batchId', randomUUID());
    data.append('files', new File([new Uint8Array(600 * 1024).fill(32).fill(37, 0, 1)], 'scan.pdf'));
    const res = await desk.request('/desk/upload', { method: 'POST', body: data, headers: { accept: 'application/json' } });
    expect(res.status).toBe(200);
  });
});
