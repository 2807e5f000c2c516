import { GetObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { NotFoundError } from '../../domain/errors.ts';
import { isNotFound } from './s3-object-store.ts';

type ObjectRef = { bucket: string; key: string; versionId?: string | undefined };

export interface InboxObjectInfo {
  size: number;
  /** User metadata set by the uploader (`x-amz-meta-*`), lower-case keys. */
  metadata: Record<string, string>;
  etag: string;
}

/** An upload read whole, or (over the limit) only described: its bytes were never read. */
export type InboxRead =
  | { kind: 'read'; bytes: Uint8Array; metadata: Record<string, string> }
  | { kind: 'too-large'; info: InboxObjectInfo };

/**
 * Reads an upload from the inbox prefix, exactly the version the S3 event names (a later upload
 * under the same key is its own event and its own intake). The size is checked before the body is
 * read: an object over the limit is never pulled into the Lambda's memory.
 */
export class S3Inbox {
  constructor(private readonly s3: S3Client) {}

  /** Size, metadata and ETag from a HeadObject: nothing of the body. */
  async describe(object: ObjectRef, signal?: AbortSignal): Promise<InboxObjectInfo> {
    return this.gone(async () => {
      const res = await this.s3.send(new HeadObjectCommand({ Bucket: object.bucket, Key: object.key, VersionId: object.versionId }), {
        abortSignal: signal,
      });
      return { size: res.ContentLength ?? 0, metadata: res.Metadata ?? {}, etag: res.ETag ?? '' };
    });
  }

  /**
   * The whole object when its length (the GetObject response's, so also right for an unversioned
   * key written again since the event) is within `maxBytes`; otherwise the body is dropped unread.
   */
  async read(object: ObjectRef, options: { maxBytes?: number; signal?: AbortSignal } = {}): Promise<InboxRead> {
    const { maxBytes = Number.POSITIVE_INFINITY, signal } = options;
    return this.gone(async () => {
      const res = await this.s3.send(new GetObjectCommand({ Bucket: object.bucket, Key: object.key, VersionId: object.versionId }), {
        abortSignal: signal,
      });
      if (!res.Body) throw new NotFoundError('inbox.not-found', 'the uploaded object has no body');
      const metadata = res.Metadata ?? {};
      const size = res.ContentLength ?? 0;
      if (size > maxBytes) {
        // Closes the connection: the rest of the body is never transferred.
        (res.Body as { destroy?: () => void }).destroy?.();
        return { kind: 'too-large', info: { size, metadata, etag: res.ETag ?? '' } };
      }
      return { kind: 'read', bytes: await res.Body.transformToByteArray(), metadata };
    });
  }

  /** The first `length` bytes (a ranged GET), enough to tell the file's type. */
  async readStart(object: ObjectRef, length: number, signal?: AbortSignal): Promise<Uint8Array> {
    if (length <= 0) return new Uint8Array();
    return this.gone(async () => {
      const res = await this.s3.send(
        new GetObjectCommand({ Bucket: object.bucket, Key: object.key, VersionId: object.versionId, Range: `bytes=0-${length - 1}` }),
        { abortSignal: signal },
      );
      const bytes = (await res.Body?.transformToByteArray()) ?? new Uint8Array();
      return bytes.subarray(0, length);
    });
  }

  private async gone<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (isNotFound(error)) throw new NotFoundError('inbox.not-found', 'the uploaded object is gone', { cause: error });
      throw error;
    }
  }
}
