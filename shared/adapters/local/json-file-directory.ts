import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { type Directory, DirectoryError } from '../../domain/directory.ts';
import { validateDirectory } from '../../domain/directory-changes.ts';
import type { DirectoryStore } from '../../ports.ts';

/**
 * The directory from a JSON file, validated, re-read when the file changes (by inode, mtime and
 * size: a change written here replaces the file, so its inode changes even within the same
 * millisecond). Changes (`update`) are made under a lock file next to the directory, which every
 * process that writes it (web server, worker, `postkamer directory import`) takes, then written
 * to a temp file in the same folder and renamed over the old one: a reader sees the old file or
 * the new one, never half of one.
 */
export interface JsonFileDirectoryOptions {
  /** How long to wait for the lock before giving up. */
  lockTimeoutMs?: number;
  /** A lock older than this was left by a process that died: it is taken over. */
  staleLockMs?: number;
}

export class JsonFileDirectory implements DirectoryStore {
  private cached: { stamp: string; directory: Directory } | undefined;
  private readonly lockPath: string;

  constructor(
    private readonly path: string,
    private readonly options: JsonFileDirectoryOptions = {},
  ) {
    this.lockPath = join(dirname(path), `.${basename(path)}.lock`);
  }

  async load(): Promise<Directory> {
    const s = await stat(this.path).catch(() => {
      throw new Error(`Directory file not found: ${this.path}`);
    });
    const stamp = `${s.ino}:${s.mtimeMs}:${s.size}`;
    if (this.cached?.stamp === stamp) return this.cached.directory;
    const directory = await this.read();
    this.cached = { stamp, directory };
    return directory;
  }

  async exportJson(): Promise<string> {
    return readFile(this.path, 'utf8');
  }

  async update<T>(
    change: (current: Directory) => { directory: Directory | null; result: T },
    record?: (before: Directory, after: Directory, result: T) => Promise<void>,
  ): Promise<T> {
    const release = await this.lock();
    try {
      // Always the file as it is now, not the cache: another process may have written it.
      const before = await this.read();
      const { directory, result } = change(before);
      if (!directory) return result;
      const checked = validateDirectory(directory);
      if (!checked.ok) throw new DirectoryError(`The changed directory is not valid:\n  ${checked.errors.slice(0, 10).join('\n  ')}`);
      const temp = `${this.path}.${randomBytes(6).toString('hex')}.tmp`;
      const handle = await open(temp, 'wx', 0o600);
      try {
        await handle.writeFile(`${JSON.stringify(directory, null, 2)}\n`, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, this.path);
      this.cached = undefined;
      await record?.(before, checked.directory, result);
      return result;
    } finally {
      await release();
    }
  }

  private async read(): Promise<Directory> {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(this.path, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`Directory file not found: ${this.path}`);
      throw new Error(`Directory file ${this.path} is not valid JSON: ${(error as Error).message}`);
    }
    const result = validateDirectory(json);
    if (!result.ok) throw new DirectoryError(`The directory is not valid:\n  ${result.errors.slice(0, 10).join('\n  ')}`);
    return result.directory;
  }

  /** An exclusive lock file (`O_EXCL`): the first process to create it holds the lock. */
  private async lock(): Promise<() => Promise<void>> {
    const timeout = this.options.lockTimeoutMs ?? 10_000;
    const stale = this.options.staleLockMs ?? 30_000;
    const token = `${process.pid}:${randomBytes(6).toString('hex')}`;
    const started = performance.now();
    /** The holder we keep finding, and since when (our own monotonic time) we have seen it hold the lock. */
    let seen: { holder: string; since: number } | undefined;
    for (;;) {
      try {
        const handle = await open(this.lockPath, 'wx', 0o600);
        await handle.writeFile(token);
        await handle.close();
        return async () => {
          // Only our own lock: a stale-lock takeover may have replaced it.
          const holder = await readFile(this.lockPath, 'utf8').catch(() => '');
          if (holder === token) await rm(this.lockPath, { force: true });
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      // Stale: its process is gone, or we have watched the same holder keep it longer than `stale`.
      // Never by comparing the lock file's mtime with the wall clock: those are two clocks (a moved
      // system clock, a network file system), and a wrong answer lets two writers in at once.
      const holder = await readFile(this.lockPath, 'utf8').catch(() => undefined);
      if (holder !== undefined && seen?.holder !== holder) seen = { holder, since: performance.now() };
      if (holder !== undefined && (!holderAlive(holder) || performance.now() - (seen?.since ?? 0) > stale)) {
        if ((await readFile(this.lockPath, 'utf8').catch(() => undefined)) === holder) await rm(this.lockPath, { force: true });
      } else if (performance.now() - started > timeout)
        throw new DirectoryError(`The directory is being changed by another process (lock ${this.lockPath}): try again.`);
      else await new Promise((r) => setTimeout(r, 20));
    }
  }
}

/** Whether the process that wrote a lock token (`<pid>:<random>`) still runs on this machine. */
function holderAlive(token: string): boolean {
  const pid = Number(token.split(':')[0]);
  if (!Number.isSafeInteger(pid) || pid <= 0) return true; // not ours to judge: wait for it to go stale
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
