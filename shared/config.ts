import { z } from 'zod';
import { parseBusinessDuration } from './domain/business-calendar.ts';
import { ConfigurationError } from './domain/errors.ts';

/**
 * Settings of the embedded runtime, read from the environment once and validated, so a bad value
 * stops the start with a message that names it. Command-line flags override some of them.
 */
const schema = z.object({
  POSTKAMER_DATA_DIR: z.string().default('data'),
  POSTKAMER_DIRECTORY: z.string().default('examples/directory.json'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  OCR_ENGINE: z.enum(['auto', 'native', 'tesseract.js']).default('auto'),
  WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().email().default('postkamer@gemeente.example'),
  RECEIPT_CHECK_HINT: z.string().default('http://127.0.0.1:3000/check'),
  MAX_FILE_MB: z.coerce.number().positive().default(50),
  MAX_PAGES: z.coerce.number().int().positive().default(500),
  /** Pixels per page image (width × height), in megapixels: larger images are refused undecoded. */
  MAX_MEGAPIXELS: z.coerce.number().positive().default(60),
  /** Time one page may spend in OCR before the step is retried. */
  OCR_PAGE_TIMEOUT_S: z.coerce.number().positive().default(120),
  /** How long a worker owns a queued step without a sign of life before another worker takes it over. */
  QUEUE_LEASE_MS: z.coerce.number().int().min(500).default(300_000),
  UNROUTED_ALERT_AFTER: z.string().default('4h'),
  ACK_ESCALATE_AFTER: z.string().default('2d'),
  ACK_REMIND_AFTER: z.string().default('1d'),
  SURGE_FACTOR: z.coerce.number().positive().default(3),
  SURGE_MIN: z.coerce.number().int().positive().default(20),
  STUCK_AFTER_MINUTES: z.coerce.number().positive().default(15),
  OPS_EMAIL: z.string().email().optional(),
  /** Log level; the one-shot commands default to warn so their output stays readable. */
  LOG_LEVEL: z.enum(['info', 'warn', 'error', 'silent']).optional(),
});

export type Config = z.infer<typeof schema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(env);
  if (result.success) {
    for (const name of ['UNROUTED_ALERT_AFTER', 'ACK_REMIND_AFTER', 'ACK_ESCALATE_AFTER'] as const) {
      try {
        parseBusinessDuration(result.data[name], name);
      } catch (error) {
        throw new ConfigurationError('config.invalid', `Invalid configuration: ${(error as Error).message}`);
      }
    }
  }
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigurationError('config.invalid', `Invalid configuration: ${problems}`);
  }
  return result.data;
}
