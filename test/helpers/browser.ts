import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { type Browser, chromium, type Page } from 'playwright-core';
import { openRuntime, type Runtime } from '../../local/runtime.ts';
import { createApp } from '../../local/server.ts';
import { hashPassword, type Role, type UserRecord } from '../../local/web/users.ts';
import { Worker } from '../../local/worker.ts';
import { loadConfig } from '../../shared/config.ts';
import type { Logger } from '../../shared/ports.ts';

/**
 * Browser tests against the real server: the embedded runtime on a temp data directory, the web
 * application on a random loopback port, the worker running, and Debian's Chromium driven by
 * playwright-core. Pages are checked with axe-core and photographed into `screenshots/`.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const SCREENSHOTS = resolve('screenshots');

/**
 * The browser is the user's machine, not the system under test: it runs on the real clock even
 * when the suite runs under faketime (CI's far-future run), which Chromium does not survive.
 */
function realClockEnv(): Record<string, string> {
  const env = Object.entries(process.env).filter(([name]) => name !== 'LD_PRELOAD' && !name.startsWith('FAKETIME'));
  return Object.fromEntries(env.filter((e): e is [string, string] => e[1] !== undefined));
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    env: realClockEnv(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export interface TestUser {
  username: string;
  name: string;
  roles: Role[];
  consultantId?: string;
  password: string;
}

export interface TestServer {
  baseUrl: string;
  rt: Runtime;
  worker: Worker;
  dataDir: string;
  close(): Promise<void>;
}

const quietLogger: Logger = { info() {}, warn() {}, error() {} };

/** Users with cheap scrypt hashes (fast tests; production hashes use the default cost). */
export async function testUsers(users: TestUser[]): Promise<UserRecord[]> {
  return Promise.all(
    users.map(async ({ password, ...u }) => ({ ...u, passwordHash: await hashPassword(password, { N: 1024, r: 8, p: 1 }) })),
  );
}

/**
 * `routeThreshold` pins the auto-routing threshold (default 0.5), so journeys test the web
 * application, not the classifier's calibration of the day.
 */
export async function startTestServer(o: { directory: unknown; users: TestUser[]; routeThreshold?: number }): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'postkamer-web-'));
  const directoryPath = join(dataDir, 'directory.json');
  writeFileSync(directoryPath, JSON.stringify(o.directory));
  const config = loadConfig({ ...process.env, POSTKAMER_DATA_DIR: dataDir, POSTKAMER_DIRECTORY: directoryPath, WORKERS: '2' });
  const rt = await openRuntime({ dataDir, directoryPath, config, logger: quietLogger });
  rt.routeDeps.threshold = o.routeThreshold ?? 0.5;
  const worker = new Worker(rt, 2, 100);
  worker.start();
  const app = createApp(rt, {
    users: await testUsers(o.users),
    sessionSecret: 'test-secret-test-secret-test-secret-0123',
    nudge: () => worker.nudge(),
  });
  let server: ReturnType<typeof serve> | undefined;
  const port = await new Promise<number>((ready) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => ready(info.port));
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    rt,
    worker,
    dataDir,
    async close() {
      await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
      await worker.stop();
      await rt.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function signIn(page: Page, baseUrl: string, user: Pick<TestUser, 'username' | 'password'>) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel(/Gebruikersnaam|Username/).fill(user.username);
  await page.getByLabel(/Wachtwoord|Password/).fill(user.password);
  await page.getByRole('button', { name: /Aanmelden|Sign in/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: /Afmelden|Sign out/ }).click();
  await page.waitForURL(/\/login/);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

const axeSource = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
export const a11yReport: { page: string; violations: { id: string; impact: string | null }[] }[] = [];

/** Runs axe-core (WCAG 2.0/2.1 A and AA plus best practices) and returns the serious and critical violations. */
export async function seriousViolations(page: Page, name: string): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page at run time
    const axe = (window as any).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v: AxeViolation) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  })) as AxeViolation[];
  a11yReport.push({ page: name, violations: violations.map((v) => ({ id: v.id, impact: v.impact })) });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Polls until `check` returns a value (not undefined/false), or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs = 20_000,
  what = 'condition',
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A born-digital PDF (text layer, no OCR needed): one page per entry, lines of text. */
export async function textPdf(pages: string[][]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = pdf.addPage([595.28, 841.89]);
    let y = 780;
    for (const line of lines) {
      page.drawText(line, { x: 56, y, size: 12, font });
      y -= 20;
    }
  }
  return pdf.save();
}
