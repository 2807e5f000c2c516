import { createHash, randomUUID } from 'node:crypto';
import { access, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, normalize, sep } from 'node:path';
import { NotFoundError } from '../../domain/errors.ts';
import type { ObjectStore, StoredObject } from '../../ports.ts';

/**
 * Objects as files under `<root>`: originals content-addressed by SHA-256 (`originals/ab/cd/<hash>`),
 * derived data under the caller's key. Writes go to a temp file first and are renamed into place,
 * so a crash never leaves half a file under a real key.
 */
export class FileObjectStore implements ObjectStore {
  constructor(private readonly root: string) {}

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
    try {
      return await readFile(this.path(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new NotFoundError('store.not-found', `no object under key ${key}`);
      throw error;
    }
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

  /** Resolves a key to a path, refusing keys that would escape the root. */
  path(key: string): string {
    const path = normalize(join(this.root, key));
    if (!path.startsWith(normalize(this.root) + sep)) throw new Error(`object key escapes the store: ${key}`);
    return path;
  }

  private async write(key: string, bytes: Uint8Array) {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    const tmp = `${path}.${randomUUID()}.tmp`;
    await writeFile(tmp, bytes);
    await rename(tmp, path);
  }
}
