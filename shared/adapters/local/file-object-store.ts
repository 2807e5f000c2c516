import { createHash, randomUUID } from 'node:crypto';
import { access, mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { NotFoundError } from '../../domain/errors.ts';
import type { ObjectStore, StoredObject } from '../../ports.ts';
import { type KeyRing, MAGIC, sealedKeyId } from './key-ring.ts';

/**
 * Objects as files under `<root>`: originals content-addressed by the SHA-256 of their plaintext
 * (`originals/ab/cd/<hash>`: the ledger's fingerprint and `verify-original` depend on it), derived
 * data under the caller's key. Every file is sealed with the key ring's current key (AES-256-GCM);
 * files written before encryption existed are plaintext and still read. Writes go to a temp file
 * first and are renamed into place, so a crash never leaves half a file under a real key.
 */
export class FileObjectStore implements ObjectStore {
  constructor(
    private readonly root: string,
    private readonly keys: KeyRing,
  ) {}

  async putOriginal(bytes: Uint8Array): Promise<StoredObject> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const key = `originals/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
    if (!(await this.exists(key))) await this.write(key, bytes);
    return { key, sha256, size: bytes.byteLength };
  }

  async put(key: string, bytes: Uint8Array, _contentType?: string) {
    await this.write(key, bytes);
  }

  async get(key: string): Promise<Uint8Array> {
    return this.keys.open(await this.raw(key), `object ${key}`);
  }

  async exists(key: string) {
    return access(this.path(key)).then(
      () => true,
      () => false,
    );
  }

  async delete(key: string) {
    await rm(this.path(key), { force: true });
  }

  /** Every key in the store (temp files of writes in progress left out). */
  async keysInStore(): Promise<string[]> {
    const keys: string[] = [];
    const walk = async (dir: string) => {
      for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
        const path = join(dir, e.name);
        if (e.isDirectory()) await walk(path);
        else if (e.isFile() && !e.name.endsWith('.tmp')) keys.push(relative(this.root, path).split(sep).join('/'));
      }
    };
    await walk(this.root);
    return keys.sort();
  }

  /** The id of the key an object is sealed with, `plaintext` for one written before encryption, without reading it whole. */
  async sealedWith(key: string): Promise<string> {
    const file = await open(this.path(key), 'r');
    try {
      const head = Buffer.alloc(MAGIC.length + 2 + 255);
      const { bytesRead } = await file.read(head, 0, head.byteLength, 0);
      return sealedKeyId(head.subarray(0, bytesRead)) ?? 'plaintext';
    } finally {
      await file.close();
    }
  }

  /** Seals an object again with the current key (rotation, migration); `false` when it already was. */
  async reseal(key: string): Promise<boolean> {
    if ((await this.sealedWith(key)) === this.keys.currentId) return false;
    await this.write(key, await this.get(key));
    return true;
  }

  /** Resolves a key to a path, refusing keys that would escape the root. */
  path(key: string): string {
    const path = normalize(join(this.root, key));
    if (!path.startsWith(normalize(this.root) + sep)) throw new Error(`object key escapes the store: ${key}`);
    return path;
  }

  private async raw(key: string): Promise<Buffer> {
    try {
      return await readFile(this.path(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new NotFoundError('store.not-found', `no object under key ${key}`);
      throw error;
    }
  }

  private async write(key: string, bytes: Uint8Array) {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    const tmp = `${path}.${randomUUID()}.tmp`;
    await writeFile(tmp, this.keys.seal(bytes));
    await rename(tmp, path);
  }
}
