import { hashPassword } from './users.ts';

/** `npx tsx local/web/hash-password.ts <password>` prints the scrypt hash for a users file. */
const password = process.argv[2];
if (!password) {
  process.stderr.write('usage: npx tsx local/web/hash-password.ts <password>\n');
  process.exit(2);
}
process.stdout.write(`${await hashPassword(password)}\n`);
