import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../../shared/config.ts';
import { ConfigurationError } from '../../shared/domain/errors.ts';
import { type OidcSettings, oidcSettings } from './oidc.ts';

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

/** Sign-in through an identity provider (OIDC) from the settings; its client secret from OIDC_CLIENT_SECRET_FILE or OIDC_CLIENT_SECRET. */
export function embeddedOidc(settings: Config): OidcSettings | undefined {
  return oidcSettings(settings, settings.OIDC_ISSUER ? oidcClientSecret(settings) : undefined);
}

function oidcClientSecret(settings: Pick<Config, 'OIDC_CLIENT_SECRET_FILE' | 'OIDC_CLIENT_SECRET'>): string | undefined {
  const path = settings.OIDC_CLIENT_SECRET_FILE;
  if (!path) return settings.OIDC_CLIENT_SECRET;
  let secret: string;
  try {
    secret = readFileSync(path, 'utf8').trim();
  } catch (cause) {
    throw new ConfigurationError('config.oidc', `OIDC_CLIENT_SECRET_FILE ${path} cannot be read.`, { cause });
  }
  if (!secret) throw new ConfigurationError('config.oidc', `OIDC_CLIENT_SECRET_FILE ${path} is empty.`);
  return secret;
}
