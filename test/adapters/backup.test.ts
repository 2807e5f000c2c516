import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intake } from '../../functions/intake/intake.ts';
import { type BackupManifest, backupDataDir, MANIFEST } from '../../local/commands/backup.ts';
import { openRuntime, type Runtime } from '../../local/runtime.ts';
import { textPdf } from '../../scripts/lib/render-page.ts';
import { silentLogger } from '../../shared/adapters/local/json-logger.ts';
import { openKeyRing } from '../../shared/adapters/local/key-ring.ts';

/**
 * Backup while postkamer runs (a worker process busy, intake going on), restore into a fresh data
 * dir, and prove the copy: every audit chain verifies and every original matches its fingerprint.
 */
const run = promisify(execFile);
const directoryPath = 'examples/directory.json';
const root = mkdtempSync(join(tmpdir(), 'postkamer-backup-'));
const dataDir = join(root, 'live');
const backupDir = join(root, 'backup');
/** The live data dir's key ring, made on its first start; a backup leaves it out. */
const keyFile = join(dataDir, 'keys', 'postkamer.key');

const cli = (...args: string[]) =>
  run(process.execPath, ['bin/postkamer.mjs', ...args], { env: { ...process.env, LOG_LEVEL: 'silent' } }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

let rt: Runtime;
let worker: ChildProcess | undefined;
let manifest: BackupManifest;
let ingested = 0;

async function ingest(count: number) {
  for (let i = 0; i < count; i++) {
    const n = ingested++;
    await intake(rt.intakeDeps, {
      bytes: await textPdf([[`Loonstrook oktober 2026`, `Kenmerk BACKUP-${n}`, 'Brutoloon 1.152,00', 'Nettoloon 1.072,41']]),
      filename: `scan-${n}.pdf`,
      channel: 'post',
      source: 'test',
    });
  }
}

beforeAll(async () => {
  rt = await openRuntime({ dataDir, directoryPath, logger: silentLogger });
  worker = spawn(
    process.execPath,
    ['bin/postkamer.mjs', 'worker', '--data-dir', dataDir, '--directory', directoryPath, '--concurrency', '2'],
    {
      env: { ...process.env, LOG_LEVEL: 'silent' },
      stdio: 'ignore',
    },
  );
  await ingest(15);
  // Wait until the worker is well under way, then back up while it works and intake goes on.
  for (
    let i = 0;
    i < 200 &&
    (rt.db.prepare(`SELECT COUNT(*) AS n FROM documents WHERE status = 'triage' OR status = 'routed'`).get() as { n: number }).n < 5;
    i++
  )
    await new Promise((r) => setTimeout(r, 100));
  const [made] = await Promise.all([backupDataDir(dataDir, backupDir), ingest(10)]);
  manifest = made;
}, 120_000);

afterAll(async () => {
  worker?.kill('SIGTERM');
  await rt?.close();
});

describe('postkamer backup / restore', () => {
  it('backs up a consistent snapshot with a manifest of every file', () => {
    expect(manifest.documents).toBeGreaterThanOrEqual(15);
    expect(manifest.events).toBeGreaterThan(manifest.documents);
    const originals = manifest.files.filter((f) => f.path.startsWith('objects/originals/'));
    // Content-addressed by the plaintext's SHA-256; the manifest hashes the file as stored (sealed).
    for (const f of originals) expect(f.path).toMatch(/\/[0-9a-f]{64}$/);
    expect(originals.length).toBeGreaterThanOrEqual(manifest.documents);
    expect(readdirSync(backupDir)).toEqual(expect.arrayContaining([MANIFEST, 'postkamer.db', 'objects']));
  });

  it('is as encrypted as the data dir, and leaves the key file out', () => {
    expect(manifest.keyIds).toEqual([rt.keys.currentId]);
    expect(existsSync(join(backupDir, 'keys'))).toBe(false);
    expect(manifest.files.some((f) => f.path.startsWith('keys/'))).toBe(false);
    const plain = [Buffer.from('SQLite format 3'), Buffer.from('Loonstrook'), Buffer.from('BACKUP-')];
    for (const f of [manifest.database, ...manifest.files]) {
      const bytes = readFileSync(join(backupDir, f.path));
      expect(plain.filter((p) => bytes.includes(p)).map(String), f.path).toEqual([]);
    }
  });

  it('refuses to restore an encrypted backup without its key file, or with another one, before touching the target', async () => {
    const target = join(root, 'no-key');
    const refused = await cli('restore', backupDir, '--data-dir', target);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/the backup is encrypted \(keys .+\): pass --key-file/);
    const otherKey = join(root, 'other.key');
    openKeyRing(otherKey, new Date());
    const wrong = await cli('restore', backupDir, '--data-dir', target, '--key-file', otherKey);
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toContain(`the key file ${otherKey} lacks key(s) ${rt.keys.currentId}`);
    expect(existsSync(target)).toBe(false);
  }, 60_000);

  it('restores into a fresh data dir where every audit chain and every original verifies', async () => {
    const target = join(root, 'restored');
    const restore = await cli('restore', backupDir, '--data-dir', target, '--key-file', keyFile, '--json');
    expect(restore.code, restore.stderr).toBe(0);
    expect(JSON.parse(restore.stdout)).toMatchObject({
      documents: manifest.documents,
      auditIntact: true,
      auditRootMatches: true,
      originals: { checked: manifest.documents, missing: [], altered: [] },
      ok: true,
    });

    const audit = await cli('audit', 'verify', '--data-dir', target, '--json');
    expect(audit.code, audit.stderr).toBe(0);
    expect(JSON.parse(audit.stdout)).toMatchObject({ documents: manifest.documents, broken: [], root: manifest.auditRoot });

    // Every original in the restored store hashes to its document's fingerprint.
    const restored = await openRuntime({ dataDir: target, directoryPath, logger: silentLogger });
    try {
      const docs = await restored.ledger.listDocuments({});
      expect(docs).toHaveLength(manifest.documents);
      for (const doc of docs) {
        const bytes = await restored.objects.get(doc.objectKey);
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(doc.fingerprint);
        // The restored history is the live history as it was: a prefix of what the live ledger holds now.
        const live = await rt.ledger.listEvents(doc.id);
        const copy = await restored.ledger.listEvents(doc.id);
        expect(live.slice(0, copy.length).map((e) => e.hash)).toEqual(copy.map((e) => e.hash));
      }
    } finally {
      await restored.close();
    }
  }, 60_000);

  it('refuses to restore over a data dir that is not empty, unless forced', async () => {
    const target = join(root, 'occupied');
    mkdirSync(target);
    writeFileSync(join(target, 'postkamer.db'), 'someone else’s data');
    const refused = await cli('restore', backupDir, '--data-dir', target, '--key-file', keyFile);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/not empty.*--force/);
    const forced = await cli('restore', backupDir, '--data-dir', target, '--force', '--key-file', keyFile, '--json');
    expect(forced.code, forced.stderr).toBe(0);
    expect(JSON.parse(forced.stdout)).toMatchObject({ ok: true });
  }, 60_000);

  it('refuses a damaged backup before touching the target', async () => {
    const damaged = join(root, 'damaged');
    await backupDataDir(dataDir, damaged);
    const original = readdirSync(join(damaged, 'objects', 'originals'), { recursive: true, withFileTypes: true }).find((e) => e.isFile());
    if (!original) throw new Error('expected an original in the backup');
    writeFileSync(join(original.parentPath, original.name), 'altered');
    const target = join(root, 'from-damaged');
    const refused = await cli('restore', damaged, '--data-dir', target, '--key-file', keyFile);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/damaged: objects\/originals\/.* does not match its manifest/);
    expect(() => readdirSync(target)).toThrow();
  }, 60_000);

  it('refuses to back up into a folder that is not empty', async () => {
    await expect(backupDataDir(dataDir, backupDir)).rejects.toThrow(/not empty/);
  });
});
