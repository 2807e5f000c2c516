/**
 * A real `postkamer serve` as a child process on a loopback port, for scripts and end-to-end tests
 * that must see what a browser or an attacker sees: its own data directory, users file and
 * environment; plus a small HTTP client that keeps cookies and signs in with the CSRF token like a
 * browser, and the server's memory as Linux reports it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashPassword, type Role } from '../../local/web/users.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ServeOptions {
  dataDir: string;
  /** Extra environment (settings); the users file goes in `POSTKAMER_USERS`. */
  env?: Record<string, string>;
  /** `serve --demo`: the demo accounts, with a banner on every page. */
  demo?: boolean;
  /** How long to wait for `/health`. */
  startTimeoutMs?: number;
}

export interface ServeProcess {
  url: string;
  pid: number;
  dataDir: string;
  /** Everything the server wrote to stderr so far (JSON log lines, the start message). */
  stderr: () => string;
  /** SIGTERM, then SIGKILL after 15 s; resolves once it exited. */
  stop: () => Promise<void>;
  exited: () => boolean;
}

export async function startServe(o: ServeOptions): Promise<ServeProcess> {
  const args = ['bin/postkamer.mjs', 'serve', '--data-dir', o.dataDir, '--port', '0', '--host', '127.0.0.1'];
  if (o.demo) args.push('--demo');
  const env: Record<string, string | undefined> = { ...process.env, LOG_LEVEL: 'warn', ...o.env };
  if (o.demo) delete env.POSTKAMER_USERS;
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
    if (stderr.length > 2_000_000) stderr = stderr.slice(-1_000_000);
  });
  let exited = false;
  const exit = new Promise<void>((r) =>
    child.once('exit', () => {
      exited = true;
      r();
    }),
  );
  const until = Date.now() + (o.startTimeoutMs ?? 60_000);
  let url: string | undefined;
  while (!url) {
    if (exited) throw new Error(`postkamer serve exited before it listened:\n${stderr.slice(-2000)}`);
    if (Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`postkamer serve did not start:\n${stderr.slice(-2000)}`);
    }
    url = /running: (http:\/\/\S+)/.exec(stderr)?.[1];
    if (!url) await sleep(100);
  }
  while (
    !(await fetch(`${url}/health`)
      .then((r) => r.ok)
      .catch(() => false))
  ) {
    if (Date.now() > until) throw new Error('postkamer serve does not answer /health');
    await sleep(100);
  }
  return {
    url,
    pid: child.pid ?? 0,
    dataDir: o.dataDir,
    stderr: () => stderr,
    exited: () => exited,
    stop: () => stopChild(child, exit, () => exited),
  };
}

async function stopChild(child: ChildProcess, exit: Promise<void>, exited: () => boolean) {
  if (exited()) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exit;
  clearTimeout(timer);
}

export interface TestUser {
  username: string;
  password: string;
  roles: Role[];
  consultantId?: string;
}

/** Writes a users file (scrypt hashes, as `hash-password.ts` makes them) and returns its path. */
export async function writeUsersFile(path: string, users: TestUser[]): Promise<string> {
  const records = await Promise.all(
    users.map(async (u) => ({
      username: u.username,
      name: u.username,
      roles: u.roles,
      ...(u.consultantId ? { consultantId: u.consultantId } : {}),
      passwordHash: await hashPassword(u.password),
    })),
  );
  writeFileSync(path, JSON.stringify(records, null, 2));
  return path;
}

type Body = string | URLSearchParams | Uint8Array | ReadableStream<Uint8Array>;

/** A browser-like client of one server: keeps its cookies, never follows redirects. */
export class WebSession {
  private readonly jar = new Map<string, string>();
  constructor(
    readonly url: string,
    cookies = '',
  ) {
    for (const pair of cookies.split(/;\s*/)) {
      const [name, ...value] = pair.split('=');
      if (name) this.jar.set(name, value.join('='));
    }
  }

  cookie(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(path: string, init: { method?: string; headers?: Record<string, string>; body?: Body } = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.jar.size) headers.set('cookie', this.cookie());
    const res = await fetch(`${this.url}${path}`, {
      method: init.method ?? 'GET',
      headers,
      body: init.body as BodyInit | undefined,
      redirect: 'manual',
      ...(init.body instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as RequestInit);
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (name) this.jar.set(name, value.join('='));
    }
    return res;
  }

  /** The session's CSRF token, as the sign-in form carries it. */
  async csrf(path = '/login'): Promise<string> {
    const html = await (await this.request(path)).text();
    return /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
  }

  /** A form post with the session's CSRF token. */
  async postForm(path: string, form: Record<string, string>, csrfFrom = '/check'): Promise<Response> {
    const body = new URLSearchParams({ _csrf: await this.csrf(csrfFrom), ...form });
    return this.request(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
  }

  /** Signs in through the form; the answer is a 303 on success. */
  async signIn(username: string, password: string, next = '/'): Promise<Response> {
    const res = await this.postForm('/login', { username, password, next }, '/login');
    await res.arrayBuffer();
    return res;
  }
}

/** Resets the peak resident set size Linux keeps for a process (`VmHWM`), so the next reading is this moment's peak. */
export function resetPeakRss(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Peak resident set size (`VmHWM`) in MB since start or since `resetPeakRss`; undefined off Linux. */
export function peakRssMb(pid: number): number | undefined {
  return statusKb(pid, 'VmHWM');
}

export function rssMb(pid: number): number | undefined {
  return statusKb(pid, 'VmRSS');
}

function statusKb(pid: number, field: string): number | undefined {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 102.4) / 10 : undefined;
  } catch {
    return undefined;
  }
}

/** Bytes the process read through system calls so far (`rchar`: files, pipes and sockets). */
export function bytesRead(pid: number): number | undefined {
  try {
    const m = /^rchar:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/io`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Every descendant of a process (e.g. the native tesseract processes `serve` starts for OCR). */
export function descendants(pid: number): number[] {
  const out: number[] = [];
  const visit = (p: number) => {
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${p}/task`);
    } catch {
      return;
    }
    for (const task of tasks) {
      let children = '';
      try {
        children = readFileSync(`/proc/${p}/task/${task}/children`, 'utf8');
      } catch {
        continue;
      }
      for (const c of children.split(/\s+/).filter(Boolean).map(Number)) {
        out.push(c);
        visit(c);
      }
    }
  };
  visit(pid);
  return out;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
