import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/** Debian's dovecot (package dovecot-imapd): the real IMAP server the mailbox tests run against. */
export const DOVECOT = '/usr/sbin/dovecot';
export const hasDovecot = existsSync(DOVECOT);

export interface ImapServer {
  host: string;
  port: number;
  user: string;
  password: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts dovecot with a throwaway configuration in a temporary folder: IMAP only, on a free
 * loopback port, plain text (no TLS: loopback only), one user with a password, Maildir storage.
 * As root (CI), mail is owned by the `dovecot` system user; otherwise by the current user.
 */
export async function startImapServer(): Promise<ImapServer> {
  const dir = mkdtempSync(join(tmpdir(), 'postkamer-imap-'));
  chmodSync(dir, 0o755);
  const port = await freePort();
  const user = 'post@gemeente.example';
  const password = 'imap-test-password';
  const root = process.getuid?.() === 0;
  const uid = root ? Number(execFileSync('id', ['-u', 'dovecot']).toString().trim()) : (process.getuid?.() ?? 1000);
  const gid = root ? Number(execFileSync('id', ['-g', 'dovecot']).toString().trim()) : (process.getgid?.() ?? 1000);
  for (const sub of ['run', 'state', 'home']) mkdirSync(join(dir, sub));
  if (root) chownSync(join(dir, 'home'), uid, gid);
  writeFileSync(join(dir, 'users'), `${user}:{PLAIN}${password}\n`);
  const me = userInfo().username;
  writeFileSync(
    join(dir, 'dovecot.conf'),
    `base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/log
instance_name = postkamer-test-${port}
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 1
first_valid_gid = 1
${root ? '' : `default_login_user = ${me}\ndefault_internal_user = ${me}\n`}passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/users
}
userdb {
  driver = static
  args = uid=${uid} gid=${gid} home=${dir}/home/%u
}
mail_location = maildir:~/Maildir
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
`,
  );
  // The mail server keeps the machine's real clock: under libfaketime (CI's moved-clock runs) its
  // Maildir sync, which compares file times with "now", stops seeing new mail. Our code's clock is
  // what those runs test, not the mail server's.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => k !== 'LD_PRELOAD' && !k.startsWith('FAKETIME') && k !== 'DONT_FAKE_MONOTONIC'),
  );
  const child = spawn(DOVECOT, ['-F', '-c', join(dir, 'dovecot.conf')], { stdio: 'ignore', env });
  // Ready when it accepts a connection.
  const started = Date.now();
  for (;;) {
    if (await canConnect(port)) break;
    if (Date.now() - started > 10_000) {
      child.kill('SIGTERM');
      const log = existsSync(join(dir, 'log')) ? readFileSync(join(dir, 'log'), 'utf8') : '';
      throw new Error(`dovecot did not start on 127.0.0.1:${port}\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    host: '127.0.0.1',
    port,
    user,
    password,
    async stop() {
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function canConnect(port: number): Promise<boolean> {
  const { connect } = await import('node:net');
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
