import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { PostkamerError } from '../../domain/errors.ts';

/**
 * Encryption at rest for the embedded runtime: a key ring in one file (the current key, which
 * seals, plus older keys, which still open what they sealed) and AES-256-GCM sealing of bytes.
 *
 * A sealed blob: MAGIC (8) · version (1) · key id length (1) · key id · IV (12) · ciphertext · tag (16).
 * The header is authenticated (GCM additional data), so a swapped key id fails like any tampering.
 * Bytes without MAGIC are plaintext written before encryption existed and are returned as they are.
 */
export const MAGIC = Buffer.from('\x89PKSEAL\n', 'latin1');
const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const FORMAT = 'postkamer-keyring/1';

/** The key file is missing, unreadable or malformed, or lacks the key an object was sealed with. */
export class KeyRingError extends PostkamerError {}

/** Sealed bytes that do not authenticate: altered on disk, or truncated. */
export class SealBrokenError extends PostkamerError {}

export interface KeyEntry {
  id: string;
  /** When the key was made (ISO); for people reading `keys status`. */
  createdAt: string;
  key: Buffer;
}

interface KeyRingFile {
  format: typeof FORMAT;
  current: string;
  keys: { id: string; createdAt: string; key: string }[];
}

export class KeyRing {
  private readonly byId: Map<string, KeyEntry>;

  constructor(
    /** The key file, named in every error so a person knows which file to look for. */
    readonly file: string,
    readonly currentId: string,
    keys: KeyEntry[],
  ) {
    this.byId = new Map(keys.map((k) => [k.id, k]));
    if (!this.byId.has(currentId))
      throw new KeyRingError('keys.malformed', `the key file ${file} names current key ${currentId} but does not hold it`);
  }

  get keys(): KeyEntry[] {
    return [...this.byId.values()];
  }

  get current(): KeyEntry {
    return this.byId.get(this.currentId) as KeyEntry;
  }

  has(id: string) {
    return this.byId.has(id);
  }

  seal(plain: Uint8Array): Buffer {
    const { id, key } = this.current;
    const iv = randomBytes(IV_BYTES);
    const header = Buffer.concat([MAGIC, Buffer.from([VERSION, id.length]), Buffer.from(id, 'latin1'), iv]);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(header);
    return Buffer.concat([header, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  }

  /** The plaintext of sealed bytes; bytes that were never sealed (legacy plaintext) come back unchanged. */
  open(bytes: Uint8Array, what: string): Buffer {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const id = sealedKeyId(buf);
    if (id === undefined) return buf;
    const entry = this.byId.get(id);
    if (!entry)
      throw new KeyRingError(
        'keys.unknown-key',
        `${what} is sealed with key ${id}, which the key file ${this.file} does not hold (a different or older key file?)`,
      );
    const headerLength = MAGIC.length + 2 + id.length + IV_BYTES;
    if (buf.byteLength < headerLength + TAG_BYTES) throw new SealBrokenError('store.seal-broken', `${what} is truncated`);
    const iv = buf.subarray(headerLength - IV_BYTES, headerLength);
    const decipher = createDecipheriv('aes-256-gcm', entry.key, iv);
    decipher.setAAD(buf.subarray(0, headerLength));
    decipher.setAuthTag(buf.subarray(buf.byteLength - TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(buf.subarray(headerLength, buf.byteLength - TAG_BYTES)), decipher.final()]);
    } catch (error) {
      throw new SealBrokenError('store.seal-broken', `${what} does not authenticate: it was altered or damaged on disk`, { cause: error });
    }
  }

  /** A ring with a new current key; the old keys stay to open what they sealed. */
  withNewKey(now: Date): KeyRing {
    const entry = newKey(now);
    return new KeyRing(this.file, entry.id, [...this.keys, entry]);
  }

  /** A ring without `id` (never the current key). */
  without(id: string): KeyRing {
    if (id === this.currentId) throw new KeyRingError('keys.current', `key ${id} is the current key and cannot be removed`);
    return new KeyRing(
      this.file,
      this.currentId,
      this.keys.filter((k) => k.id !== id),
    );
  }

  /** Writes the ring to its file (mode 600, folder 700), replacing it atomically. */
  save() {
    const tmp = this.writeTemp();
    renameSync(tmp, this.file);
    chmodSync(this.file, 0o600);
  }

  /** Writes the ring to its file only if there is none yet; `false` when another process was first. */
  saveNew(): boolean {
    const tmp = this.writeTemp();
    try {
      linkSync(tmp, this.file); // atomic, and unlike rename it fails when the file exists
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    } finally {
      rmSync(tmp, { force: true });
    }
  }

  private writeTemp(): string {
    const body: KeyRingFile = {
      format: FORMAT,
      current: this.currentId,
      keys: this.keys.map((k) => ({ id: k.id, createdAt: k.createdAt, key: k.key.toString('base64') })),
    };
    mkdirSync(dirname(this.file), { recursive: true, mode: 0o700 });
    const tmp = `${this.file}.${randomBytes(4).toString('hex')}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(body, null, 1)}\n`, { mode: 0o600 });
    return tmp;
  }
}

/** The key id in a sealed blob's header, or undefined for bytes that were never sealed. */
export function sealedKeyId(bytes: Uint8Array): string | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.byteLength < MAGIC.length + 2 || !buf.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const version = buf[MAGIC.length];
  if (version !== VERSION)
    throw new KeyRingError('keys.unknown-version', `sealed with format version ${version}, which this postkamer does not know`);
  const length = buf[MAGIC.length + 1] ?? 0;
  return buf.subarray(MAGIC.length + 2, MAGIC.length + 2 + length).toString('latin1');
}

/** Reads the key file; throws a `KeyRingError` naming the file when it is missing or malformed. */
export function readKeyRing(file: string): KeyRing {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new KeyRingError(
      'keys.unreadable',
      code === 'ENOENT'
        ? `the key file ${file} does not exist: the data is encrypted with it (restore it from its backup, or set POSTKAMER_KEY_FILE)`
        : `cannot read the key file ${file} (${code ?? 'error'})`,
      { cause: error },
    );
  }
  try {
    const body = JSON.parse(text) as KeyRingFile;
    if (body.format !== FORMAT || !Array.isArray(body.keys)) throw new Error(`not ${FORMAT}`);
    const keys = body.keys.map((k) => {
      const key = Buffer.from(k.key, 'base64');
      if (key.byteLength !== 32 || !/^[0-9a-z-]{1,40}$/.test(k.id)) throw new Error(`key ${k.id} is not a 256-bit key with a plain id`);
      return { id: k.id, createdAt: k.createdAt, key };
    });
    return new KeyRing(file, body.current, keys);
  } catch (error) {
    if (error instanceof KeyRingError) throw error;
    throw new KeyRingError('keys.malformed', `the key file ${file} is not a postkamer key ring (${(error as Error).message})`, {
      cause: error,
    });
  }
}

/**
 * The key ring in `file`, made on first start (a random 256-bit key). `created` says whether it was
 * made now. Never made when `mustExist` is set: data sealed with a lost key would otherwise meet
 * a fresh key and fail later, far from the cause.
 */
export function openKeyRing(file: string, now: Date, options: { mustExist?: boolean } = {}): { ring: KeyRing; created: boolean } {
  if (existsSync(file) || options.mustExist) return { ring: readKeyRing(file), created: false };
  const entry = newKey(now);
  const ring = new KeyRing(file, entry.id, [entry]);
  // Two processes starting on a new data dir (serve and a worker) must end up with one key.
  if (!ring.saveNew()) return { ring: readKeyRing(file), created: false };
  return { ring, created: true };
}

function newKey(now: Date): KeyEntry {
  return { id: randomBytes(4).toString('hex'), createdAt: now.toISOString(), key: randomBytes(32) };
}
