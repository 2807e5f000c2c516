import { z } from 'zod';
import { ConfigurationError } from '../../domain/errors.ts';

/**
 * The Lambdas' environment, set by the processing stack, read once per container and validated:
 * a bad or missing value stops the function at its first invocation with a message naming it.
 * Each function parses only the part it needs.
 */
const url = z.string().url();
const json = <T extends z.ZodType>(schema: T) =>
  z.string().transform((text, ctx): z.infer<T> => {
    try {
      const parsed = schema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
      ctx.addIssue({ code: 'custom', message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not valid JSON' });
    }
    return z.NEVER;
  });

export const lambdaEnv = {
  TABLE_NAME: z.string().min(1),
  BUCKET_NAME: z.string().min(1),
  DIRECTORY_KEY: z.string().min(1).default('directory/directory.json'),
  /** Seconds a loaded directory is used before S3 is asked whether it changed. */
  DIRECTORY_RECHECK_SECONDS: z.coerce.number().min(0).default(30),
  EXTRACT_QUEUE_URL: url,
  ROUTE_QUEUE_URL: url,
  RECEIPT_QUEUE_URL: url,
  /** Team queue name (the directory's `teams[].queue`) → SQS queue URL, as JSON. */
  TEAM_QUEUE_URLS: json(z.record(z.string(), url)),
  ALERT_TOPIC_ARN: z.string().startsWith('arn:'),
  TEXTRACT_TOPIC_ARN: z.string().startsWith('arn:'),
  TEXTRACT_ROLE_ARN: z.string().startsWith('arn:'),
  MAIL_FROM: z.string().email(),
  SES_CONFIGURATION_SET: z.string().min(1).optional(),
  RECEIPT_CHECK_HINT: z.string().min(1),
  MAX_FILE_MB: z.coerce.number().positive().default(50),
  /** The source queue's maxReceiveCount: the attempt that reaches it is the last. */
  MAX_RECEIVE_COUNT: z.coerce.number().int().min(1),
  OPS_EMAIL: z.string().email().optional(),
} as const;

export type LambdaEnvKey = keyof typeof lambdaEnv;

/** Parses the named variables (plus any extra schema entries) from `env`. */
export function readEnv<K extends LambdaEnvKey>(keys: readonly K[], env: Record<string, string | undefined> = process.env) {
  const shape = Object.fromEntries(keys.map((k) => [k, lambdaEnv[k]])) as { [P in K]: (typeof lambdaEnv)[P] };
  const result = z.object(shape).safeParse(Object.fromEntries(keys.map((k) => [k, env[k] === '' ? undefined : env[k]])));
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigurationError('config.invalid', `Invalid Lambda environment: ${problems}`);
  }
  return result.data;
}
