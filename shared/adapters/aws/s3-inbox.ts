import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { NotFoundError } from '../../domain/errors.ts';
import { isNotFound } from './s3-object-store.ts';

export interface InboxObject {
  bytes: Uint8Array;
  /** User metadata set by the uploader (`x-amz-meta-*`), lower-case keys. */
  metadata: Record<string, string>;
}

/**
 * Reads an upload from the inbox prefix, exactly the version the S3 event names (a later upload
 * under the same key is its own event and its own intake).
 */
export class S3Inbox {
  constructor(private readonly s3: S3Client) {}

  async read(object: { bucket: string; key: string; versionId?: string | undefined }, signal?: AbortSignal): Promise<InboxObject> {
    try {
      const res = await this.s3.send(new GetObjectCommand({ Bucket: object.bucket, Key: object.key, VersionId: object.versionId }), {
        abortSignal: signal,
      });
      if (!res.Body) throw new NotFoundError('inbox.not-found', 'the uploaded object has no body');
      return { bytes: await res.Body.transformToByteArray(), metadata: res.Metadata ?? {} };
    } catch (error) {
      if (isNotFound(error)) throw new NotFoundError('inbox.not-found', 'the uploaded object is gone', { cause: error });
      throw error;
    }
  }
}
