import { Duration } from 'aws-cdk-lib';

/**
 * The pipeline's Lambdas: one per handler, each with its timeout and memory. Both stacks read this
 * table: the stateful stack sizes each step queue's visibility timeout from its consumer's timeout
 * (at least 6×, the AWS guidance for SQS event sources), the processing stack builds the functions.
 */
export const PIPELINE_FUNCTIONS = {
  /** S3 upload → ledger: reads the upload (up to MAX_FILE_MB) and stores the original. */
  intake: { entry: 'functions/intake/handler.ts', timeout: Duration.seconds(60), memoryMiB: 1024, batchSize: 5 },
  /**
   * Reads a born-digital PDF's text layer (pdfjs, up to MAX_FILE_MB), else one synchronous Textract
   * call or the start of a job; waits at most TEXTRACT_MAX_WAIT_MS for a Textract token.
   */
  extract: { entry: 'functions/extract/handler.ts', timeout: Duration.seconds(120), memoryMiB: 1024, batchSize: 1 },
  /**
   * Pages a finished Textract job: one response of blocks (1,000) in memory at a time, the text per
   * page kept; a 3,000-page job is hundreds of GetDocumentTextDetection calls at the Textract rate,
   * hence the longest timeout Lambda has.
   */
  textractComplete: { entry: 'functions/textract-complete/handler.ts', timeout: Duration.seconds(900), memoryMiB: 1024, batchSize: 1 },
  /** Separates a file's pages into documents: text from the ledger's store, no OCR. */
  split: { entry: 'functions/split/handler.ts', timeout: Duration.seconds(60), memoryMiB: 1024, batchSize: 10 },
  route: { entry: 'functions/route/handler.ts', timeout: Duration.seconds(60), memoryMiB: 1024, batchSize: 10 },
  receipt: { entry: 'functions/receipt/handler.ts', timeout: Duration.seconds(60), memoryMiB: 512, batchSize: 10 },
  /**
   * A message SES received → ledger: reads it (up to MAIL_MAX_MB, default 35), stores it and each
   * attachment (up to MAX_FILE_MB), sets a written e-mail as a PDF, sends the one reply.
   */
  mailIntake: { entry: 'functions/mail-intake/handler.ts', timeout: Duration.seconds(120), memoryMiB: 1024, batchSize: 5 },
  /** Scheduled, not a queue consumer. */
  sweep: { entry: 'functions/sweep/handler.ts', timeout: Duration.seconds(240), memoryMiB: 512 },
  /** Scheduled once a day: the letters not printed yet, drawn again into one print batch PDF. */
  letters: { entry: 'functions/letters/handler.ts', timeout: Duration.seconds(600), memoryMiB: 1024 },
} as const;

export type PipelineFunctionName = keyof typeof PIPELINE_FUNCTIONS;

/** SQS visibility timeout per consumer timeout (AWS: at least six times the function timeout). */
export const VISIBILITY_FACTOR = 6;

export function visibilityFor(name: PipelineFunctionName): Duration {
  return Duration.seconds(PIPELINE_FUNCTIONS[name].timeout.toSeconds() * VISIBILITY_FACTOR);
}

/** The default team queues (DESIGN.md): used when no directory file is given. */
export const DEFAULT_TEAM_QUEUES = ['intake', 'inkomen', 'werk', 'bezwaar', 'klachten', 'schuldhulp', 'triage'] as const;

/** Where the directory object lives in the documents bucket (the Lambdas' DIRECTORY_KEY). */
export const DIRECTORY_KEY = 'directory/directory.json';

/**
 * What no function may do to the ledger (documents, audit events, claims): removing or bulk-writing
 * items. Denied outright on every role that uses the ledger, so no later grant can allow it.
 */
export const LEDGER_DENIED = ['dynamodb:DeleteItem', 'dynamodb:BatchWriteItem', 'dynamodb:PartiQLDelete'] as const;
