import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

/** Opens the embedded database in WAL mode (readers never block the writer; survives crashes). */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 10000');
  db.pragma('foreign_keys = ON');
  return db;
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
