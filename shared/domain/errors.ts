/**
 * One base for domain errors: a stable machine `code`, a message without personal data, and an
 * optional cause. Expected outcomes (triage, rejected) are returned values, not errors.
 */
export class PostkamerError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * The input itself is unusable: it ends as `rejected` with this message as the reason (plain
 * English: what is wrong and what to do) and `messageNl`, the same sentence in plain Dutch.
 */
export class UnusableInputError extends PostkamerError {
  readonly messageNl: string | undefined;
  constructor(code: string, message: string, options?: { cause?: unknown; nl?: string | undefined }) {
    super(code, message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.messageNl = options?.nl;
  }
}

/** A transient failure (a locked file, a throttled service): the step is retried. */
export class TransientError extends PostkamerError {}

export class NotFoundError extends PostkamerError {}

export class ConfigurationError extends PostkamerError {}

/** A work-item action that the document's current status does not allow (e.g. closing a document in triage). */
export class WorkItemStateError extends PostkamerError {
  constructor(
    readonly documentId: string,
    readonly status: string,
    readonly action: string,
    readonly allowed: readonly string[],
  ) {
    super(
      'work-item.invalid-status',
      `Document ${documentId} is ${status}: ${action} is only possible when it is ${allowed.join(' or ')}.`,
    );
  }
}

/** A work-item request that cannot be carried out as asked: no actor, no reason, an unknown or unchanged target. */
export class WorkItemRequestError extends PostkamerError {}

/** An error's stable code, else its name: what a record or alert may say of it (a message can quote the document). */
export function errorLabel(error: unknown): string {
  const { code, name } = (error ?? {}) as { code?: unknown; name?: unknown };
  return typeof code === 'string' ? code : typeof name === 'string' ? name : 'Error';
}
