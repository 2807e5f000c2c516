import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ConfigurationError } from '../../shared/domain/errors.ts';

/**
 * The people who sign in to the embedded runtime, from a JSON file (`examples/users.json` or
 * `POSTKAMER_USERS`). Passwords are stored as scrypt hashes (node:crypto, no native dependency):
 * `scrypt$N$r$p$<salt>$<hash>`, salt and hash in base64url. Someone who signs in through the
 * identity provider (OIDC) needs no password hash: the file still gives their roles.
 */
export const ROLES = ['desk', 'mailroom', 'consultant', 'triage', 'operations', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const userSchema = z
  .object({
    // `@` for sign-in through an identity provider whose usernames are account names (Entra ID's UPN).
    username: z.string().regex(/^[a-z0-9._@-]{2,128}$/, 'a username is 2–128 lower-case letters, digits, dots, dashes, underscores or @'),
    name: z.string().min(1),
    roles: z.array(z.enum(ROLES)).min(1),
    /** The directory id of a consultant (role consultant). */
    consultantId: z.string().min(1).optional(),
    /** None: the user signs in only through the identity provider (OIDC), never with a password. */
    passwordHash: z
      .string()
      .regex(/^scrypt\$\d+\$\d+\$\d+\$[\w-]+\$[\w-]+$/, 'expected scrypt$N$r$p$salt$hash')
      .optional(),
  })
  .strict()
  .refine((u) => !u.roles.includes('consultant') || u.consultantId, {
    message: 'a consultant needs a consultantId',
    path: ['consultantId'],
  });

const usersSchema = z.array(userSchema).superRefine((users, ctx) => {
  const seen = new Set<string>();
  users.forEach((u, i) => {
    if (seen.has(u.username)) ctx.addIssue({ code: 'custom', path: [i, 'username'], message: `duplicate username "${u.username}"` });
    seen.add(u.username);
  });
});

export type UserRecord = z.infer<typeof userSchema>;
/** A signed-in user as the web layer sees it: never the password hash. */
export type WebUser = Omit<UserRecord, 'passwordHash'>;

export function parseUsers(json: unknown, source = 'users'): UserRecord[] {
  const result = usersSchema.safeParse(json);
  if (!result.success) {
    const lines = result.error.issues.slice(0, 10).map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new ConfigurationError('users.invalid', `The user file ${source} is not valid:\n${lines.join('\n')}`);
  }
  return result.data;
}

export function loadUsers(path: string): UserRecord[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new ConfigurationError('users.missing', `The user file ${path} cannot be read: set POSTKAMER_USERS to a JSON list of users.`, {
      cause,
    });
  }
  try {
    return parseUsers(JSON.parse(text), path);
  } catch (error) {
    if (error instanceof SyntaxError)
      throw new ConfigurationError('users.invalid', `The user file ${path} is not valid JSON: ${error.message}`);
    throw error;
  }
}

/** The demo accounts (well-known passwords, listed in README): only with `serve --demo`. */
export const DEMO_USERS_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'users.json');

/**
 * The users of the web app: the demo accounts when `demo` is on, else the file named by
 * POSTKAMER_USERS. Neither is a configuration error; so is POSTKAMER_USERS naming the demo file
 * without `demo` (its passwords are in the README).
 */
export function loadWebUsers(o: { demo: boolean; usersFile: string | undefined }): UserRecord[] {
  if (o.demo) return loadUsers(DEMO_USERS_FILE);
  if (!o.usersFile)
    throw new ConfigurationError(
      'users.missing',
      'No users for the web app: set POSTKAMER_USERS to your user file (README "Users and sign-in"), or start with --demo for the demo accounts (npm start does).',
    );
  if (sameFile(o.usersFile, DEMO_USERS_FILE))
    throw new ConfigurationError(
      'users.demo',
      `POSTKAMER_USERS names the demo accounts (${o.usersFile}), whose passwords are public: start with --demo to use them, or point POSTKAMER_USERS at your own user file.`,
    );
  return loadUsers(o.usersFile);
}

function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}

export function publicUser(u: UserRecord): WebUser {
  const { passwordHash: _, ...rest } = u;
  return rest;
}

const DEFAULT_COST = { N: 16384, r: 8, p: 1 };
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

export async function hashPassword(password: string, cost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** A hash of nothing, checked against when the username is unknown so both paths take as long. */
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export async function verifyPassword(password: string, stored: string | undefined): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = (stored ?? DUMMY_HASH).split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return stored !== undefined && expected.length === actual.length && timingSafeEqual(expected, actual);
}
