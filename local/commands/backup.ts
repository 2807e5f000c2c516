import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { chmod, copyFile, mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { type AuditReport, verifyAudit } from '../../functions/audit/verify-audit.ts';
import { systemClock } from '../../shared/adapters/clock.ts';
import { KeyRingError, readKeyRing, sealedKeyId } from '../../shared/adapters/local/key-ring.ts';
import { SqliteAuditTrail } from '../../shared/adapters/local/sqlite-audit-trail.ts';
import { openEncrypted } from '../../shared/adapters/local/sqlite-database.ts';
import { loadConfig } from '../../shared/config.ts';
import { NotFoundError } from '../../shared/domain/errors.ts';
import { dataPaths, keyFileOf, openRuntime } from '../runtime.ts';

/**
 * Backup and restore of the embedded data dir, also while postkamer runs. The database is copied
 * first with SQLite's online backup (a consistent snapshot, writers keep going), then the objects
 * and the outbox. Every original a document refers to is written before its document, so the copy
 * holds the original of every document in the snapshot. A manifest lists every file's SHA-256.
 * The copy is as encrypted as the data dir (database, objects, outbox); the key ring is not in it:
 * it is backed up separately, and `restore --key-file` brings it back.
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
  /** The ids of the keys the copy is sealed with: the key ring to restore with must hold them. */
  keyIds?: string[];
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

  const keys = readKeyRing(keyFileOf(loadConfig(), dataDir));
  const { db, keyId } = openEncrypted(source.database, keys);
  const keyIds = new Set([keyId]);
  try {
    db.pragma('busy_timeout = 10000');
    // One read transaction, so a consistent snapshot while writers go on; encrypted with the same
    // key (SQLite's online backup cannot copy into an encrypted database).
    db.prepare('VACUUM INTO ?').run(join(target, DATABASE));
  } finally {
    db.close();
  }
  const snapshot = openEncrypted(join(target, DATABASE), keys).db;
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
      keyIds.add(await sealedWith(join(target, path)));
    }
  keyIds.delete('plaintext');
  const manifest: BackupManifest = {
    format: FORMAT,
    createdAt: now.toISOString(),
    database: { path: DATABASE, ...(await hashFile(join(target, DATABASE))) },
    files,
    documents,
    events,
    auditRoot,
    keyIds: [...keyIds].sort(),
  };
  await writeFile(join(target, MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}

export interface RestoreResult {
  manifest: BackupManifest;
  check: DataDirCheck;
}

/** Checks the backup against its manifest, copies it into an empty data dir, and verifies the result. */
export async function restoreDataDir(
  backupDir: string,
  dataDir: string,
  options: { force?: boolean; keyFile?: string | undefined } = {},
): Promise<RestoreResult> {
  const manifest = await readManifest(backupDir);
  for (const f of [manifest.database, ...manifest.files]) {
    const actual = await hashFile(join(backupDir, f.path)).catch(() => undefined);
    if (!actual) throw new Error(`the backup is incomplete: ${f.path} is missing`);
    if (actual.sha256 !== f.sha256) throw new Error(`the backup is damaged: ${f.path} does not match its manifest`);
  }
  if (!options.force) await assertEmpty(dataDir, 'restore target');
  const target = resolve(dataDir);
  const paths = dataPaths(target);
  await restoreKeyRing(manifest, keyFileOf(loadConfig(), target), options.keyFile);
  await mkdir(target, { recursive: true });
  for (const stale of [`${paths.database}-wal`, `${paths.database}-shm`]) await rm(stale, { force: true });
  for (const f of [manifest.database, ...manifest.files]) await copyHashed(join(backupDir, f.path), join(target, f.path), f.path);
  return { manifest, check: await checkDataDir(target) };
}

/**
 * Puts the key ring the backup needs where the restored data dir looks for it (`keyFile`, from
 * `--key-file`), or checks the one already there; refuses before anything is copied when no ring
 * holds the backup's keys.
 */
async function restoreKeyRing(manifest: BackupManifest, targetKeyFile: string, keyFile: string | undefined) {
  const needed = manifest.keyIds ?? [];
  const from = keyFile ? resolve(keyFile) : existsSync(targetKeyFile) ? targetKeyFile : undefined;
  if (!from) {
    if (needed.length === 0) return; // a backup from before encryption
    throw new KeyRingError(
      'keys.restore-needs-key',
      `the backup is encrypted (keys ${needed.join(', ')}): pass --key-file with the key file of the data dir it was made from`,
    );
  }
  const ring = readKeyRing(from);
  const missing = needed.filter((id) => !ring.has(id));
  if (missing.length > 0)
    throw new KeyRingError('keys.restore-wrong-key', `the key file ${from} lacks key(s) ${missing.join(', ')} of this backup`);
  if (from !== targetKeyFile) {
    if (existsSync(targetKeyFile))
      throw new KeyRingError('keys.restore-key-exists', `${targetKeyFile} already holds a key ring; move it away first`);
    await mkdir(dirname(targetKeyFile), { recursive: true, mode: 0o700 });
    await copyFile(from, targetKeyFile);
    await chmod(targetKeyFile, 0o600);
  }
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
      const bytes = await rt.objects.get(doc.objectKey).catch((error: Error) => {
        if (error instanceof KeyRingError) throw error; // the wrong key file: not a fact about this original
        return error instanceof NotFoundError ? undefined : 'altered';
      });
      if (!bytes) originals.missing.push(doc.id);
      else if (bytes === 'altered') originals.altered.push(doc.id);
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
          : `backup in ${summary.target}: ${summary.documents} document(s), ${summary.events} event(s), ${summary.files} file(s), ${summary.bytes} bytes; audit root ${summary.auditRoot}\n` +
              `encrypted with key(s) ${(manifest.keyIds ?? []).join(', ')}: the key file is not in the backup, keep its own copy\n`,
      );
    });

  program
    .command('restore')
    .description('restore a backup into a data dir and verify it (audit chains, originals); refuses a non-empty data dir')
    .argument('<backup-dir>', 'a folder made by `postkamer backup`')
    .requiredOption('--data-dir <path>', 'the data dir to restore into (empty or new)')
    .option('--force', 'restore into a non-empty data dir, overwriting what the backup holds')
    .option('--key-file <path>', 'the key file of the backed-up data dir (copied to where the restored data dir keeps its key)')
    .option('--json', 'the result as one JSON object on stdout')
    .action(async (backupDir: string, opts: { dataDir: string; force?: boolean; keyFile?: string; json?: boolean }) => {
      const { manifest, check } = await restoreDataDir(backupDir, opts.dataDir, { force: opts.force, keyFile: opts.keyFile });
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

/** The id of the key a copied file is sealed with (`plaintext` for one from before encryption). */
async function sealedWith(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(128);
    const { bytesRead } = await handle.read(head, 0, head.byteLength, 0);
    return sealedKeyId(head.subarray(0, bytesRead)) ?? 'plaintext';
  } finally {
    await handle.close();
  }
}

async function hashFile(file: string): Promise<{ sha256: string; size: number }> {
  const { size } = await stat(file);
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return { sha256: hash.digest('hex'), size };
}
