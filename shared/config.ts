import { z } from 'zod';
import { parseBusinessDuration } from './domain/business-calendar.ts';
import { ConfigurationError } from './domain/errors.ts';
import { DEFAULT_SWEEP_SETTINGS, type SweepSettings } from './domain/sweep-rules.ts';

/**
 * Every setting of postkamer, in one schema per runtime, read from the environment once at start-up
 * and validated: a bad value stops the start with a message that names the setting and says what
 * it expects. The embedded runtime (CLI, `serve`, web app) reads `loadConfig`; each Lambda reads
 * the part it needs with `readLambdaEnv`. The settings both runtimes share (the sweep's business
 * times, limits, mail) are defined once, below, and used by both.
 */

/** A business-time duration such as `4h`, `2d`, `1d4h`, `90m`. */
const businessDuration = (name: string, fallback: string) =>
  z
    .string()
    .default(fallback)
    .superRefine((value, ctx) => {
      try {
        parseBusinessDuration(value, name);
      } catch {
        ctx.addIssue({ code: 'custom', message: `expected a business-time duration such as 4h, 2d or 1d4h, got "${value}"` });
      }
    });

/** Settings of the sweep (alerts and escalation), shared by `postkamer sweep`, `serve` and the sweep Lambda. */
const sweepShape = {
  UNROUTED_ALERT_AFTER: businessDuration('UNROUTED_ALERT_AFTER', '4h'),
  ACK_REMIND_AFTER: businessDuration('ACK_REMIND_AFTER', '1d'),
  ACK_ESCALATE_AFTER: businessDuration('ACK_ESCALATE_AFTER', '2d'),
  /** Wall-clock minutes in a processing step before a stuck alert. */
  STUCK_AFTER_MINUTES: z.coerce
    .number()
    .positive()
    .default(DEFAULT_SWEEP_SETTINGS.stuckAfterMs / 60_000),
  SURGE_FACTOR: z.coerce.number().positive().default(DEFAULT_SWEEP_SETTINGS.surgeFactor),
  SURGE_MIN: z.coerce.number().int().min(1).default(DEFAULT_SWEEP_SETTINGS.surgeMin),
};

/**
 * Sign-in through an OpenID Connect provider (README "Users and sign-in"): the municipality's own
 * (Entra ID, ADFS, Keycloak) or Cognito on AWS. Unset issuer: passwords only. The client secret
 * comes per runtime (embedded `OIDC_CLIENT_SECRET`/`_FILE`, AWS `OIDC_CLIENT_SECRET_ARN`).
 */
const oidcShape = {
  /** The provider's issuer URL (discovery at `<issuer>/.well-known/openid-configuration`); https, or http on loopback only. */
  OIDC_ISSUER: z
    .url({ protocol: /^https?$/ })
    .refine((value) => !URL.canParse(value) || value.startsWith('https:') || isLoopback(new URL(value).hostname), {
      message: 'expected an https URL (http only for a provider on this machine)',
    })
    .optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  /** The ID token or userinfo claim that is the username in the users file. */
  OIDC_USERNAME_CLAIM: z.string().min(1).default('preferred_username'),
  /** With OIDC on: `off` (default) offers no password form, `on` keeps both. */
  OIDC_PASSWORDS: z.enum(['on', 'off']).default('off'),
  /** How the sign-in button names the provider: "Aanmelden met <name>". */
  OIDC_NAME: z.string().min(1).max(60).default('uw organisatie'),
};

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/** Settings both runtimes read. */
const commonShape = {
  ...sweepShape,
  MAIL_FROM: z.string().email().default('postkamer@gemeente.example'),
  /** The address clients reach this service at: every link a receipt or mail carries (`<PUBLIC_URL>/check?receipt=…&lang=…`). */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:3000'),
  MAX_FILE_MB: z.coerce.number().positive().default(50),
  OPS_EMAIL: z.string().email().optional(),
  ...oidcShape,
};

const WINDOW_UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000 } as const;

/** A rate limit such as `20/15m`: at most 20 in any 15 minutes (unit s, m or h). */
const rateLimit = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((value, ctx) => {
      const m = /^(\d+)\/(\d+)([smh])$/.exec(value.trim());
      const max = Number(m?.[1]);
      const windowMs = Number(m?.[2]) * WINDOW_UNIT_MS[(m?.[3] ?? 's') as keyof typeof WINDOW_UNIT_MS];
      if (!m || max < 1 || windowMs < 1000) {
        ctx.addIssue({ code: 'custom', message: `expected a count per time such as 20/15m, 30/10m or 1000/1h, got "${value}"` });
        return z.NEVER;
      }
      return { max, windowMs };
    });

/** Post by e-mail: what both runtimes take in and answer (README "Post by e-mail"). */
const mailShape = {
  /**
   * A message larger than this (MB) is refused whole with a reply; it is never read whole (only its
   * header): embedded it stays in the mailbox's rejected folder, on AWS under `mail-rejected/`.
   */
  MAIL_MAX_MB: z.coerce.number().positive().default(35),
  /** Replies to one sender address (receipts by e-mail), at most. */
  MAIL_REPLY_LIMIT: rateLimit('10/1h'),
};

const embeddedSchema = z.object({
  ...commonShape,
  POSTKAMER_DATA_DIR: z.string().default('data'),
  POSTKAMER_DIRECTORY: z.string().default('examples/directory.json'),
  /**
   * The key ring that encrypts the data dir at rest (objects, database, outbox, corrections); made
   * on first start. Default `<data-dir>/keys/postkamer.key`; in production keep it outside the data
   * dir and back it up separately (README "Data at rest").
   */
  POSTKAMER_KEY_FILE: z.string().min(1).optional(),
  /**
   * Run as of this moment (ISO date and time with offset): every clock of the runtime starts there
   * and runs on. For demonstrations and tests; unset in production.
   */
  POSTKAMER_NOW: z.iso
    .datetime({ offset: true, message: 'expected an ISO date and time with offset, such as 2026-11-25T10:00:00+01:00' })
    .optional(),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  OCR_ENGINE: z.enum(['auto', 'native', 'tesseract.js']).default('auto'),
  WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  SMTP_URL: z.string().url().optional(),
  MAX_PAGES: z.coerce.number().int().positive().default(500),
  /**
   * Milliseconds a file in a scanner folder must keep the same size and modification time before it
   * is read (slow network writes pause); an incomplete PDF waits this long again, a few times.
   */
  INBOX_SETTLE_MS: z.coerce.number().int().min(0).default(5000),
  /** Request body of sign-in and every ordinary form, in KiB (refused before it is parsed). */
  MAX_FORM_KB: z.coerce.number().positive().default(64),
  /** Files one upload request may carry (the upload script sends one per request; a plain form post all at once). */
  MAX_UPLOAD_FILES: z.coerce.number().int().positive().default(4),
  /** Pixels per page image (width × height), in megapixels: larger images are refused undecoded. */
  MAX_MEGAPIXELS: z.coerce.number().positive().default(60),
  /** Decoded size of one PDF content stream (a page's drawing instructions), in MB: more is refused before pdfjs reads it. */
  PDF_CONTENT_MB: z.coerce.number().positive().default(2),
  /** Wall-clock seconds to draw one PDF page (for OCR or the viewer): a slower page is refused. */
  PDF_RENDER_TIMEOUT_S: z.coerce.number().positive().default(6),
  /** Time one page may spend in OCR before the step is retried. */
  OCR_PAGE_TIMEOUT_S: z.coerce.number().positive().default(120),
  /** How long a worker owns a queued step without a sign of life before another worker takes it over. */
  QUEUE_LEASE_MS: z.coerce.number().int().min(500).default(300_000),
  /** Log level; the one-shot commands default to warn so their output stays readable. */
  LOG_LEVEL: z.enum(['info', 'warn', 'error', 'silent']).optional(),
  /**
   * The web application's users (JSON list); see README "Users and sign-in". No default: the demo
   * accounts (examples/users.json) only with `serve --demo`.
   */
  POSTKAMER_USERS: z.string().min(1).optional(),
  /** At least 32 characters; without it a random secret is kept in the data directory. */
  POSTKAMER_SESSION_SECRET: z.string().min(32).optional(),
  POSTKAMER_SESSION_HOURS: z.coerce.number().positive().max(24).default(9),
  /** The OIDC client's secret (a public client with PKCE has none): a file holding it (preferred) or the value. */
  OIDC_CLIENT_SECRET_FILE: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** Failed sign-ins per client address, whatever the username (password spraying). */
  RATE_LIMIT_SIGN_IN: rateLimit('20/15m'),
  /** Receipt checks (`/check` with a number) per client address. */
  RATE_LIMIT_CHECK: rateLimit('30/10m'),
  /** Upload requests (desk and mailroom; the upload script sends one file per request) per client address. */
  RATE_LIMIT_UPLOAD: rateLimit('1000/1h'),
  /**
   * Reverse proxies in front of the web app whose X-Forwarded-For is believed: 0 (default) uses the
   * socket's remote address; n takes the n-th address from the right of X-Forwarded-For.
   */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** Post by e-mail (README "Post by e-mail"): the mailbox read over IMAP; unset, no mailbox is read. */
  MAIL_IMAP_HOST: z.string().min(1).optional(),
  MAIL_IMAP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  MAIL_IMAP_USER: z.string().min(1).optional(),
  /** A file holding the mailbox password (preferred: it stays out of the environment) … */
  MAIL_IMAP_PASSWORD_FILE: z.string().min(1).optional(),
  /** … or the password itself. */
  MAIL_IMAP_PASSWORD: z.string().min(1).optional(),
  /** `true` (default): TLS from the start (port 993); `false`: plain or STARTTLS (port 143). */
  MAIL_IMAP_TLS: z.enum(['true', 'false']).default('true'),
  MAIL_IMAP_FOLDER: z.string().min(1).default('INBOX'),
  /** Where a message goes once it is stored and recorded (made when missing). */
  MAIL_IMAP_PROCESSED_FOLDER: z.string().min(1).default('Verwerkt'),
  /** Where a message too large to fetch goes: kept on the server, answered, alerted (made when missing). */
  MAIL_IMAP_REJECTED_FOLDER: z.string().min(1).default('Geweigerd'),
  /** Seconds between looks at the mailbox when IDLE tells nothing (or the server has no IDLE). */
  MAIL_IMAP_POLL_S: z.coerce.number().positive().default(60),
  ...mailShape,
});

export type Config = z.infer<typeof embeddedSchema>;

/** Settings whose values must never appear in an error message. */
const SECRET = /SECRET|PASSWORD|SMTP_URL/;

/** Reads the embedded runtime's settings; throws a `ConfigurationError` naming every bad one. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  return parse(embeddedSchema, pick(env, Object.keys(embeddedSchema.shape)), 'configuration', env);
}

/** The sweep's settings, from a loaded configuration (embedded) or the Lambda environment. */
export function sweepSettings(c: Pick<Config, keyof typeof sweepShape>): SweepSettings {
  return {
    unroutedAfter: parseBusinessDuration(c.UNROUTED_ALERT_AFTER, 'UNROUTED_ALERT_AFTER'),
    ackRemindAfter: parseBusinessDuration(c.ACK_REMIND_AFTER, 'ACK_REMIND_AFTER'),
    ackEscalateAfter: parseBusinessDuration(c.ACK_ESCALATE_AFTER, 'ACK_ESCALATE_AFTER'),
    stuckAfterMs: c.STUCK_AFTER_MINUTES * 60_000,
    surgeFactor: c.SURGE_FACTOR,
    surgeMin: c.SURGE_MIN,
    surgeBaselineDays: DEFAULT_SWEEP_SETTINGS.surgeBaselineDays,
  };
}

/** Sweep settings straight from environment-style variables (unset ones keep their defaults). */
export function parseSweepSettings(env: Record<string, string | undefined>): SweepSettings {
  const schema = z.object(sweepShape);
  return sweepSettings(parse(schema, pick(env, Object.keys(sweepShape)), 'sweep configuration', env));
}

const url = z.string().url();
const json = <T extends z.ZodType>(schema: T) =>
  z.string().transform((text, ctx): z.infer<T> => {
    try {
      const parsed = schema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
      ctx.addIssue({ code: 'custom', message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
    } catch {
      ctx.addIssue({ code: 'custom', message: 'expected JSON' });
    }
    return z.NEVER;
  });

/**
 * The Lambdas' environment, set by the processing stack. Each function reads only the part it
 * needs (`readLambdaEnv`), once per container: a bad or missing value stops the function at its
 * first invocation with a message naming it.
 */
export const lambdaEnv = {
  ...commonShape,
  TABLE_NAME: z.string().min(1),
  BUCKET_NAME: z.string().min(1),
  DIRECTORY_KEY: z.string().min(1).default('directory/directory.json'),
  /** Seconds a loaded directory is used before S3 is asked whether it changed. */
  DIRECTORY_RECHECK_SECONDS: z.coerce.number().min(0).default(30),
  /** The web app's own state (rate limits, revoked sessions, upload batches): a table apart from the ledger. */
  WEB_TABLE_NAME: z.string().min(1),
  /** The users file (who may sign in to the web app, with which roles) in the documents bucket. */
  USERS_KEY: z.string().min(1).default('config/users.json'),
  /** The Secrets Manager secret that signs the web app's session cookies. */
  SESSION_SECRET_ARN: z.string().startsWith('arn:'),
  EXTRACT_QUEUE_URL: url,
  SPLIT_QUEUE_URL: url,
  ROUTE_QUEUE_URL: url,
  RECEIPT_QUEUE_URL: url,
  /** Team queue name (the directory's `teams[].queue`) → SQS queue URL, as JSON. */
  TEAM_QUEUE_URLS: json(z.record(z.string(), url)),
  ALERT_TOPIC_ARN: z.string().startsWith('arn:'),
  TEXTRACT_TOPIC_ARN: z.string().startsWith('arn:'),
  TEXTRACT_ROLE_ARN: z.string().startsWith('arn:'),
  /** Where a Textract completion is put back when the Textract rate is used up (deferred, not failed). */
  TEXTRACT_COMPLETE_QUEUE_URL: url.optional(),
  /** The DynamoDB table of the shared Textract token buckets; unset: no shared limit (the SDK's retries only). */
  RATE_TABLE_NAME: z.string().min(1).optional(),
  /** Textract transactions per second per operation for this account and region (Service Quotas). */
  TEXTRACT_TPS: z.coerce.number().positive().default(1),
  /** Longest a call waits for a Textract token before its message is deferred, in milliseconds. */
  TEXTRACT_MAX_WAIT_MS: z.coerce.number().int().min(0).default(10_000),
  /** Pages a file may have; Textract itself reads at most 3,000 per job. */
  MAX_PAGES: z.coerce.number().int().positive().max(3000).default(3000),
  MAIL_FROM: z.string().email(),
  SES_CONFIGURATION_SET: z.string().min(1).optional(),
  /** See the common PUBLIC_URL; on AWS unset means "the address of RECEIPT_CHECK_HINT" (`publicUrlOf`). */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Before PUBLIC_URL: a page where clients check receipts; its site is taken as the public address. */
  RECEIPT_CHECK_HINT: z.string().min(1).optional(),
  ...mailShape,
  /** The addresses SES receives post at (comma-separated): our own, so never answered (no mail loops). */
  MAIL_RECIPIENTS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((a) => a.trim().toLowerCase())
        .filter(Boolean),
    ),
  /** Where the day's print batch of letters (receipts by post) is mailed; unset: only kept in the bucket. */
  MAILROOM_EMAIL: z.string().email().optional(),
  /** The source queue's maxReceiveCount: the attempt that reaches it is the last. */
  MAX_RECEIVE_COUNT: z.coerce.number().int().min(1),
  /** The Secrets Manager secret holding the OIDC client's secret (with OIDC_ISSUER; a public client has none). */
  OIDC_CLIENT_SECRET_ARN: z.string().startsWith('arn:').optional(),
} as const;

export type LambdaEnvKey = keyof typeof lambdaEnv;

/** Parses the named Lambda variables from `env`. */
export function readLambdaEnv<K extends LambdaEnvKey>(keys: readonly K[], env: Record<string, string | undefined> = process.env) {
  const shape = Object.fromEntries(keys.map((k) => [k, lambdaEnv[k]])) as { [P in K]: (typeof lambdaEnv)[P] };
  return parse(z.object(shape), pick(env, keys), 'Lambda environment', env);
}

/** The named variables; an empty one counts as unset (so its default applies). */
function pick(env: Record<string, string | undefined>, keys: readonly string[]) {
  return Object.fromEntries(keys.map((k) => [k, env[k] === '' ? undefined : env[k]]));
}

function parse<S extends z.ZodType>(
  schema: S,
  input: Record<string, unknown>,
  what: string,
  env: Record<string, string | undefined>,
): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => {
    const name = i.path.join('.');
    const value = env[name];
    const got =
      value === undefined || value === '' ? 'it is not set' : SECRET.test(name) ? 'the value given is not valid' : `got "${value}"`;
    return i.code === 'custom' ? `${name}: ${i.message}` : `${name}: ${i.message} (${got})`;
  });
  throw new ConfigurationError('config.invalid', `Invalid ${what}: ${problems.join('; ')}`);
}

/** The public address: PUBLIC_URL, else the site of the older RECEIPT_CHECK_HINT, else the embedded default. */
export function publicUrlOf(config: { PUBLIC_URL?: string | undefined; RECEIPT_CHECK_HINT?: string | undefined }): string {
  if (config.PUBLIC_URL) return config.PUBLIC_URL;
  if (config.RECEIPT_CHECK_HINT && URL.canParse(config.RECEIPT_CHECK_HINT)) return new URL('/', config.RECEIPT_CHECK_HINT).toString();
  return 'http://127.0.0.1:3000';
}
