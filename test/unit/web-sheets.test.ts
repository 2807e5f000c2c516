import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRuntime, type Runtime } from '../../local/runtime.ts';
import { createApp } from '../../local/server.ts';
import { pdfPages } from '../../shared/adapters/local/ocr/pdf-pages.ts';
import { loadConfig } from '../../shared/config.ts';
import { parseSheet } from '../../shared/domain/cover-sheet.ts';
import { testUsers } from '../helpers/browser.ts';
import { testDirectory } from '../helpers/factories.ts';
import { RecordingLogger } from '../helpers/fakes.ts';
import { webClient } from '../helpers/web-client.ts';

/**
 * Cover and separator sheets in the web app: who may print them, the PDF they get (the CLI's),
 * the errors tied to the fields, and the record of who printed a sheet for which client (ids only).
 */
const logger = new RecordingLogger();
let rt: Runtime;
let app: ReturnType<typeof createApp>;
let dataDir: string;

/** The printed words of a sheet PDF, from its text layer. */
async function printedText(pdf: Uint8Array): Promise<string> {
  let text = '';
  for await (const page of pdfPages(pdf, { maxPages: 2, maxPixels: 60_000_000, dpi: 100, minTextLayerLetters: 1 })) text += page.text ?? '';
  return text;
}

const printed = () => logger.lines.filter((l) => l.fields?.event === 'sheet.printed').map((l) => l.fields);

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'postkamer-web-sheets-'));
  const directoryPath = join(dataDir, 'directory.json');
  writeFileSync(directoryPath, JSON.stringify(testDirectory()));
  rt = await openRuntime({ dataDir, directoryPath, logger, config: loadConfig({ POSTKAMER_DATA_DIR: dataDir }) });
  const users = await testUsers([
    { username: 'balie', name: 'Balie', roles: ['desk'], password: 'balie-pass' },
    { username: 'post', name: 'Post', roles: ['mailroom'], password: 'post-pass' },
    { username: 'triage', name: 'Triage', roles: ['triage'], password: 'triage-pass' },
    { username: 'smit', name: 'D. Smit', roles: ['consultant'], consultantId: 'c-010', password: 'smit-pass' },
  ]);
  app = createApp(rt, { users, sessionSecret: 'unit-test-secret-unit-test-secret-000' });
});

afterAll(async () => {
  await rt.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('cover and separator sheets in the web app', () => {
  it('is linked from the desk and the mailroom, and open to desk, mailroom and triage only', async () => {
    const desk = webClient(app);
    await desk.signIn('balie');
    expect(await (await desk.request('/desk?client=K-100234')).text()).toContain('href="/sheets?client=K-100234"');
    const mailroom = webClient(app);
    await mailroom.signIn('post');
    expect(await (await mailroom.request('/mailroom')).text()).toContain('href="/sheets"');
    for (const who of [desk, mailroom]) expect((await who.request('/sheets')).status).toBe(200);
    const triage = webClient(app);
    await triage.signIn('triage');
    expect((await triage.request('/sheets')).status).toBe(200);

    const consultant = webClient(app);
    await consultant.signIn('smit');
    expect((await consultant.request('/sheets')).status).toBe(403);
    expect((await consultant.post('/sheets/separator', {})).status).toBe(403);
    expect((await webClient(app).request('/sheets')).status).toBe(303); // not signed in: to the sign-in page
  });

  it('finds a client with the desk’s search and fills in the number', async () => {
    const c = webClient(app);
    await c.signIn('balie');
    const found = await (await c.request('/sheets?q=vries')).text();
    expect(found).toContain('aria-label="Klant K-100234 kiezen"');
    expect(found).not.toContain('123456782');
    const chosen = await (await c.request('/sheets?client=K-100234')).text();
    expect(chosen).toContain('Gekozen klant: K-100234 · Jan de Vries');
    expect(chosen).toMatch(/id="client" name="client" value="K-100234"/);
  });

  it('serves the cover sheet PDF for the client and type, and records who printed it, by ids only', async () => {
    const c = webClient(app);
    await c.signIn('post');
    const before = printed().length;
    const res = await c.post('/sheets/cover', { client: 'k100234', type: 'objection' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="voorblad-K-100234-objection.pdf"');
    const pdf = new Uint8Array(await res.arrayBuffer());
    const text = await printedText(pdf);
    expect(text).toContain('Jan de Vries');
    const payload = /PK1:[A-Z0-9:.-]+/.exec(text)?.[0] ?? '';
    expect(parseSheet(payload)).toEqual({ kind: 'cover', clientNumber: 'K-100234', documentType: 'objection' });

    expect(printed().slice(before)).toEqual([
      { event: 'sheet.printed', by: 'post', kind: 'cover', clientNumber: 'K-100234', documentType: 'objection' },
    ]);
    const logged = JSON.stringify(logger.lines);
    expect(logged).not.toContain('Jan de Vries');
    expect(logged).not.toContain('123456782');
  });

  it('serves a separator sheet without a client', async () => {
    const c = webClient(app);
    await c.signIn('triage');
    const res = await c.post('/sheets/separator', {});
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="scheidingsblad.pdf"');
    expect(printed().at(-1)).toEqual({ event: 'sheet.printed', by: 'triage', kind: 'separator' });
  });

  it('refuses an unknown client or an empty number with an error tied to the field, and prints nothing', async () => {
    const c = webClient(app);
    await c.signIn('balie');
    const before = printed().length;
    const unknown = await c.post('/sheets/cover', { client: 'K-999999' });
    expect(unknown.status).toBe(400);
    const page = await unknown.text();
    expect(page).toContain('Dit klantnummer staat niet in het klantenbestand');
    expect(page).toContain('href="#client"');
    expect(page).toMatch(/id="client"[^>]*aria-invalid="true"/);
    const empty = await c.post('/sheets/cover', { client: '' });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('Vul het klantnummer in, of zoek de klant');
    const badType = await c.post('/sheets/cover', { client: 'K-100234', type: 'love_letter' });
    expect(badType.status).toBe(400);
    expect(printed().length).toBe(before);
    // a refusal is recorded without what was typed (it might have been a BSN)
    expect(JSON.stringify(logger.lines)).not.toContain('K-999999');
  });

  it('needs the form’s CSRF token', async () => {
    const c = webClient(app);
    await c.signIn('balie');
    const res = await c.request('/sheets/separator', { method: 'POST', form: { _csrf: 'wrong' } });
    expect(res.status).toBe(403);
  });

  it('speaks English after the language switch', async () => {
    const c = webClient(app);
    await c.signIn('balie');
    await c.request('/language/en?next=/sheets');
    const page = await (await c.request('/sheets')).text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('Make cover sheet (PDF)');
  });
});
