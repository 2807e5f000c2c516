import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../../shared/config.ts';

/** The session signing secret: from the environment, else created once in the data directory (mode 600). */
export function sessionSecret(settings: Pick<Config, 'POSTKAMER_SESSION_SECRET'>, dataDir: string): string {
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
