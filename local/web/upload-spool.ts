import { createCipheriv, createDecipheriv, createHash, randomBytes, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, readdirSync, rmSync, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { Busboy } from '@fastify/busboy';

/**
 * Multipart forms parsed as they stream in: fields kept (small: the body limit bounds them), each
 * file written to a spool file on disk while its SHA-256 and first bytes are taken, so an upload
 * never sits in memory whole. A file over the size limit is counted and fingerprinted to its end
 * but not kept (intake rejects it from its size, like the inbox does). Spool files are encrypted
 * with a key that lives only in this process's memory: one left behind by a crash is unreadable,
 * and the next start clears the folder.
 */
export interface SpoolOptions {
  dir: string;
  /** AES-256 key, random per process. */
  key: Buffer;
  /** A file above this is not kept (`MAX_FILE_MB`). */
  maxFileBytes: number;
  /** Files a form may carry (`MAX_UPLOAD_FILES`); more are drained, counted and not kept. */
  maxFiles: number;
}

/**
 * A fresh spool folder for this process under `root` (`<pid>-<random>`), after removing the folders
 * of processes that no longer run (and anything else in `root`: spool files from before folders).
 */
export function spoolDir(root: string): string {
  mkdirSync(root, { recursive: true, mode: 0o700 });
  for (const entry of readdirSync(root)) {
    const pid = Number(/^(\d+)-/.exec(entry)?.[1]);
    if (pid && processRuns(pid)) continue;
    rmSync(join(root, entry), { recursive: true, force: true });
  }
  const dir = join(root, `${process.pid}-${randomUUID().slice(0, 8)}`);
  mkdirSync(dir, { mode: 0o700 });
  return dir;
}

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // it runs, as another user
  }
}

export function spoolOptions(dir: string, maxFileBytes: number, maxFiles: number): SpoolOptions {
  return { dir, key: randomBytes(32), maxFileBytes, maxFiles };
}

/** Bytes of a file kept in memory to tell its type. */
const HEAD_BYTES = 4096;

export class SpooledFile {
  constructor(
    readonly name: string,
    readonly type: string,
    /** Bytes received. */
    readonly size: number,
    /** SHA-256 of all bytes received, hex. */
    readonly fingerprint: string,
    /** The first bytes (for the type), also of a file that was not kept. */
    readonly head: Uint8Array,
    private readonly spool: { path: string; iv: Buffer; key: Buffer } | undefined,
  ) {}

  /** False for a file over the size limit: only its size, fingerprint and head are known. */
  get kept(): boolean {
    return this.spool !== undefined;
  }

  /** The file's bytes, read back from the spool into one buffer. */
  async bytes(): Promise<Uint8Array> {
    if (!this.spool) throw new Error('an upload over the size limit is not kept');
    const out = new Uint8Array(this.size);
    let at = 0;
    const decipher = createDecipheriv('aes-256-ctr', this.spool.key, this.spool.iv);
    for await (const chunk of createReadStream(this.spool.path).pipe(decipher) as AsyncIterable<Buffer>) {
      out.set(chunk, at);
      at += chunk.length;
    }
    if (at !== this.size) throw new Error(`spooled upload is ${at} bytes, expected ${this.size}`);
    return out;
  }

  async dispose() {
    if (this.spool) await rm(this.spool.path, { force: true });
  }
}

export type FormValue = string | SpooledFile;
export type ParsedForm = Record<string, FormValue | FormValue[]>;

/** Files past `maxFiles`, drained and counted: the handler refuses the whole form rather than take in part of it. */
export const FILES_OVER_LIMIT = Symbol('files over the limit');

/**
 * Parses a multipart body. On any failure (a body over its limit, a broken stream) what was
 * already spooled is removed before the error goes on.
 */
export async function parseMultipart(request: Request, o: SpoolOptions): Promise<ParsedForm & { [FILES_OVER_LIMIT]?: number }> {
  const contentType = request.headers.get('content-type') ?? '';
  const busboy = Busboy({ headers: { 'content-type': contentType }, limits: { fieldSize: 64 * 1024, fields: 200, parts: 1000 } });
  const parts: { name: string; value: Promise<FormValue | undefined> }[] = [];
  const streams: Readable[] = [];
  let files = 0;
  busboy.on('field', (name: string, value: string) => parts.push({ name, value: Promise.resolve(value) }));
  busboy.on('file', (name: string, stream: Readable, filename: string, _encoding: string, mimeType: string) => {
    files++;
    if (files > o.maxFiles) {
      stream.resume();
      parts.push({ name, value: Promise.resolve(undefined) });
      return;
    }
    streams.push(stream);
    parts.push({ name, value: spool(stream, filename, mimeType, o) });
  });
  const body = request.body ? Readable.fromWeb(request.body as WebReadableStream<Uint8Array>) : Readable.from([]);
  const parsed = await pipeline(body, busboy).then(
    () => undefined,
    (error: unknown) => error,
  );
  // A body that broke off mid-file leaves that file's stream open: end it with the same error.
  if (parsed !== undefined) for (const stream of streams) stream.destroy(parsed as Error);
  const values = await Promise.allSettled(parts.map((p) => p.value));
  const failure = parsed ?? values.find((v): v is PromiseRejectedResult => v.status === 'rejected')?.reason;
  if (failure !== undefined) {
    await Promise.all(values.map((v) => (v.status === 'fulfilled' && v.value instanceof SpooledFile ? v.value.dispose() : undefined)));
    throw failure;
  }
  const form: ParsedForm & { [FILES_OVER_LIMIT]?: number } = {};
  for (const [i, part] of parts.entries()) {
    const v = values[i] as PromiseFulfilledResult<FormValue | undefined>;
    if (v.value === undefined) continue;
    const prev = form[part.name];
    form[part.name] = prev === undefined ? v.value : Array.isArray(prev) ? [...prev, v.value] : [prev, v.value];
  }
  if (files > o.maxFiles) form[FILES_OVER_LIMIT] = files;
  return form;
}

/** The spooled files of a parsed form, to remove once the request is answered. */
export function spooledFiles(form: ParsedForm): SpooledFile[] {
  return Object.values(form)
    .flat()
    .filter((v): v is SpooledFile => v instanceof SpooledFile);
}

async function spool(stream: Readable, name: string, type: string, o: SpoolOptions): Promise<SpooledFile> {
  const hash = createHash('sha256');
  const head = new Uint8Array(HEAD_BYTES);
  let headLength = 0;
  let size = 0;
  const iv = randomBytes(16);
  const path = join(o.dir, randomUUID());
  const cipher = createCipheriv('aes-256-ctr', o.key, iv);
  let out: WriteStream | undefined = createWriteStream(path, { mode: 0o600 });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      hash.update(chunk);
      size += chunk.length;
      if (headLength < HEAD_BYTES) {
        const take = chunk.subarray(0, HEAD_BYTES - headLength);
        head.set(take, headLength);
        headLength += take.length;
      }
      if (out && size > o.maxFileBytes) {
        // Over the limit: keep counting and hashing to the end, keep nothing.
        out.destroy();
        await rm(path, { force: true });
        out = undefined;
      }
      if (out && !out.write(cipher.update(chunk))) await new Promise<void>((resolve) => out?.once('drain', () => resolve()));
    }
    if (out) {
      out.end(cipher.final());
      await finished(out);
    }
  } catch (error) {
    out?.destroy();
    await rm(path, { force: true });
    throw error;
  }
  const kept = out ? { path, iv, key: o.key } : undefined;
  return new SpooledFile(name, type, size, hash.digest('hex'), head.slice(0, headLength), kept);
}
