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

/** The input itself is unusable: it ends as `rejected` with this message as the reason. */
export class UnusableInputError extends PostkamerError {}

/** A transient failure (a locked file, a throttled service): the step is retried. */
export class TransientError extends PostkamerError {}

export class NotFoundError extends PostkamerError {}

export class ConfigurationError extends PostkamerError {}
