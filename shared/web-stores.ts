import type { Channel, DocumentStatus } from './domain/document.ts';
import type { Step } from './domain/pipeline.ts';

/**
 * The web app's own small stores, as ports: the embedded runtime keeps them in its SQLite database
 * (local/web), the AWS runtime in the web state table (DynamoDB with TTL, shared/adapters/aws/
 * dynamo-web-stores.ts) and reads the pipeline from the ledger and SQS. The web app is the same on
 * both. Here in shared/ because adapters implement them and shared/ never imports a runtime.
 */

/** At most `max` events in any `windowMs`. */
export interface Limit {
  max: number;
  windowMs: number;
}

/** Sliding-window rate limits under a scope and a key (a client address; a username and address). */
export interface RateLimits {
  /** Milliseconds until one more event is allowed; 0 when it is allowed now. */
  wait(scope: string, key: string, limit: Limit): Promise<number>;
  /** Counts one event. */
  record(scope: string, key: string, limit: Limit): Promise<void>;
  /** Counts one event when the limit allows it; returns the wait as `wait` does (0: counted). */
  take(scope: string, key: string, limit: Limit): Promise<number>;
  /** Forgets a key's events (a successful sign-in clears that user's failures). */
  clear(scope: string, key: string): Promise<void>;
}

/** Session ids revoked at sign-out, kept until the session would have expired anyway (epoch ms). */
export interface RevokedSessionIds {
  revoke(sid: string, expiresAt: number): Promise<void>;
  isRevoked(sid: string): Promise<boolean>;
}

export interface UploadItem {
  batchId: string;
  seq: number;
  documentId: string;
  filename: string;
  channel: Channel;
  uploadedBy: string;
  uploadedAt: string;
}

export interface BatchSummary {
  batchId: string;
  channel: Channel;
  uploadedBy: string;
  startedAt: string;
  files: number;
}

/** Which files were uploaded together (a desk visit, a mailroom batch) and by whom. */
export interface UploadLog {
  /**
   * Records an upload and returns the position it is filed under. The same document again (a
   * resubmitted form) keeps its first record; a position the batch already gave to another document
   * files this one at the end of the batch.
   */
  add(item: UploadItem): Promise<number>;
  /** Who owns a batch (the user of its first upload), if it exists. */
  owner(batchId: string): Promise<string | undefined>;
  items(batchId: string): Promise<UploadItem[]>;
  /** The upload records of a document (normally one). */
  forDocument(documentId: string): Promise<UploadItem[]>;
  /** A channel's most recent batches, newest first (of one uploader, or of everyone with null). */
  recentBatches(channel: Channel, uploadedBy: string | null, limit?: number): Promise<BatchSummary[]>;
}

/** A step that failed for good, as operations see it. */
export interface FailedStep {
  /** Stable within the runtime: what the retry button sends back. */
  id: string;
  step: Step;
  documentId: string;
  attempts: number;
  /** An error name or code, never a message. */
  lastError: string | null;
}

/** The pipeline's state as the operations page shows it, and its one action. */
export interface PipelineView {
  countByStatus(): Promise<Record<DocumentStatus, number>>;
  /** Steps queued or running (null where the queue cannot say, e.g. SQS's approximate counts). */
  pendingJobs(): Promise<number | null>;
  failedSteps(): Promise<FailedStep[]>;
  /** Puts a failed step back on its queue (the document leaves `failed`); by: the user. */
  retry(failed: FailedStep, by: string): Promise<void>;
}

export interface WebStores {
  limiter: RateLimits;
  revoked: RevokedSessionIds;
  uploads: UploadLog;
  pipeline: PipelineView;
}
