import { spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRuntime, type Runtime } from '../../local/runtime.ts';
import { createApp } from '../../local/server.ts';
import { parseMultipart, SpooledFile, spoolDir, spooledFiles, spoolOptions } from '../../local/web/upload-spool.ts';
import { UploadStore } from '../../local/web/upload-store.ts';
import { loadConfig } from '../../shared/config.ts';
import { testUsers } from '../helpers/browser.ts';
import { testDirectory } from '../helpers/factories.ts';
import { webClient } from '../helpers/web-client.ts';

/**
 * Uploads stream to disk (issue 17): a file is spooled, encrypted, while it arrives, never held
 * whole; one over MAX_FILE_MB is counted and fingerprinted to its end but not kept, and intake
 * rejects it from its size; a form with more files than MAX_UPLOAD_FILES takes nothing in.
 */
const quiet = { info() {}, warn() {}, error() {} };
let dataDir: string;
let rt: Runtime;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'postkamer-spool-'));
  const directoryPath = join(dataDir, 'directory.json');
  writeFileSync(directoryPath, JSON.stringify(testDirectory()));
  const config = loadConfig({ POSTKAMER_DATA_DIR: dataDir, MAX_FILE_MB: '1', MAX_UPLOAD_FILES: '3' });
  rt = await openRuntime({ dataDir, directoryPath, logger: quiet, config });
  const users = await testUsers([{ username: 'post', name: 'Post', roles: ['mailroom'], password: 'post-pass' }]);
  app = createApp(rt, { users, sessionSecret: 'spool-test-secret-spool-test-secret-00' });
});

afterAll(async () => {
  await rt.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Every file in the web app's spool (its own folder under `<data-dir>/spool`). */
const spooled = () => readdirSync(join(dataDir, 'spool'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function multipart(fields: Record<string, string>, files: [string, Uint8Array][]): Request {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  for (const [name, bytes] of files) data.append('files', new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'application/pdf' }));
  return new Request('http://postkamer.test/upload', { method: 'POST', body: data });
}

describe('the upload spool', () => {
  it('keeps a file on disk encrypted, reads it back whole, and removes it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'postkamer-spool-unit-'));
    const bytes = new TextEncoder().encode(`%PDF-1.4\nBSN 123456782 Jan de Vries ${'x'.repeat(200_000)}\n%%EOF\n`);
    const form = await parseMultipart(multipart({ batchId: 'b-1' }, [['scan.pdf', bytes]]), spoolOptions(dir, 1024 * 1024, 4));
    expect(form.batchId).toBe('b-1');
    const [file] = spooledFiles(form);
    expect(file).toBeInstanceOf(SpooledFile);
    expect(file?.name).toBe('scan.pdf');
    expect(file?.size).toBe(bytes.byteLength);
    expect(file?.fingerprint).toBe(sha256(bytes));
    expect(new TextDecoder().decode(file?.head)).toMatch(/^%PDF-1\.4\nBSN 123456782/);
    const [spooled] = readdirSync(dir);
    const raw = readFileSync(join(dir, spooled as string));
    expect(raw.byteLength).toBe(bytes.byteLength);
    expect(raw.includes('123456782')).toBe(false);
    expect(raw.includes('%PDF')).toBe(false);
    expect(Buffer.from(await (file as SpooledFile).bytes()).equals(Buffer.from(bytes))).toBe(true);
    await file?.dispose();
    expect(readdirSync(dir)).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('counts a file over the limit to its end without keeping it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'postkamer-spool-unit-'));
    const big = new Uint8Array(300_000).fill(65);
    const small = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
    const form = await parseMultipart(
      multipart({}, [
        ['big.pdf', big],
        ['small.pdf', small],
      ]),
      spoolOptions(dir, 100_000, 4),
    );
    const [over, within] = spooledFiles(form);
    expect(over?.kept).toBe(false);
    expect(over?.size).toBe(300_000);
    expect(over?.fingerprint).toBe(sha256(big));
    expect(over?.head.byteLength).toBe(4096);
    await expect((over as SpooledFile).bytes()).rejects.toThrow(/not kept/);
    expect(within?.kept).toBe(true);
    expect(readdirSync(dir)).toHaveLength(1);
    await Promise.all(spooledFiles(form).map((f) => f.dispose()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives each process its own spool folder and clears only the folders of processes that are gone', () => {
    const root = mkdtempSync(join(tmpdir(), 'postkamer-spool-root-'));
    const gone = spawnSync(process.execPath, ['-e', '0']).pid as number; // a process that ran and ended
    mkdirSync(join(root, `${gone}-deadbeef`));
    writeFileSync(join(root, `${gone}-deadbeef`, 'left-behind'), 'x');
    writeFileSync(join(root, 'from-before-folders'), 'x');
    const other = spoolDir(root); // another serve on the same data dir, still running (this process)
    writeFileSync(join(other, 'in-flight'), 'x');
    const mine = spoolDir(root);
    expect(mine).not.toBe(other);
    expect(readdirSync(root).sort()).toEqual([basename(other), basename(mine)].sort());
    expect(readdirSync(other)).toEqual(['in-flight']); // its upload in progress is left alone
    rmSync(root, { recursive: true, force: true });
  });
});

describe('uploads through the web app', () => {
  async function mailroom() {
    const client = webClient(app);
    await client.signIn('post');
    const token = await client.csrf('/mailroom');
    return async (batchId: string, files: [string, Uint8Array][]) => {
      const data = new FormData();
      data.append('_csrf', token);
      data.append('batchId', batchId);
      for (const [name, bytes] of files) data.append('files', new File([bytes as Uint8Array<ArrayBuffer>], name));
      return client.request('/mailroom/upload', { method: 'POST', body: data, headers: { accept: 'application/json' } });
    };
  }

  it('reject a file over MAX_FILE_MB from its size, with its fingerprint, and leave no spool file behind', async () => {
    const upload = await mailroom();
    const big = new Uint8Array(1.5 * 1024 * 1024).fill(37);
    big.set(new TextEncoder().encode('%PDF-1.4\n'));
    const res = await upload(randomUUID(), [['groot.pdf', big]]);
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { documents: { documentId: string; status: string }[] };
    expect(answer.documents[0]?.status).toBe('rejected');
    const doc = await rt.ledger.getDocument(answer.documents[0]?.documentId as string);
    expect(doc?.rejectReason).toMatch(/too large \(1\.5 MB; the limit is 1 MB\)/);
    expect(doc?.fingerprint).toBe(sha256(big));
    expect(doc?.byteSize).toBe(big.byteLength);
    expect(spooled()).toEqual([]);
  });

  it('take nothing in when a form carries more files than MAX_UPLOAD_FILES, and say so', async () => {
    const upload = await mailroom();
    const batchId = randomUUID();
    const files = [1, 2, 3, 4].map((n): [string, Uint8Array] => [`scan-${n}.pdf`, new TextEncoder().encode(`%PDF-1.4\n${n}\n%%EOF\n`)]);
    const res = await upload(batchId, files);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toContain('4');
    expect(await new UploadStore(rt.db).items(batchId)).toEqual([]);
    expect(spooled()).toEqual([]);
    expect((await upload(batchId, files.slice(0, 3))).status).toBe(200);
    expect(await new UploadStore(rt.db).items(batchId)).toHaveLength(3);
  });
});
