import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { systemClock } from '../../shared/adapters/clock.ts';
import { FileObjectStore } from '../../shared/adapters/local/file-object-store.ts';
import { correctionsPath, resealCorrections } from '../../shared/adapters/local/jsonl-correction-store.ts';
import { type KeyRing, KeyRingError, readKeyRing, sealedKeyId } from '../../shared/adapters/local/key-ring.ts';
import { isPlaintextDatabase, openEncrypted } from '../../shared/adapters/local/sqlite-database.ts';
import { loadConfig } from '../../shared/config.ts';
import { dataPaths, keyFileOf } from '../runtime.ts';

/**
 * `postkamer keys`: the key ring that encrypts the data dir at rest. `rotate` makes a new current
 * key, rekeys the database and seals every object, outbox file and correction again with it; the
 * old keys stay in the ring (backups made with them still restore) until `retire` removes one that
 * nothing uses any more.
 */
interface KeysOptions {
  dataDir?: string;
  json?: boolean;
}

/** How many files (or correction lines) are sealed with each key; `plaintext` for those from before encryption. */
type Counts = Record<string, number>;

export interface KeysStatus {
  keyFile: string;
  current: string;
  keys: { id: string; createdAt: string; current: boolean }[];
  /** The key the database is encrypted with, `plaintext` before its first encrypted start, null when there is none. */
  database: string | null;
  objects: Counts;
  outbox: Counts;
  corrections: Counts;
}

export interface RotateResult {
  keyFile: string;
  keyId: string;
  previousKeyId: string;
  database: 'rekeyed' | 'none';
  objects: { resealed: number; total: number };
  outbox: { resealed: number; total: number };
  corrections: number;
}

function locate(opts: KeysOptions) {
  const config = loadConfig();
  const dataDir = resolve(opts.dataDir ?? config.POSTKAMER_DATA_DIR);
  return { dataDir, paths: dataPaths(dataDir), keyFile: keyFileOf(config, dataDir) };
}

export async function keysStatus(opts: KeysOptions): Promise<KeysStatus> {
  const { dataDir, paths, keyFile } = locate(opts);
  const ring = readKeyRing(keyFile);
  let database: string | null = null;
  if (isPlaintextDatabase(paths.database)) database = 'plaintext';
  else if (existsSync(paths.database)) {
    const { db, keyId } = openEncrypted(paths.database, ring);
    db.close();
    database = keyId;
  }
  return {
    keyFile,
    current: ring.currentId,
    keys: ring.keys.map((k) => ({ id: k.id, createdAt: k.createdAt, current: k.id === ring.currentId })),
    database,
    objects: await countFiles(new FileObjectStore(paths.objects, ring)),
    outbox: await countFiles(new FileObjectStore(paths.outbox, ring)),
    corrections: await countCorrections(correctionsPath(dataDir)),
  };
}

async function countFiles(store: FileObjectStore): Promise<Counts> {
  const counts: Counts = {};
  for (const key of await store.keysInStore()) {
    const id = await store.sealedWith(key);
    counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}

async function countCorrections(path: string): Promise<Counts> {
  const text = await readFile(path, 'utf8').catch(() => '');
  const counts: Counts = {};
  for (const line of text.split('\n').filter((l) => l.trim())) {
    const id = line.startsWith('sealed:') ? (sealedKeyId(Buffer.from(line.slice(7, 7 + 72), 'base64')) ?? 'plaintext') : 'plaintext';
    counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}

/**
 * A new current key, then everything sealed again with it. The database goes first and needs
 * postkamer stopped (leaving WAL mode to rekey needs the only connection); the new key is saved
 * before the database is rekeyed with it, so no step can leave data under a key the ring lacks.
 * Interrupted, it can run again: every file stays readable under either key meanwhile.
 */
export async function rotateKeys(opts: KeysOptions, onProgress?: (done: number, total: number) => void): Promise<RotateResult> {
  const { dataDir, paths, keyFile } = locate(opts);
  const old = readKeyRing(keyFile);
  const ring = old.withNewKey(systemClock.now());
  let database: RotateResult['database'] = 'none';
  if (existsSync(paths.database)) {
    const { db } = openEncrypted(paths.database, old);
    try {
      db.pragma('busy_timeout = 2000');
      try {
        if (db.pragma('journal_mode = DELETE', { simple: true }) !== 'delete') throw new Error('still in WAL mode');
      } catch (error) {
        throw new KeyRingError(
          'keys.database-in-use',
          `the database ${paths.database} is in use: stop postkamer (serve, worker) and try again`,
          {
            cause: error,
          },
        );
      }
      ring.save();
      db.pragma(`rekey = "x'${ring.current.key.toString('hex')}'"`);
      database = 'rekeyed';
    } finally {
      db.close();
    }
  } else ring.save();

  const objects = new FileObjectStore(paths.objects, ring);
  const outbox = new FileObjectStore(paths.outbox, ring);
  const objectKeys = await objects.keysInStore();
  const outboxKeys = await outbox.keysInStore();
  const total = objectKeys.length + outboxKeys.length;
  let done = 0;
  const reseal = async (store: FileObjectStore, keys: string[]) => {
    let resealed = 0;
    for (const key of keys) {
      if (await store.reseal(key)) resealed++;
      onProgress?.(++done, total);
    }
    return { resealed, total: keys.length };
  };
  return {
    keyFile,
    keyId: ring.currentId,
    previousKeyId: old.currentId,
    database,
    objects: await reseal(objects, objectKeys),
    outbox: await reseal(outbox, outboxKeys),
    corrections: await resealCorrections(correctionsPath(dataDir), ring),
  };
}

/** Removes a key from the ring once nothing in the data dir is sealed with it. */
export async function retireKey(opts: KeysOptions, id: string): Promise<KeyRing> {
  const status = await keysStatus(opts);
  const ring = readKeyRing(status.keyFile);
  if (!ring.has(id)) throw new KeyRingError('keys.unknown-key', `the key file ${status.keyFile} holds no key ${id}`);
  const inUse = status.database === id || [status.objects, status.outbox, status.corrections].some((counts) => (counts[id] ?? 0) > 0);
  if (inUse) throw new KeyRingError('keys.in-use', `key ${id} still seals data in this data dir: run \`postkamer keys rotate\` first`);
  const retired = ring.without(id);
  retired.save();
  return retired;
}

export function registerKeys(program: Command) {
  const keys = program.command('keys').description('the key ring that encrypts the data dir at rest (README "Data at rest")');

  keys
    .command('status')
    .description('the keys in the key file, and how many objects, outbox files and corrections each one seals')
    .option('--data-dir <path>', 'data directory')
    .option('--json', 'one JSON object on stdout')
    .action(async (opts: KeysOptions) => {
      const status = await keysStatus(opts);
      if (opts.json) return void process.stdout.write(`${JSON.stringify(status)}\n`);
      const counts = (c: Counts) =>
        Object.entries(c)
          .map(([id, n]) => `${n} under ${id}`)
          .join(', ') || 'none';
      process.stdout.write(
        `key file ${status.keyFile}\n` +
          status.keys.map((k) => `  ${k.id}  made ${k.createdAt}${k.current ? '  (current)' : ''}\n`).join('') +
          `database: ${status.database ?? 'none'}\nobjects: ${counts(status.objects)}\noutbox: ${counts(status.outbox)}\ncorrections: ${counts(status.corrections)}\n`,
      );
    });

  keys
    .command('rotate')
    .description('add a new current key and seal everything again with it (stop postkamer first; safe to run again when interrupted)')
    .option('--data-dir <path>', 'data directory')
    .option('--json', 'the result as one JSON object on stdout (no progress bar)')
    .action(async (opts: KeysOptions) => {
      const bar = opts.json
        ? undefined
        : new SingleBar({
            stream: process.stderr,
            format: 'sealing [{bar}] {percentage}% | {value}/{total} files | eta {eta_formatted}',
            hideCursor: true,
          });
      let started = false;
      const result = await rotateKeys(opts, (done, total) => {
        if (!started) bar?.start(total, 0);
        started = true;
        bar?.update(done);
      });
      bar?.stop();
      process.stdout.write(
        opts.json
          ? `${JSON.stringify(result)}\n`
          : `new current key ${result.keyId} (was ${result.previousKeyId}) in ${result.keyFile}\n` +
              `database ${result.database}; ${result.objects.resealed} of ${result.objects.total} objects and ${result.outbox.resealed} of ${result.outbox.total} outbox files sealed again; ${result.corrections} corrections\n` +
              `key ${result.previousKeyId} stays in the key file: backups made before now need it (\`postkamer keys retire ${result.previousKeyId}\` removes it)\n`,
      );
    });

  keys
    .command('retire')
    .description(
      'remove an old key from the key file, once nothing in the data dir is sealed with it (backups made with it can no longer be restored)',
    )
    .argument('<key-id>', 'a key id from `postkamer keys status`')
    .option('--data-dir <path>', 'data directory')
    .option('--json', 'one JSON object on stdout')
    .action(async (id: string, opts: KeysOptions) => {
      const ring = await retireKey(opts, id);
      const result = { retired: id, keyFile: ring.file, keys: ring.keys.map((k) => k.id) };
      process.stdout.write(opts.json ? `${JSON.stringify(result)}\n` : `key ${id} removed from ${ring.file}\n`);
    });

  keys
    .command('open')
    .description('write the plaintext of a sealed file (an outbox e-mail or letter, an object) to stdout or --out')
    .argument('<file>', 'a file sealed by postkamer')
    .option('--data-dir <path>', 'data directory')
    .option('--out <path>', 'write here instead of stdout')
    .action(async (file: string, opts: KeysOptions & { out?: string }) => {
      const plain = readKeyRing(locate(opts).keyFile).open(await readFile(file), file);
      if (opts.out) await writeFile(opts.out, plain, { mode: 0o600, flag: 'wx' });
      else process.stdout.write(plain);
    });
}
