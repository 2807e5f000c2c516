import { createHash } from 'node:crypto';
import { constants, mkdirSync, realpathSync, type Stats } from 'node:fs';
import { copyFile, lstat, mkdir, open, readdir, realpath, rename, rmdir, unlink } from 'node:fs/promises';
import { dirname, extname, join, sep } from 'node:path';
import { type IntakeDeps, type IntakeResult, intake, intakeOversized } from '../functions/intake/intake.ts';
import { inboxRefusedAlert, type RefusedEntryKind } from '../shared/domain/alert.ts';
import { CHANNELS, type Channel } from '../shared/domain/document.ts';
import { pdfLooksComplete, sniffMediaType } from '../shared/domain/sniff.ts';
import type { Clock, Logger } from '../shared/ports.ts';
import type { Runtime } from './runtime.ts';

/**
 * The scanner folders `<data-dir>/inbox/<channel>/` (and up to two levels of subfolders in each),
 * polled: network shares (SMB, NFS) send no reliable change events.
 *
 * - Only ordinary files are read. A symbolic link (to a file or a folder), a pipe, a socket or a
 *   device is refused with an alert and left where it is, never opened, never moved; a linked
 *   folder is never entered. Files are opened without following links and checked again once
 *   open, so nothing outside the inbox is ever read or moved.
 * - Names starting with `.` or ending in `.part` / `.tmp` are a scanner's files still being
 *   written: ignored until renamed.
 * - A file is read once its size and modification time stayed the same for `settleMs` (by the
 *   clock port); a file that changes starts its wait again, so a file still growing is never read.
 * - Its size comes from `lstat` first: over the limit it is rejected (reason and alert) with a
 *   streamed fingerprint, never read into memory.
 * - A PDF that stops before its end marker waits another settle window, up to `incompleteAttempts`
 *   times, then is rejected as incomplete.
 *
 * Taken in, a file is deleted from the inbox: its bytes are in the object store and its ledger row
 * is committed before (intake stores, then records), so the store is the only copy, covered by
 * backups and retention. A file too large to take in is never read into memory and not stored:
 * it is moved to `<data-dir>/rejected/<document id>.<ext>` (a rename), where a person can fetch it
 * and where backups and retention reach it. A crash before the delete or move leaves the file in
 * the inbox; its intake key is its place in the inbox plus its SHA-256, so the restart that sees it
 * again gets the same document and then deletes or moves it.
 */
export interface InboxWatcherOptions {
  /** The inbox folder (`<data-dir>/inbox`). */
  root: string;
  /** Where files too large to take in are set aside (`<data-dir>/rejected`). */
  rejected: string;
  settleMs: number;
  maxBytes: number;
  intakeDeps: IntakeDeps;
  clock: Clock;
  logger: Logger;
  /** Reads of an incomplete PDF, a settle window apart, before it is rejected. */
  incompleteAttempts?: number;
  /** Called after a file was taken in (wakes the workers). */
  onIntake?: () => void;
}

/** Subfolder levels entered below a channel folder. */
const MAX_DEPTH = 2;
/** Bytes read to tell an oversized file's type. */
const HEAD_BYTES = 4096;

/** Files a scanner is still writing: ignored until renamed. */
export const isScannerTemporary = (name: string) => name.startsWith('.') || /\.(part|tmp)$/i.test(name);

interface Observation {
  ino: number;
  size: number;
  mtimeMs: number;
  /** Clock time (ms) since when size and modification time have not changed. */
  since: number;
  /** Reads that found an incomplete PDF. */
  incomplete: number;
}

export class InboxWatcher {
  private readonly seen = new Map<string, Observation>();
  private readonly refused = new Set<string>();
  private readonly rootReal: string;
  private readonly attempts: number;
  private timer: NodeJS.Timeout | undefined;
  private scanning: Promise<unknown> | undefined;
  private closed = false;

  constructor(private readonly o: InboxWatcherOptions) {
    for (const channel of CHANNELS) mkdirSync(join(o.root, channel), { recursive: true });
    // The inbox itself is configuration (it may be a mount or a link set up by an administrator).
    this.rootReal = realpathSync(o.root);
    this.attempts = o.incompleteAttempts ?? 3;
  }

  /** Polls every `pollMs` until closed. */
  start(pollMs = Math.min(1000, Math.max(200, Math.floor(this.o.settleMs / 4)))) {
    const tick = () => {
      this.scanning = this.scan()
        .catch((error) => this.o.logger.error('inbox scan failed', { error: (error as Error).name }))
        .finally(() => {
          if (!this.closed) this.timer = setTimeout(tick, pollMs);
        });
    };
    tick();
    return this;
  }

  async close() {
    this.closed = true;
    clearTimeout(this.timer);
    await this.scanning;
  }

  /** One look at every scanner folder; takes in the files that have settled. Returns how many. */
  async scan(): Promise<number> {
    const present = new Set<string>();
    const refusedNow = new Set<string>();
    let taken = 0;
    for (const channel of CHANNELS) {
      const dir = join(this.o.root, channel);
      const st = await lstatOrNull(dir);
      if (!st) continue;
      if (!st.isDirectory()) {
        await this.refuse(channel, st, refusedNow);
        continue;
      }
      taken += await this.walk(dir, channel, channel, 0, present, refusedNow);
    }
    for (const path of this.seen.keys()) if (!present.has(path)) this.seen.delete(path);
    for (const key of this.refused) if (!refusedNow.has(key)) this.refused.delete(key);
    return taken;
  }

  private async walk(dir: string, rel: string, channel: Channel, depth: number, present: Set<string>, refusedNow: Set<string>) {
    let taken = 0;
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      return 0; // removed meanwhile
    }
    for (const name of names.sort()) {
      if (isScannerTemporary(name)) continue;
      const path = join(dir, name);
      const relPath = `${rel}/${name}`;
      const st = await lstatOrNull(path);
      if (!st) continue;
      if (st.isDirectory()) {
        if (depth < MAX_DEPTH) taken += await this.walk(path, relPath, channel, depth + 1, present, refusedNow);
      } else if (st.isFile()) {
        present.add(path);
        if (await this.observe(path, relPath, channel, st)) taken++;
      } else await this.refuse(relPath, st, refusedNow);
    }
    return taken;
  }

  /** Something that is not an ordinary file: an alert, once while it stays; never opened or moved. */
  private async refuse(relPath: string, st: Stats, refusedNow: Set<string>) {
    const kind: RefusedEntryKind = st.isSymbolicLink()
      ? 'symlink'
      : st.isFIFO()
        ? 'fifo'
        : st.isSocket()
          ? 'socket'
          : st.isBlockDevice() || st.isCharacterDevice()
            ? 'device'
            : 'other';
    const key = `${kind}:${relPath}`;
    refusedNow.add(key);
    if (this.refused.has(key)) return;
    this.refused.add(key);
    this.o.logger.warn('inbox entry refused', { channel: relPath.split('/')[0], kind });
    await this.o.intakeDeps.alerter.raise(inboxRefusedAlert({ path: relPath, kind, since: this.o.clock.now().toISOString() }));
  }

  /** Tracks a file's size and modification time; takes it in once they held for the settle window. */
  private async observe(path: string, relPath: string, channel: Channel, st: Stats): Promise<boolean> {
    const now = this.o.clock.now().getTime();
    const prev = this.seen.get(path);
    if (!prev || prev.ino !== st.ino || prev.size !== st.size || prev.mtimeMs !== st.mtimeMs) {
      const incomplete = prev && prev.ino === st.ino ? prev.incomplete : 0;
      this.seen.set(path, { ino: st.ino, size: st.size, mtimeMs: st.mtimeMs, since: now, incomplete });
      return false;
    }
    if (now - prev.since < this.o.settleMs) return false;
    try {
      const outcome = await this.takeIn(path, relPath, channel, st, prev);
      if (outcome === 'wait') {
        prev.since = now;
        return false;
      }
      this.seen.delete(path);
      this.o.onIntake?.();
      return true;
    } catch (error) {
      // File names can hold a client's name: log the channel, never the name. Tried again after a settle window.
      this.o.logger.error('inbox intake failed', { channel, error: (error as Error).name });
      prev.since = now;
      return false;
    }
  }

  private async takeIn(path: string, relPath: string, channel: Channel, st: Stats, obs: Observation): Promise<'done' | 'wait'> {
    await this.assertInside(path);
    // No following links, no waiting on a pipe swapped in since `lstat`; then the same file, checked once open.
    const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    let result: IntakeResult;
    let oversized = false;
    try {
      const opened = await handle.stat();
      if (!opened.isFile() || opened.ino !== st.ino || opened.size !== st.size) return 'wait';
      const filename = relPath.split('/').at(-1) ?? relPath;
      const common = { filename, channel, source: `inbox/${channel}`, maxBytes: this.o.maxBytes };
      if (st.size > this.o.maxBytes) {
        oversized = true;
        const { fingerprint, head } = await streamedFingerprint(handle, st.size);
        result = await intakeOversized(this.o.intakeDeps, {
          ...common,
          intakeKey: `inbox:${relPath}:sha256:${fingerprint}`,
          file: { byteSize: st.size, fingerprint, head },
        });
      } else {
        // One byte more than `stat` said: a file that grew meanwhile is not taken in part.
        const buffer = new Uint8Array(st.size + 1);
        const { bytesRead } = await readFully(handle, buffer);
        if (bytesRead !== st.size) return 'wait';
        const bytes = buffer.subarray(0, bytesRead);
        const complete = pdfLooksComplete(bytes, sniffMediaType(bytes, filename).mediaType);
        if (!complete && ++obs.incomplete < this.attempts) {
          this.o.logger.warn('inbox file incomplete, waiting', { channel, attempt: obs.incomplete });
          return 'wait';
        }
        const fingerprint = createHash('sha256').update(bytes).digest('hex');
        result = await intake(this.o.intakeDeps, {
          ...common,
          bytes,
          intakeKey: `inbox:${relPath}:sha256:${fingerprint}`,
          incomplete: !complete,
        });
      }
    } finally {
      await handle.close();
    }
    // Deleted or moved only while it is still the same ordinary file in a real folder of the inbox.
    await this.assertInside(path);
    const now = await lstat(path);
    if (!now.isFile() || now.ino !== st.ino) return 'done';
    if (oversized) await setAside(path, this.o.rejected, result.document.id);
    else await unlink(path);
    return 'done';
  }

  /** The file's folder, links resolved, is the inbox or inside it (no folder was swapped for a link). */
  private async assertInside(path: string) {
    const parent = await realpath(dirname(path));
    if (parent !== this.rootReal && !parent.startsWith(this.rootReal + sep)) throw new InboxEscapeError();
  }
}

class InboxEscapeError extends Error {
  override name = 'InboxEscapeError';
}

/** The embedded runtime's scanner folders, polled until `close()`. */
export function watchInbox(rt: Runtime, onIntake: () => void): InboxWatcher {
  return new InboxWatcher({
    root: rt.paths.inbox,
    rejected: rt.paths.rejected,
    settleMs: rt.config.INBOX_SETTLE_MS,
    maxBytes: rt.maxBytes,
    intakeDeps: rt.intakeDeps,
    clock: rt.clock,
    logger: rt.logger,
    onIntake,
  }).start();
}

/** The name a set-aside file gets: the document id, and the original's extension when it is a plain one (no file name: it can name a client). */
export function setAsideName(documentId: string, filename: string): string {
  const ext = extname(filename).toLowerCase();
  return /^\.[a-z0-9]{1,5}$/.test(ext) ? `${documentId}${ext}` : documentId;
}

/** Moves a file to `<folder>/<document id>.<ext>`: a rename, or a copy and delete when the inbox is another file system. */
async function setAside(path: string, folder: string, documentId: string) {
  await mkdir(folder, { recursive: true });
  const target = join(folder, setAsideName(documentId, path));
  try {
    await rename(path, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await copyFile(path, `${target}.tmp`);
    await rename(`${target}.tmp`, target);
    await unlink(path);
  }
}

/** What `foldLegacyProcessed` did with an older version's `inbox/.processed` folder. */
export interface LegacyFold {
  /** Copies of originals the store holds (or of documents deleted after retention): removed. */
  removed: number;
  /** Files too large to have been stored: moved to `rejected/`. */
  setAside: number;
  /** Files that match no document (or not its fingerprint): left where they are, for a person to look at. */
  left: number;
}

/**
 * Older versions moved every taken-in file to `inbox/.processed/<day>/<channel>/<document id>-<name>`
 * and kept it for ever, outside backups. This folds that folder in: a file whose document's
 * original is in the store (same SHA-256) is removed, a too-large one is moved to `rejected/` like
 * new ones, anything else is left and counted. Empty folders are removed. Safe to repeat.
 */
export async function foldLegacyProcessed(
  o: { processed: string; rejected: string; ledger: Pick<Runtime['ledger'], 'getDocument'>; objects: Pick<Runtime['objects'], 'exists'> },
  options: { dryRun?: boolean } = {},
): Promise<LegacyFold> {
  const fold: LegacyFold = { removed: 0, setAside: 0, left: 0 };
  const visit = async (dir: string, depth: number): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory() && depth < 3) await visit(path, depth + 1);
      else if (e.isFile()) await foldOne(path, e.name);
      else fold.left++;
    }
    if (depth > 0 && !options.dryRun) await rmdir(dir).catch(() => undefined); // only when empty
  };
  const foldOne = async (path: string, name: string) => {
    const id = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-/.exec(name)?.[1];
    const doc = id ? await o.ledger.getDocument(id) : undefined;
    if (!doc || (await fileSha256(path)) !== doc.fingerprint) {
      fold.left++;
      return;
    }
    if (doc.status === 'deleted' || (doc.objectKey && (await o.objects.exists(doc.objectKey)))) {
      fold.removed++;
      if (!options.dryRun) await unlink(path);
    } else if (!doc.objectKey) {
      fold.setAside++;
      if (!options.dryRun) await setAside(path, o.rejected, doc.id);
    } else fold.left++; // its original should be in the store and is not: keep this copy
  };
  await visit(o.processed, 0);
  return fold;
}

async function fileSha256(path: string): Promise<string> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const st = await handle.stat();
    return (await streamedFingerprint(handle, st.size)).fingerprint;
  } finally {
    await handle.close();
  }
}

async function lstatOrNull(path: string): Promise<Stats | null> {
  try {
    return await lstat(path);
  } catch {
    return null;
  }
}

type Handle = Awaited<ReturnType<typeof open>>;

async function readFully(handle: Handle, buffer: Uint8Array) {
  let offset = 0;
  while (offset < buffer.byteLength) {
    const { bytesRead } = await handle.read(buffer, offset, buffer.byteLength - offset, offset);
    if (bytesRead === 0) break;
    offset += bytesRead;
  }
  return { bytesRead: offset };
}

/** SHA-256 and first bytes of a file too large to hold, read in 1 MiB pieces. */
async function streamedFingerprint(handle: Handle, size: number) {
  const hash = createHash('sha256');
  const chunk = new Uint8Array(1024 * 1024);
  let head = new Uint8Array(0);
  let position = 0;
  while (position < size) {
    const { bytesRead } = await handle.read(chunk, 0, Math.min(chunk.byteLength, size - position), position);
    if (bytesRead === 0) break;
    if (position === 0) head = chunk.slice(0, Math.min(bytesRead, HEAD_BYTES));
    hash.update(chunk.subarray(0, bytesRead));
    position += bytesRead;
  }
  return { fingerprint: hash.digest('hex'), head };
}
