import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { type Directory, parseDirectory } from '../../domain/directory.ts';
import { ConfigurationError } from '../../domain/errors.ts';
import type { DirectorySource } from '../../ports.ts';
import { isNotFound } from './s3-object-store.ts';

export interface S3DirectoryOptions {
  bucket: string;
  key: string;
  /** How long a loaded directory is used without asking S3 whether it changed. @default 30_000 */
  recheckMs?: number;
  now?: () => number;
}

/** A Lambda's directory, from the settings every function reads (BUCKET_NAME, DIRECTORY_KEY, DIRECTORY_RECHECK_SECONDS). */
export function lambdaDirectory(
  s3: S3Client,
  config: { BUCKET_NAME: string; DIRECTORY_KEY: string; DIRECTORY_RECHECK_SECONDS: number },
): S3Directory {
  return new S3Directory(s3, { bucket: config.BUCKET_NAME, key: config.DIRECTORY_KEY, recheckMs: config.DIRECTORY_RECHECK_SECONDS * 1000 });
}

/**
 * The directory as a JSON object in S3, validated with the same schema as the embedded runtime's
 * file. Cached per Lambda container by ETag: a conditional GET (`If-None-Match`) costs no transfer
 * when nothing changed, and within `recheckMs` S3 is not asked at all.
 */
export class S3Directory implements DirectorySource {
  /** The directory as last loaded, its ETag, and when S3 was last asked (`now()`). */
  protected cached: { etag: string; directory: Directory; checkedAt: number } | undefined;
  private readonly recheckMs: number;
  protected readonly now: () => number;

  constructor(
    protected readonly s3: S3Client,
    protected readonly options: S3DirectoryOptions,
  ) {
    this.recheckMs = options.recheckMs ?? 30_000;
    this.now = options.now ?? Date.now;
  }

  async load(): Promise<Directory> {
    const now = this.now();
    if (this.cached && now - this.cached.checkedAt < this.recheckMs) return this.cached.directory;
    try {
      const { etag, directory } = await this.fetch(this.cached?.etag);
      this.cached = { etag, directory, checkedAt: now };
      return directory;
    } catch (error) {
      if (this.cached && isNotModified(error)) {
        this.cached.checkedAt = now;
        return this.cached.directory;
      }
      throw error;
    }
  }

  /** The object as stored now (a GET, never the cache), parsed and validated; `ifNoneMatch` may answer 304. */
  protected async fetch(ifNoneMatch?: string): Promise<{ text: string; etag: string; directory: Directory }> {
    const { bucket, key } = this.options;
    try {
      const res = await this.s3.send(new GetObjectCommand({ Bucket: bucket, Key: key, IfNoneMatch: ifNoneMatch }));
      const text = (await res.Body?.transformToString('utf8')) ?? '';
      return { text, etag: res.ETag ?? '', directory: parseDirectory(parseJson(text, `s3://${bucket}/${key}`)) };
    } catch (error) {
      if (isNotFound(error))
        throw new ConfigurationError(
          'directory.missing',
          `The directory s3://${bucket}/${key} does not exist: upload it with scripts/upload-directory.ts`,
          {
            cause: error,
          },
        );
      throw error;
    }
  }
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // Not the parser's message: it quotes the text around the error, which holds personal data.
    throw new ConfigurationError('directory.invalid', `The directory ${where} is not valid JSON`, { cause: error });
  }
}

function isNotModified(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.$metadata?.httpStatusCode === 304 || e?.name === 'NotModified' || e?.name === '304';
}
