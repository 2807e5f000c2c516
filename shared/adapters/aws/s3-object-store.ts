import { createHash } from 'node:crypto';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { NotFoundError } from '../../domain/errors.ts';
import type { ObjectStore, StoredObject } from '../../ports.ts';

/**
 * Objects in the documents bucket: originals content-addressed by SHA-256
 * (`originals/ab/cd/<hash>`, like the file store), derived data (page text, letters) under the
 * caller's key. Encryption is the bucket's default (SSE-KMS with the stack's key), so no request
 * carries key material or encryption headers.
 */
export class S3ObjectStore implements ObjectStore {
  constructor(
    private readonly s3: S3Client,
    readonly bucket: string,
  ) {}

  async putOriginal(bytes: Uint8Array, mediaType: string | null): Promise<StoredObject> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const key = originalKey(sha256);
    // Same key, same bytes: a second put would only add a version.
    if (!(await this.exists(key))) await this.put(key, bytes, mediaType ?? 'application/octet-stream');
    return { key, sha256, size: bytes.byteLength };
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    await this.s3.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: bytes, ContentType: contentType }));
  }

  async get(key: string): Promise<Uint8Array> {
    try {
      const res = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!res.Body) throw new NotFoundError('store.not-found', `no object under key ${key}`);
      return await res.Body.transformToByteArray();
    } catch (error) {
      if (isNotFound(error)) throw new NotFoundError('store.not-found', `no object under key ${key}`, { cause: error });
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    return (await this.head(key)) !== undefined;
  }

  /** In a versioned bucket this adds a delete marker; the lifecycle rule expires the old versions. */
  async delete(key: string): Promise<void> {
    await this.s3.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  /** The current version of an object (`null` when the bucket is unversioned), or undefined when absent. */
  async head(key: string): Promise<{ versionId: string | null; size: number } | undefined> {
    try {
      const res = await this.s3.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { versionId: res.VersionId ?? null, size: res.ContentLength ?? 0 };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }
}

export const ORIGINALS_PREFIX = 'originals/';

export function originalKey(sha256: string): string {
  return `${ORIGINALS_PREFIX}${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
}

/** The SHA-256 an originals key was derived from, or undefined for any other key. */
export function sha256OfOriginalKey(key: string): string | undefined {
  return /^originals\/[0-9a-f]{2}\/[0-9a-f]{2}\/([0-9a-f]{64})$/.exec(key)?.[1];
}

export function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } } | undefined;
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
}
