import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import Database from 'better-sqlite3';
import type { Command } from 'commander';
import { type AuditReport, verifyAudit } from '../../functions/audit/verify-audit.ts';
import { systemClock } from '../../shared/adapters/clock.ts';
import { SqliteAuditTrail } from '../../shared/adapters/local/sqlite-audit-trail.ts';
import { loadConfig } from '../../shared/config.ts';
import { dataPaths, openRuntime } from '../runtime.ts';

/**
 * Backup and restore of the embedded data dir, also while postkamer runs. The database is copied
 * first with SQLite's online backup (a consistent snapshot, writers keep going), then the objects
 * and the outbox. Every original a document refers to is written before its document, so the copy
 * holds the original of every document in the snapshot. A manifest lists every file's SHA-256.
 */
export const MANIFEST = 'manifest.json';
const DATABASE = 'postkamer.db';
const FORMAT = 'postkamer-backup/1';
/**
 * What is copied besides the database; the inbox is work in progress and is not. `rejected` holds
 * the files too large to take in, set aside by the inbox watcher.
 */
const FOLDERS = ['objects', 'outbox', 'rejected'] as const;

export interface ManifestFile {
  path: string;
  sha256: string;
  size: number;
}

export interface BackupManifest {
  format: typeof FORMAT;
  createdAt: string;
  database: ManifestFile;
  files: ManifestFile[];
  documents: number;
  events: number;
  /** The audit root of the snapshot (see `audit verify`). */
  auditRoot: string;
}

export interface DataDirCheck {
  audit: AuditReport;
  originals: { checked: number; notKept: number; deleted: number; missing: string[]; altered: string[] };
  ok: boolean;
}

export async function backupDataDir(dataDir: string, target: string, now = systemClock.now()): Promise<BackupManifest> {
  const source = dataPaths(resolve(dataDir));
  if (!existsSync(source.database)) throw new Error(`no postkamer database in ${dataDir}`);
  await assertEmpty(target, 'backup target');
  await mkdir(target, { recursive: true });

  const db = new Database(source.database, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 10000');
    // One step for all pages: the copy is one read transaction, so a consistent snapshot.
    await db.backup(join(target, DATABASE), { progress: () => 0x7fffffff });
  } finally {
    db.close();
  }
  const snapshot = new Database(join(target, DATABASE));
  let documents: number;
  let events: number;
  let auditRoot: string;
  try {
    snapshot.pragma('journal_mode = DELETE'); // one self-contained file
    documents = (snapshot.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
    const audit = await verifyAudit(new SqliteAuditTrail(snapshot));
    events = audit.events;
    auditRoot = audit.root;
  } finally {
    snapshot.close();
  }

  const files: ManifestFile[] = [];
  const root = resolve(dataDir);
  for (const folder of FOLDERS)
    for (const file of await listFiles(join(root, folder))) {
      const path = relative(root, file).split(sep).join('/');
      files.push(await copyHashed(file, join(target, path), path));
    }
  const manifest: BackupManifest = {
    format: FORMAT,
    createdAt: now.toISOString(),
    database: { path: DATABASE, ...(await hashFile(join(target, DATABASE))) },
    files,
    documents,
    events,
    auditRoot,
  };
  await writeFile(join(target, MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}

export interface RestoreResult {
  manifest: BackupManifest;
  check: DataDirCheck;
}

/** Checks the backup against its manifest, copies it into an empty data dir, and verifies the result. */
export async function restoreDataDir(backupDir: string, dataDir: string, options: { force?: boolean } = {}): Promise<RestoreResult> {
  const manifest = await readManifest(backupDir);
  for (const f of [manifest.database, ...manifest.files]) {
    const actual = await hashFile(join(backupDir, f.path)).catch(() => undefined);
    if (!actual) throw new Error(`the backup is incomplete: ${f.path} is missing`);
    if (actual.sha256 !== f.sha256) throw new Error(`the backup is damaged: ${f.path} does not match its manifest`);
  }
  if (!options.force) await assertEmpty(dataDir, 'restore target');
  const target = resolve(dataDir);
  const paths = dataPaths(target);
  await mkdir(target, { recursive: true });
  for (const stale of [`${paths.database}-wal`, `${paths.database}-shm`]) await rm(stale, { force: true });
  for (const f of [manifest.database, ...manifest.files]) await copyHashed(join(backupDir, f.path), join(target, f.path), f.path);
  return { manifest, check: await checkDataDir(target) };
}

/** The audit chain of every document, and every kept original against its fingerprint. */
export async function checkDataDir(dataDir: string): Promise<DataDirCheck> {
  const rt = await openRuntime({ dataDir, defaultLogLevel: 'warn', config: { ...loadConfig(), LOG_LEVEL: 'warn' } });
  try {
    const audit = await verifyAudit(new SqliteAuditTrail(rt.db));
    const originals: DataDirCheck['originals'] = { checked: 0, notKept: 0, deleted: 0, missing: [], altered: [] };
    for (const doc of await rt.ledger.listDocuments({ limit: Number.MAX_SAFE_INTEGER })) {
      if (doc.status === 'deleted') {
        originals.deleted++; // after its retention period
        continue;
      }
      if (!doc.objectKey) {
        originals.notKept++; // over the size limit: rejected, fingerprint recorded, bytes not kept
        continue;
      }
      originals.checked++;
      const bytes = await rt.objects.get(doc.objectKey).catch(() => undefined);
      if (!bytes) originals.missing.push(doc.id);
      else if (createHash('sha256').update(bytes).digest('hex') !== doc.fingerprint) originals.altered.push(doc.id);
    }
    const ok = audit.broken.length === 0 && originals.missing.length === 0 && originals.altered.length === 0;
    return { audit, originals, ok };
  } finally {
    await rt.close();
  }
}

export function registerBackup(program: Command) {
  program
    .command('backup')
    .description('copy the data dir (database, originals, outbox) to an empty folder, also while postkamer runs')
    .argument('<target-dir>', 'an empty or new folder')
    .option('--data-dir <path>', 'data directory')
    .option('--json', 'the manifest summary as one JSON object on stdout')
    .action(async (targetDir: string, opts: { dataDir?: string; json?: boolean }) => {
      const started = performance.now();
      const manifest = await backupDataDir(opts.dataDir ?? loadConfig().POSTKAMER_DATA_DIR, targetDir);
      const summary = {
        target: resolve(targetDir),
        documents: manifest.documents,
        events: manifest.events,
        files: manifest.files.length,
        bytes: manifest.database.size + manifest.files.reduce((n, f) => n + f.size, 0),
        auditRoot: manifest.auditRoot,
        seconds: (performance.now() - started) / 1000,
      };
      process.stdout.write(
        opts.json
          ? `${JSON.stringify(summary)}\n`
          : `backup in ${summary.target}: ${summary.documents} document(s), ${summary.events} event(s), ${summary.files} file(s), ${summary.bytes} bytes; audit root ${summary.auditRoot}\n`,
      );
    });

  program
    .command('restore')
    .description('restore a backup into a data dir and verify it (audit chains, originals); refuses a non-empty data dir')
    .argument('<backup-dir>', 'a folder made by `postkamer backup`')
    .requiredOption('--data-dir <path>', 'the data dir to restore into (empty or new)')
    .option('--force', 'restore into a non-empty data dir, overwriting what the backup holds')
    .option('--json', 'the result as one JSON object on stdout')
    .action(async (backupDir: string, opts: { dataDir: string; force?: boolean; json?: boolean }) => {
      const { manifest, check } = await restoreDataDir(backupDir, opts.dataDir, { force: opts.force });
      const result = {
        dataDir: resolve(opts.dataDir),
        documents: manifest.documents,
        files: manifest.files.length,
        auditIntact: check.audit.broken.length === 0,
        auditRootMatches: check.audit.root === manifest.auditRoot,
        originals: check.originals,
        ok: check.ok && check.audit.root === manifest.auditRoot,
      };
      process.stdout.write(
        opts.json
          ? `${JSON.stringify(result)}\n`
          : `restored ${result.documents} document(s) and ${result.files} file(s) into ${result.dataDir}\n` +
              `audit: ${result.auditIntact ? 'every chain intact' : `${check.audit.broken.length} broken document(s)`}` +
              `${result.auditRootMatches ? ', root matches the backup' : ', root DIFFERS from the backup'}\n` +
              `originals: ${check.originals.checked} checked, ${check.originals.missing.length} missing, ${check.originals.altered.length} altered\n`,
      );
      if (!result.ok) process.exitCode = 1;
    });
}

async function readManifest(backupDir: string): Promise<BackupManifest> {
  const text = await readFile(join(backupDir, MANIFEST), 'utf8').catch(() => {
    throw new Error(`${backupDir} is not a postkamer backup (no ${MANIFEST})`);
  });
  const manifest = JSON.parse(text) as BackupManifest;
  if (manifest.format !== FORMAT) throw new Error(`${backupDir}: unknown backup format ${String(manifest.format)}`);
  for (const f of [manifest.database, ...manifest.files])
    if (f.path.startsWith('/') || f.path.split('/').includes('..'))
      throw new Error(`the manifest names a path outside the backup: ${f.path}`);
  return manifest;
}

async function assertEmpty(dir: string, what: string) {
  const entries = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  if (entries.length > 0)
    throw new Error(`the ${what} ${dir} is not empty${what === 'restore target' ? ' (use --force to restore over it)' : ''}`);
}

/** Files under a folder, recursively, skipping temp files of writes in progress. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) files.push(...(await listFiles(path)));
    else if (e.isFile() && !e.name.endsWith('.tmp')) files.push(path);
  }
  return files.sort();
}

/** Copies via a temp file, then hashes the copy (what the manifest promises is what was written). */
async function copyHashed(from: string, to: string, path: string): Promise<ManifestFile> {
  await mkdir(dirname(to), { recursive: true });
  await copyFile(from, `${to}.part`);
  await rename(`${to}.part`, to);
  return { path, ...(await hashFile(to)) };
}

async function hashFile(file: string): Promise<{ sha256: string; size: number }> {
  const { size } = await stat(file);
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return { sha256: hash.digest('hex'), size };
}
