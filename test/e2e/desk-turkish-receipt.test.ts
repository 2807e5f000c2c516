import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../shared/domain/document.ts';
import { localDate } from '../../shared/domain/local-date.ts';
import {
  hasChromium,
  launchBrowser,
  screenshot,
  seriousViolations,
  signIn,
  startTestServer,
  type TestServer,
  type TestUser,
  textPdf,
} from '../helpers/browser.ts';

/**
 * Issue 19's desk journey in a real browser: the desk officer finds "Yılmaz" typed with a plain i
 * and with a dotless ı, takes in her document, hands over a receipt in Turkish (the PDF's text is
 * Turkish, its file named in Turkish), and /check answers in Turkish for that receipt number.
 * (Where a posted letter's address block lies is checked by coordinates in receipt-pdf.test.ts.)
 */
if (!hasChromium) console.warn('desk-turkish-receipt: /usr/bin/chromium not found — browser tests skipped');

const directory = {
  organisation: { name: 'Gemeente Test', timezone: 'Europe/Amsterdam' },
  teams: [
    { id: 'intake', name: 'Team Intake', queue: 'intake' },
    { id: 'inkomen', name: 'Team Inkomen', queue: 'inkomen' },
    { id: 'werk', name: 'Team Werk', queue: 'werk' },
    { id: 'bezwaar', name: 'Team Bezwaar', queue: 'bezwaar' },
    { id: 'klachten', name: 'Team Klachten', queue: 'klachten' },
    { id: 'schuldhulp', name: 'Team Schuldhulp', queue: 'schuldhulp' },
    { id: 'triage', name: 'Triage', queue: 'triage' },
  ],
  consultants: [{ id: 'c-001', name: 'Marieke Bos', team: 'inkomen' }],
  clients: [
    { clientNumber: 'K-100501', name: 'Fatma Yılmaz', birthDate: '1979-04-02', language: 'tr', consultants: { inkomen: 'c-001' } },
    { clientNumber: 'K-100502', name: 'Jan de Vries', consultants: { inkomen: 'c-001' } },
  ],
};

const desk = { username: 'balie', name: 'Balie', roles: ['desk'], password: 'balie-pass' } satisfies TestUser;

async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: bytes.slice(), useSystemFonts: false }).promise;
  const words: string[] = [];
  for (let n = 1; n <= doc.numPages; n++)
    for (const item of (await (await doc.getPage(n)).getTextContent()).items) if ('str' in item) words.push(item.str);
  return words.join(' ');
}

describe.skipIf(!hasChromium)('a receipt in Turkish at the desk, in a real browser', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  async function check(name: string) {
    await page.waitForLoadState('load');
    expect(await seriousViolations(page, name), `serious or critical accessibility violations on ${name}`).toEqual([]);
    await screenshot(page, name);
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer({ directory, users: [desk] }), launchBrowser()]);
    context = await browser.newContext({ acceptDownloads: true, locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('finds Yılmaz however it is typed, issues a Turkish receipt, and /check answers in Turkish', async () => {
    await signIn(page, server.baseUrl, desk);
    await page.goto(`${server.baseUrl}/desk`);
    for (const typed of ['yilmaz', 'Yılmaz', 'YILMAZ']) {
      await page.getByLabel('Klantnummer of naam').fill(typed);
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page.waitForURL((url) => url.searchParams.get('q') === typed);
      expect(await page.getByRole('link', { name: 'Klant K-100501 kiezen' }).count(), `found as "${typed}"`).toBe(1);
      expect(await page.getByRole('link', { name: 'Klant K-100502 kiezen' }).count()).toBe(0);
    }
    await check('30-desk-search-yilmaz');
    await page.getByRole('link', { name: 'Klant K-100501 kiezen' }).click();
    await page.waitForURL(/client=K-100501/);
    // Her language is chosen for her receipt; Dutch is on it too.
    expect(await page.getByLabel('Taal van het ontvangstbewijs').inputValue()).toBe('tr');

    const letter = await textPdf([['Gemeente Test', 'Wijzigingsformulier', 'Klantnummer K-100501', 'Mijn nieuwe adres is Kerkstraat 7.']]);
    await page.getByLabel('Bestanden').setInputFiles({ name: 'wijziging.pdf', mimeType: 'application/pdf', buffer: Buffer.from(letter) });
    await page.getByRole('button', { name: 'Innemen' }).click();
    await page.waitForURL(/\/desk\/batch\//);
    const receiptNumber = (await page.locator('.receipt-number').first().textContent())?.trim() ?? '';
    expect(receiptNumber).toMatch(/^PK-/);
    expect(await page.getByText('K-100501 · Fatma Yılmaz').count()).toBe(1);
    await check('31-desk-receipt-turkish');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Ontvangstbewijs afdrukken (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`alindi-belgesi-${receiptNumber}.pdf`);
    const text = await pdfText(new Uint8Array(readFileSync((await download.path()) as string)));
    expect(text).toContain('Alındı belgesi');
    expect(text).toContain('Ontvangstbewijs');
    expect(text).toContain(receiptNumber);
    expect(text).not.toMatch(/\d{9}/); // never a BSN

    const doc = (await server.rt.ledger.findByReceiptNumber(receiptNumber)) as DocumentRecord;
    const [y, m, d] = localDate(new Date(doc.receivedAt), 'Europe/Amsterdam').split('-');
    await page.goto(`${server.baseUrl}/check?receipt=${receiptNumber}&lang=tr&day=${Number(d)}-${m}-${y}`);
    await page.getByRole('heading', { name: 'Alındı belgesini kontrol edin' }).waitFor();
    // The page's own text is marked Turkish (the menu around it stays in the visitor's language).
    expect(await page.locator('main > div[lang="tr"]').count()).toBe(1);
    expect(await page.getByRole('status').textContent()).not.toContain('Fatma');
    await check('32-check-turkish');
  });
});
