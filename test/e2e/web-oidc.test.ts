import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRuntime, type Runtime } from '../../local/runtime.ts';
import { createApp } from '../../local/server.ts';
import { loadConfig } from '../../shared/config.ts';
import { hasChromium, launchBrowser, screenshot, seriousViolations } from '../helpers/browser.ts';
import { testDirectory } from '../helpers/factories.ts';
import { startOidcProvider, type TestOidcProvider } from '../helpers/oidc-provider.ts';

/**
 * Sign-in through the organisation's identity provider in a real browser: the server on a loopback
 * port, the provider on another (test/helpers/oidc-provider.ts), Chromium following the redirects
 * both ways. What only a browser shows: the flow cookie survives the trip (SameSite=Lax), and the
 * sign-out form's redirect to the provider is allowed by the page's Content-Security-Policy.
 */
if (!hasChromium) console.warn('web-oidc: /usr/bin/chromium not found — browser tests skipped');

const quiet = { info() {}, warn() {}, error() {} };

describe.skipIf(!hasChromium)('sign-in through OpenID Connect in a real browser', () => {
  let browser: Browser;
  let idp: TestOidcProvider;
  let rt: Runtime;
  let dataDir: string;
  let server: ReturnType<typeof serve>;
  let baseUrl: string;

  beforeAll(async () => {
    let app: ReturnType<typeof createApp> | undefined;
    // The address first (the provider must know where to send people back), the app behind it next.
    server = serve({ fetch: (req) => (app ? app.fetch(req) : new Response('starting', { status: 503 })), port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((r) => server.once('listening', () => r()));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    idp = await startOidcProvider({
      redirectUri: `${baseUrl}/login/oidc/callback`,
      postLogoutRedirectUri: `${baseUrl}/login?msg=signed-out`,
    });
    dataDir = mkdtempSync(join(tmpdir(), 'postkamer-web-oidc-e2e-'));
    const directoryPath = join(dataDir, 'directory.json');
    writeFileSync(directoryPath, JSON.stringify(testDirectory()));
    const config = loadConfig({
      POSTKAMER_DATA_DIR: dataDir,
      PUBLIC_URL: baseUrl,
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: idp.clientId,
      OIDC_CLIENT_SECRET: idp.clientSecret,
      OIDC_NAME: 'Gemeente Test',
    });
    rt = await openRuntime({ dataDir, directoryPath, logger: quiet, config });
    app = createApp(rt, {
      users: [{ username: 'bakker', name: 'B. Bakker', roles: ['consultant'], consultantId: 'c-003' }],
      sessionSecret: 'oidc-e2e-secret-oidc-e2e-secret-000000',
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    await idp?.close();
    await rt?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('signs a consultant in with one click and out again at the provider', async () => {
    const page = await browser.newPage();
    const blocked: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
    });
    idp.answer = { account: 'Bakker' };
    await page.goto(`${baseUrl}/inbox`);
    await page.waitForURL(/\/login\?next=/);
    expect(await page.locator('input[type="password"]').count()).toBe(0);
    expect(await seriousViolations(page, 'oidc-login')).toEqual([]);
    await screenshot(page, 'oidc-login');

    await page.getByRole('link', { name: 'Aanmelden met Gemeente Test' }).click();
    await page.waitForURL(`${baseUrl}/inbox`);
    expect(await page.getByText('B. Bakker').first().isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.waitForURL((url) => url.href.startsWith(`${idp.issuer}/session/end`));
    expect(blocked).toEqual([]);
    // Back at postkamer, signed out.
    await page.goto(`${baseUrl}/inbox`);
    await page.waitForURL(/\/login/);
    await page.close();
  });
});
