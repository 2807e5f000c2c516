import { closeSync, existsSync, mkdirSync, openSync, readSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { type KeyRing, KeyRingError } from './key-ring.ts';

export type Db = Database.Database;

/**
 * Opens the embedded database in WAL mode (readers never block the writer; survives crashes).
 * With a key ring the whole file is encrypted (SQLite3 Multiple Ciphers, ChaCha20-Poly1305 per
 * page, the WAL too), keyed with the ring's current key; a database keyed with an older key of
 * the ring still opens (`postkamer keys rotate` rekeys it), and a plaintext one from before
 * encryption is encrypted in place on first open.
 */
export function openDatabase(file: string, keys?: KeyRing): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = keys && file !== ':memory:' ? openEncrypted(file, keys).db : new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 10000');
  db.pragma('foreign_keys = ON');
  return db;
}

/** A raw 256-bit key for SQLite3 Multiple Ciphers: no passphrase derivation, the key is random already. */
const keyPragma = (key: Buffer) => `"x'${key.toString('hex')}'"`;

/** Whether the file is a plain SQLite database (its header readable), as before encryption existed. */
export function isPlaintextDatabase(file: string): boolean {
  if (!existsSync(file)) return false;
  const header = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  return header.toString('latin1') === 'SQLite format 3\0';
}

/** Opens `file` with whichever key of the ring it is keyed with (new files get the current key); `keyId` says which. */
export function openEncrypted(file: string, keys: KeyRing): { db: Db; keyId: string } {
  if (isPlaintextDatabase(file)) rekey(new Database(file), keys.current.key, file);
  const fresh = !existsSync(file);
  for (const { id, key } of [keys.current, ...keys.keys.filter((k) => k.id !== keys.currentId)]) {
    const db = new Database(file);
    db.pragma(`key = ${keyPragma(key)}`);
    try {
      db.prepare('SELECT COUNT(*) FROM sqlite_master').get();
      return { db, keyId: id };
    } catch (error) {
      db.close();
      if ((error as { code?: string }).code !== 'SQLITE_NOTADB') throw error;
      if (fresh) break;
    }
  }
  throw new KeyRingError(
    'keys.database',
    `the database ${file} cannot be opened with any key in the key file ${keys.file}: a different key file, or the database is damaged`,
  );
}

/**
 * Encrypts (or re-encrypts) an open database with `key` and closes it. Rekeying needs the rollback
 * journal, and leaving WAL needs every other connection closed: postkamer must not be running.
 */
export function rekey(db: Db, key: Buffer, file: string) {
  try {
    db.pragma('busy_timeout = 2000');
    if (db.pragma('journal_mode = DELETE', { simple: true }) !== 'delete') throw new Error('still in WAL mode');
    db.pragma(`rekey = ${keyPragma(key)}`);
  } catch (error) {
    throw new KeyRingError(
      'keys.database-in-use',
      `cannot encrypt the database ${file} now (${(error as Error).message}): stop postkamer (serve, worker) and try again`,
      { cause: error },
    );
  } finally {
    db.close();
  }
}

/**
 * Runs `fn` in a transaction that takes the write lock first (BEGIN IMMEDIATE). A deferred
 * transaction that reads and then writes fails at once with SQLITE_BUSY when another process
 * wrote in between, instead of waiting for the lock; workers, the server and CLI commands share
 * one database, so every read-then-write goes through here.
 */
export function writeTransaction<T>(db: Db, fn: () => T): T {
  let run = transactions.get(db);
  if (!run) {
    run = db.transaction((f: () => unknown) => f());
    transactions.set(db, run);
  }
  return run.immediate(fn) as T;
}

const transactions = new WeakMap<Db, Database.Transaction<(f: () => unknown) => unknown>>();
const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/**
 * The prepared statement for `sql`, prepared once per database: preparing costs more than running
 * most of these statements (a tenth of the CPU of a born-digital document went into it).
 */
export function statement(db: Db, sql: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let stmt = cache.get(sql);
  if (!stmt) {
    stmt = db.prepare(sql);
    cache.set(sql, stmt);
  }
  return stmt;
}
