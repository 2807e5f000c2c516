import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRuntime } from '../../local/runtime.ts';
import { createApp } from '../../local/server.ts';
import { UploadStore } from '../../local/web/upload-store.ts';
import { loadConfig } from '../../shared/config.ts';
import { pagesKey } from '../../shared/domain/document.ts';
import { testUsers } from '../helpers/browser.ts';
import { webClient } from '../helpers/web-client.ts';

const run = promisify(execFile);

/**
 * Retention on a real data dir, through the command line: two documents processed in 2024 (one
 * routed and closed, one rejected), then retention as of years later. The content is gone, the
 * records are redacted and marked, the audit chains still verify, the receipt still checks, and
 * the web page says "deleted".
 */
const SCAN = 'examples/scans/bankafschrift-oktober.pdf';
let dataDir: string;
let routed: { documentId: string; receiptNumber: string; route: { consultantId: string } };
let rejected: { documentId: string };

async function postkamer(...args: string[]) {
  const { stdout } = await run(process.execPath, ['bin/postkamer.mjs', ...args, '--data-dir', dataDir], {
    env: { ...process.env, POSTKAMER_DIRECTORY: 'examples/directory.json', LOG_LEVEL: 'silent' },
  });
  return stdout;
}
const json = async (...args: string[]) => JSON.parse((await postkamer(...args, '--json')).trim());
const filesUnder = (dir: string) =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()) : [];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'postkamer-retention-'));
  const notes = join(dataDir, 'notes.txt');
  writeFileSync(notes, 'not a scan at all');
  routed = await json('process', SCAN, '--at', '2024-03-05T10:00:00+01:00');
  rejected = await json('process', notes, '--at', '2024-03-05T10:05:00+01:00');
  expect(routed).toMatchObject({ status: 'routed' });
  expect(rejected).toMatchObject({ status: 'rejected' });
  await json('close', routed.documentId, '--by', routed.route.consultantId, '--at', '2024-04-01T09:00:00+02:00');
  // As if it came through the desk: the upload record keeps a file name that may name the client.
  const rt = await openRuntime({ dataDir, config: loadConfig({ POSTKAMER_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }) });
  await new UploadStore(rt.db).add({
    batchId: '0b9c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d',
    seq: 0,
    documentId: routed.documentId,
    filename: 'bankafschrift Jan de Vries.pdf',
    channel: 'desk',
    uploadedBy: 'balie',
    uploadedAt: '2024-03-05T09:00:00.000Z',
  });
  await rt.close();
}, 120_000);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('retention on a real data dir', () => {
  it('deletes nothing before its time: the rejected file after a year, the closed bank statement after ten', async () => {
    const early = await json('retention', 'run', '--dry-run', '--at', '2025-03-04T12:00:00+01:00');
    expect(early.deleted).toEqual([]);
    const year = await json('retention', 'run', '--dry-run', '--at', '2025-03-06T12:00:00+01:00');
    expect(year.deleted).toEqual([expect.objectContaining({ documentId: rejected.documentId, rule: 'rejected', after: '1y' })]);
    expect(year.checked).toBe(1); // the closed one is not even listed: ten years are far off
    // A dry run changes nothing.
    expect(filesUnder(join(dataDir, 'objects')).length).toBeGreaterThan(0);
  });

  it('deletes the content, redacts and marks the record, keeps the history verifiable', async () => {
    const rt0 = await openRuntime({ dataDir, config: loadConfig({ POSTKAMER_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }) });
    const before = await rt0.ledger.getDocument(routed.documentId);
    const beforeEvents = await rt0.ledger.listEvents(routed.documentId);
    await rt0.close();

    const report = await json('retention', 'run', '--at', '2034-04-02T12:00:00+02:00');
    expect(report.deleted.map((d: { documentId: string }) => d.documentId).sort()).toEqual([routed.documentId, rejected.documentId].sort());
    expect(report.failed).toEqual([]);

    const rt = await openRuntime({ dataDir, config: loadConfig({ POSTKAMER_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }) });
    try {
      // The upload record goes with the document: its file name named the client.
      expect(await new UploadStore(rt.db).forDocument(routed.documentId)).toEqual([]);
      const doc = await rt.ledger.getDocument(routed.documentId);
      expect(doc).toMatchObject({
        status: 'deleted',
        objectKey: '',
        filename: '',
        clientNumber: null,
        receiptNumber: routed.receiptNumber,
        fingerprint: before?.fingerprint,
        documentType: before?.documentType,
        deletion: { rule: before?.documentType, after: '10y', previousStatus: 'closed' },
      });
      expect(doc?.route?.reasons).toEqual([]);
      // Objects gone: the original, the text, the receipt e-mail; nothing else of it in the store.
      expect(await rt.objects.exists(before?.objectKey ?? '')).toBe(false);
      expect(await rt.objects.exists(pagesKey(routed.documentId))).toBe(false);
      expect(await existsOutbox(routed.documentId)).toBe(false);
      expect(filesUnder(join(dataDir, 'objects')).map((e) => e.name)).toEqual([]);
      // The history: every event as it was, one `deleted` event added.
      const events = await rt.ledger.listEvents(routed.documentId);
      expect(events.slice(0, -1)).toEqual(beforeEvents);
      expect(events.at(-1)).toMatchObject({ type: 'deleted', actor: 'retention' });
      expect(JSON.stringify(events.at(-1)?.data)).not.toMatch(/bankafschrift|K-\d/);
    } finally {
      await rt.close();
    }

    const audit = await json('audit', 'verify');
    expect(audit.broken).toEqual([]);
    const check = await json('verify-original', routed.receiptNumber, SCAN);
    expect(check).toMatchObject({ ok: true, fileMatches: true, storedOriginal: 'deleted' });

    // Again: nothing more to do.
    const again = await json('retention', 'run', '--at', '2034-04-03T12:00:00+02:00');
    expect(again.deleted).toEqual([]);
  }, 120_000);

  it('the web page of a deleted document says so, with its history, and serves no content', async () => {
    const rt = await openRuntime({
      dataDir,
      directoryPath: 'examples/directory.json',
      config: loadConfig({ POSTKAMER_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }),
    });
    try {
      const consultantId = routed.route.consultantId;
      const users = await testUsers([
        { username: 'behandelaar', name: 'Behandelaar', roles: ['consultant'], consultantId, password: 'b-pass' },
      ]);
      const c = webClient(createApp(rt, { users, sessionSecret: 'retention-test-secret-retention-test-0' }));
      await c.signIn('behandelaar', 'b-pass');
      const page = await c.request(`/documents/${routed.documentId}`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('verwijderd na de bewaartermijn');
      expect(html).toContain('Het origineel, de pagina’s en de herkende tekst zijn verwijderd');
      expect(html).not.toContain('bankafschrift-oktober');
      expect((await c.request(`/documents/${routed.documentId}/original`)).status).toBe(404);
      expect((await c.request(`/documents/${routed.documentId}/pages/1`)).status).toBe(404);
    } finally {
      await rt.close();
    }
  });
});

async function existsOutbox(documentId: string) {
  return filesUnder(join(dataDir, 'outbox')).some((e) => e.name.includes(documentId));
}
