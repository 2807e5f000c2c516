import { CopyObjectCommand, DeleteObjectCommand, type S3Client } from '@aws-sdk/client-s3';

type ObjectRef = { bucket: string; key: string; versionId?: string | undefined };

/**
 * The objects SES receiving writes into the documents bucket, once the mail intake has stored and
 * recorded their message: removed (the message lives on content-addressed under `originals/`), or,
 * for one too large to read, set aside under another prefix, unread. Reads go through `S3Inbox`.
 *
 * Removal is a plain DeleteObject: in the versioned bucket a delete marker, so the version an event
 * names stays readable by its id (a redelivered event takes the same message in again, which the
 * mail log recognises) until the lifecycle rule expires noncurrent versions.
 */
export class S3MailDrop {
  constructor(private readonly s3: S3Client) {}

  async remove(object: ObjectRef, signal?: AbortSignal): Promise<void> {
    await this.s3.send(new DeleteObjectCommand({ Bucket: object.bucket, Key: object.key }), { abortSignal: signal });
  }

  /**
   * Copies the object (the version the event names) to `toKey` in the same bucket, then removes
   * it. Copied again when a crash came between the two: the same bytes under the same key.
   */
  async setAside(object: ObjectRef, toKey: string, signal?: AbortSignal): Promise<void> {
    const source = `${object.bucket}/${object.key.split('/').map(encodeURIComponent).join('/')}`;
    await this.s3.send(
      new CopyObjectCommand({
        Bucket: object.bucket,
        Key: toKey,
        CopySource: object.versionId ? `${source}?versionId=${encodeURIComponent(object.versionId)}` : source,
      }),
      { abortSignal: signal },
    );
    await this.remove(object, signal);
  }
}
