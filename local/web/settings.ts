import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ConfigurationError } from '../../shared/domain/errors.ts';

/** Settings of the web application, read from the environment once (like shared/config.ts). */
const schema = z.object({
  POSTKAMER_USERS: z.string().default('examples/users.json'),
  /** At least 32 characters; without it a random secret is kept in the data directory. */
  POSTKAMER_SESSION_SECRET: z.string().min(32).optional(),
  POSTKAMER_SESSION_HOURS: z.coerce.number().positive().max(24).default(9),
});

export type WebSettings = z.infer<typeof schema>;

export function loadWebSettings(env: NodeJS.ProcessEnv = process.env): WebSettings {
  const result = schema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigurationError('config.invalid', `Invalid web configuration: ${problems}`);
  }
  return result.data;
}

/** The session signing secret: from the environment, else created once in the data directory (mode 600). */
export function sessionSecret(settings: WebSettings, dataDir: string): string {
  if (settings.POSTKAMER_SESSION_SECRET) return settings.POSTKAMER_SESSION_SECRET;
  const path = join(dataDir, 'session-secret');
  try {
    const existing = readFileSync(path, 'utf8').trim();
    if (existing.length >= 32) return existing;
  } catch {
    // first start: create it below
  }
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(path, `${secret}\n`, { mode: 0o600 });
  return secret;
}
