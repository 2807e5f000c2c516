import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correctionsPath } from '../../shared/adapters/local/jsonl-correction-store.ts';
import { addLocalDays } from '../../shared/domain/business-calendar.ts';
import { type DocumentRecord, type PageText, pagesKey } from '../../shared/domain/document.ts';
import { localDate } from '../../shared/domain/local-date.ts';
import { makeReceiptNumber } from '../../shared/domain/receipt-number.ts';
import {
  a11yReport,
  eventually,
  hasChromium,
  launchBrowser,
  SCREENSHOTS,
  screenshot,
  seriousViolations,
  signIn,
  signOut,
  startTestServer,
  type TestServer,
  type TestUser,
  textPdf,
} from '../helpers/browser.ts';
import { readDataDirCorrections, readSealed } from '../helpers/sealed-data.ts';

/**
 * Each role's main journey in a real browser against the real server (worker running, born-digital
 * PDFs so no OCR): desk → receipt PDF; consultant → acknowledge, hand over, cover queue; mailroom
 * batch states; triage resolves an unidentifiable document and the receipt goes out; operations
 * resolves the alert; a consultant gets 403 for a colleague's restricted document (page and API).
 * axe-core checks every page; screenshots go to screenshots/.
 */
if (!hasChromium) console.warn('web-journeys: /usr/bin/chromium not found — browser tests skipped (apt-get install chromium)');

const today = localDate(new Date(), 'Europe/Amsterdam');
const directory = (extraAbsences: Record<string, unknown[]> = {}) => ({
  organisation: { name: 'Gemeente Test', timezone: 'Europe/Amsterdam' },
  teams: [
    { id: 'intake', name: 'Team Intake', queue: 'intake' },
    { id: 'inkomen', name: 'Team Inkomen', queue: 'inkomen', leadId: 'c-001' },
    { id: 'werk', name: 'Team Werk', queue: 'werk', leadId: 'c-010' },
    { id: 'bezwaar', name: 'Team Bezwaar', queue: 'bezwaar' },
    { id: 'klachten', name: 'Team Klachten', queue: 'klachten' },
    { id: 'schuldhulp', name: 'Team Schuldhulp', queue: 'schuldhulp' },
    { id: 'triage', name: 'Triage', queue: 'triage' },
  ],
  consultants: [
    { id: 'c-001', name: 'Marieke Bos', team: 'inkomen' },
    {
      id: 'c-002',
      name: 'Ahmed Bouzid',
      team: 'inkomen',
      absences: [{ from: addLocalDays(today, -1), to: addLocalDays(today, 7), substituteId: 'c-003' }],
    },
    { id: 'c-003', name: 'Sanne de Graaf', team: 'inkomen' },
    { id: 'c-010', name: 'Bram Hendriks', team: 'werk', absences: extraAbsences['c-010'] ?? [] },
    { id: 'c-011', name: 'Linda Kok', team: 'werk' },
  ],
  clients: [
    {
      clientNumber: 'K-100234',
      name: 'Jan de Vries',
      birthDate: '1971-03-14',
      email: 'jan@example.org',
      consultants: { inkomen: 'c-001', werk: 'c-010' },
    },
    {
      clientNumber: 'K-100301',
      name: 'Fatima El Amrani',
      birthDate: '1988-11-02',
      address: 'Kerkstraat 5, 1234 AB Test',
      consultants: { inkomen: 'c-002', werk: 'c-010' },
    },
  ],
});

const U = {
  desk: { username: 'balie', name: 'Fatma Yılmaz', roles: ['desk'], password: 'balie-pass' },
  mailroom: { username: 'post', name: 'Jeroen de Wit', roles: ['mailroom'], password: 'post-pass' },
  marieke: { username: 'marieke', name: 'Marieke Bos', roles: ['consultant'], consultantId: 'c-001', password: 'marieke-pass' },
  sanne: { username: 'sanne', name: 'Sanne de Graaf', roles: ['consultant'], consultantId: 'c-003', password: 'sanne-pass' },
  linda: { username: 'linda', name: 'Linda Kok', roles: ['consultant'], consultantId: 'c-011', password: 'linda-pass' },
  triage: { username: 'triage', name: 'Wendy Jacobs', roles: ['triage'], password: 'triage-pass' },
  ops: { username: 'beheer', name: 'Team Beheer', roles: ['operations'], password: 'beheer-pass' },
  admin: { username: 'admin', name: 'Beheerder', roles: ['admin'], password: 'admin-pass' },
} satisfies Record<string, TestUser>;

describe.skipIf(!hasChromium)('web application in a real browser', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const cspViolations: string[] = [];
  const docs: Record<'payslip' | 'note' | 'medical' | 'broken', string> = { payslip: '', note: '', medical: '', broken: '' };

  const doc = async (id: string) => (await server.rt.ledger.getDocument(id)) as DocumentRecord;
  const settled = (id: string, statuses: string[]) =>
    eventually(
      async () => statuses.includes((await doc(id)).status) && (await doc(id)),
      30_000,
      `document ${id} to be ${statuses.join('/')}`,
    );

  /** axe-core on the page as it is now, and a screenshot. */
  async function check(name: string) {
    await page.waitForLoadState('load');
    expect(await seriousViolations(page, name), `serious or critical accessibility violations on ${name}`).toEqual([]);
    await screenshot(page, name);
  }

  async function freshPage() {
    await context?.close();
    context = await browser.newContext({ acceptDownloads: true, locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer({ directory: directory(), users: Object.values(U) }), launchBrowser()]);
    await freshPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    if (a11yReport.length) writeFileSync(join(SCREENSHOTS, 'a11y-report.json'), `${JSON.stringify(a11yReport, null, 2)}\n`);
  });

  it('sign-in: a protected page asks to sign in first; a wrong password is an error tied to the field', async () => {
    await page.goto(`${server.baseUrl}/desk`);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/login');
    await check('01-login');
    await page.getByLabel('Gebruikersnaam').fill('balie');
    await page.getByLabel('Wachtwoord').fill('wrong');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    const password = page.getByLabel('Wachtwoord');
    await expect.poll(() => password.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#password-error').textContent()).toContain('klopt niet');
    await check('02-login-error');
  });

  it('desk: picks the client, uploads with progress and hands over the receipt PDF at once', async () => {
    await freshPage();
    await signIn(page, server.baseUrl, U.desk);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/desk');
    await page.getByLabel('Klantnummer of naam').fill('vries');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await check('03-desk-search');
    await page.getByRole('link', { name: 'Klant K-100234 kiezen' }).click();
    expect(await page.getByText('Gekozen klant').count()).toBe(1);

    const payslip = await textPdf([
      [
        'Loonstrook januari 2026',
        'Salarisspecificatie',
        'Werkgever: Bakkerij Voorbeeld BV',
        'Werknemer: J. de Vries',
        'Personeelsnummer 4711',
        'Loonperiode januari 2026',
        'Klantnummer K-100234',
        'Brutoloon 2.150,00',
        'Loonheffing 120,00',
        'Pensioenpremie 80,00',
        'Vakantiegeld 172,00',
        'Nettoloon 1.830,00',
        'Uitbetaling op 25 januari 2026',
      ],
    ]);
    await page
      .getByLabel('Bestanden')
      .setInputFiles({ name: 'loonstrook-januari.pdf', mimeType: 'application/pdf', buffer: Buffer.from(payslip) });
    await check('04-desk');
    await page.getByRole('button', { name: 'Innemen' }).click();
    await page.waitForURL(/\/desk\/batch\//);
    const receiptNumber = (await page.locator('.receipt-number').first().textContent())?.trim() ?? '';
    expect(receiptNumber).toMatch(/^PK-/);
    await check('05-desk-receipt');
    // Printing the receipt page from the browser gives exactly one A4 page (the print CSS).
    const printed = await page.pdf({ preferCSSPageSize: true, printBackground: false });
    const printedPages = (await getDocument({ data: new Uint8Array(printed) }).promise).numPages;
    expect(printedPages).toBe(1);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Ontvangstbewijs afdrukken (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`ontvangstbewijs-${receiptNumber}.pdf`);
    const pdf = readFileSync((await download.path()) as string);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    const found = await server.rt.ledger.findByReceiptNumber(receiptNumber);
    docs.payslip = found?.id ?? '';
    expect(found?.channel).toBe('desk');
    const events = await server.rt.ledger.listEvents(docs.payslip);
    expect(events.some((e) => e.type === 'receipt.printed' && e.actor === 'balie')).toBe(true);
    const routed = await settled(docs.payslip, ['routed']);
    expect(routed.route?.consultantId).toBe('c-001');
    await signOut(page);
  });

  it('mailroom: bulk upload and every file’s state, including a rejected one with its reason', async () => {
    await freshPage();
    await signIn(page, server.baseUrl, U.mailroom);
    await check('06-mailroom');
    const note = await textPdf([
      [
        'Beste mevrouw, meneer,',
        'Hierbij stuur ik u de papieren waar u om vroeg.',
        'Ik hoop dat alles zo goed is.',
        'Met vriendelijke groet',
      ],
    ]);
    const medical = await textPdf([
      [
        'Medische verklaring',
        'Verklaring van de huisarts',
        'Betreft: J. de Vries, klantnummer K-100234',
        'Patient is onder behandeling en tijdelijk arbeidsongeschikt.',
      ],
    ]);
    await page.getByLabel('Bestanden').setInputFiles([
      { name: 'brief-zonder-naam.pdf', mimeType: 'application/pdf', buffer: Buffer.from(note) },
      { name: 'medische-verklaring.pdf', mimeType: 'application/pdf', buffer: Buffer.from(medical) },
      { name: 'kapot.pdf', mimeType: 'application/pdf', buffer: Buffer.from('dit is geen pdf maar platte tekst') },
    ]);
    await page.getByRole('button', { name: 'Uploaden' }).click();
    await page.waitForURL(/\/mailroom\/batch\//);
    await check('07-mailroom-batch');
    // batch.js refreshes the table until every file has settled
    await page.getByText('Alle bestanden zijn verwerkt.').waitFor({ timeout: 30_000 });
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(0).textContent()).toContain('bij triage');
    expect(await rows.nth(1).textContent()).toContain('doorgestuurd');
    expect(await rows.nth(2).textContent()).toContain('afgewezen');
    await check('08-mailroom-batch-done');

    const batchId = new URL(page.url()).pathname.split('/').pop() as string;
    const items = server.rt.db.prepare('SELECT seq, document_id FROM web_uploads WHERE batch_id = ? ORDER BY seq').all(batchId) as {
      document_id: string;
    }[];
    [docs.note, docs.medical, docs.broken] = items.map((i) => i.document_id) as [string, string, string];
    expect((await doc(docs.medical)).restricted).toBe(true);
    expect((await doc(docs.medical)).route?.consultantId).toBe('c-010');
    expect((await doc(docs.note)).receipt?.delivery).toBe('pending');
    await signOut(page);
  });

  it('consultant: sees the routed document, opens it, acknowledges it and hands it to an absent colleague', async () => {
    await freshPage();
    await signIn(page, server.baseUrl, U.marieke);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/inbox');
    const row = page.getByRole('row', { name: /loonstrook/ });
    expect(await row.textContent()).toContain('K-100234');
    await check('09-inbox');
    await row.getByRole('link', { name: /openen/ }).click();
    await page.waitForURL(/\/documents\//);
    const image = page.getByRole('img', { name: /Pagina 1 van 1/ });
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    expect(await page.locator('.recognised').first().textContent()).toContain('Loonstrook januari 2026');
    await check('10-document');

    await page.getByRole('button', { name: 'In behandeling nemen' }).click();
    await page.getByText('U heeft het document in behandeling genomen.').waitFor();
    expect((await doc(docs.payslip)).status).toBe('acknowledged');

    // A hand-over needs a reason: the error is tied to the field.
    await page.getByLabel('Naar', { exact: true }).selectOption({ label: 'Ahmed Bouzid (Team Inkomen)' });
    await page.getByRole('button', { name: 'Doorsturen' }).click();
    await expect.poll(() => page.getByLabel('Reden').getAttribute('aria-invalid')).toBe('true');
    await check('11-document-reassign-error');
    await page.getByLabel('Reden').fill('Klant is deze maand overgedragen aan Ahmed.');
    await page.getByRole('button', { name: 'Doorsturen' }).click();
    await page.getByText('Het document is doorgestuurd.').waitFor();
    const events = await server.rt.ledger.listEvents(docs.payslip);
    expect(events.filter((e) => e.type === 'viewed' && e.actor === 'marieke').length).toBeGreaterThan(0);
    expect(events.some((e) => e.type === 'acknowledged' && e.actor === 'marieke')).toBe(true);
    expect(events.some((e) => e.type === 'misroute' && e.actor === 'marieke')).toBe(true);
    await signOut(page);
  });

  it('consultant: the substitute finds it in the cover queue of the absent colleague and closes it', async () => {
    await freshPage();
    await signIn(page, server.baseUrl, U.sanne);
    const cover = page.getByRole('region', { name: /Waarneming voor Ahmed Bouzid/ });
    expect(await cover.getByRole('row', { name: /loonstrook/ }).count()).toBe(1);
    await check('12-inbox-cover');
    await cover.getByRole('link', { name: /openen/ }).click();
    await page.getByRole('button', { name: 'Afhandelen' }).click();
    await page.getByText('Het document is afgehandeld.').waitFor();
    expect((await doc(docs.payslip)).status).toBe('closed');
    await signOut(page);
  });

  it('consultant: a colleague’s restricted document is 403 through the page and the API, even when covering', async () => {
    await freshPage();
    // Bram (c-010) is now away and Linda covers for him: she sees the item, but not its content.
    writeFileSync(
      join(server.dataDir, 'directory.json'),
      JSON.stringify(directory({ 'c-010': [{ from: today, to: addLocalDays(today, 3), substituteId: 'c-011' }] })),
    );
    await signIn(page, server.baseUrl, U.linda);
    const cover = page.getByRole('region', { name: /Waarneming voor Bram Hendriks/ });
    expect(await cover.getByRole('row', { name: /vertrouwelijk document/ }).textContent()).toContain('alleen de behandelaar');
    expect(await cover.getByText('medische verklaring').count()).toBe(0);

    const response = await page.goto(`${server.baseUrl}/documents/${docs.medical}`);
    expect(response?.status()).toBe(403);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Geen toegang');
    await check('13-forbidden');
    const api = await page.request.get(`${server.baseUrl}/api/documents/${docs.medical}`);
    expect(api.status()).toBe(403);
    expect(await api.json()).toEqual({ error: 'forbidden', reason: 'restricted' });
    const original = await page.request.get(`${server.baseUrl}/api/documents/${docs.medical}/original`);
    expect(original.status()).toBe(403);
    const events = await server.rt.ledger.listEvents(docs.medical);
    expect(events.some((e) => e.type === 'viewed' && e.actor === 'linda')).toBe(false);
    expect(events.some((e) => e.type === 'access.denied' && e.actor === 'linda')).toBe(true);
    await signOut(page);
  });

  it('triage: resolves the unidentifiable document in a few clicks; the correction is kept and the receipt goes out', async () => {
    await freshPage();
    await signIn(page, server.baseUrl, U.triage);
    await check('14-triage');
    await page.getByRole('link', { name: new RegExp(`Document ${(await doc(docs.note)).receiptNumber} beoordelen`) }).click();
    await page.waitForURL(/\/triage\//);
    await check('15-triage-document');
    // The scan and the decision side by side: read and decide without scrolling between them.
    const scan = await page.getByRole('region', { name: 'De scan en de herkende tekst' }).boundingBox();
    const decision = await page.getByRole('heading', { name: 'Beslissing' }).boundingBox();
    expect(scan && decision && decision.x > scan.x + scan.width / 2 && decision.y < scan.y + scan.height).toBe(true);
    await page.getByLabel('Ander soort:').check();
    await page.getByLabel('Kies een ander soort').selectOption('change_form');
    await page.getByLabel('Klantnummer', { exact: true }).fill('K-100234');
    await page.getByRole('button', { name: 'Opslaan en doorsturen' }).click();
    await page.getByText('Het document is doorgestuurd.').waitFor();
    await check('16-triage-resolved');

    const resolved = await doc(docs.note);
    expect(resolved.status).toBe('routed');
    expect(resolved.documentType).toBe('change_form');
    expect(resolved.route?.consultantId).toBe('c-001');
    const eml = join(server.rt.paths.outbox, `receipt_${docs.note}.eml`);
    await eventually(() => existsSync(eml), 20_000, 'the receipt e-mail in the outbox');
    expect(readSealed(server.dataDir, eml).toString('utf8')).toContain('jan@example.org');
    const corrections = await readDataDirCorrections(server.dataDir, correctionsPath(server.dataDir));
    expect(corrections).toContainEqual(
      expect.objectContaining({ documentId: docs.note, type: 'change_form', clientNumber: 'K-100234', by: 'triage' }),
    );
    expect((await server.rt.ledger.listEvents(docs.note)).some((e) => e.type === 'triaged' && e.actor === 'triage')).toBe(true);
    await signOut(page);
  });

  it('mailroom: prints a cover sheet for a client found by name, and a separator sheet', async () => {
    await freshPage();
    await signIn(page, server.baseUrl, U.mailroom);
    await page.getByRole('link', { name: 'Voorbladen en scheidingsbladen afdrukken' }).click();
    await page.waitForURL(/\/sheets/);
    await page.getByLabel('Klantnummer of naam').fill('amrani');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('link', { name: 'Klant K-100301 kiezen' }).click();
    expect(await page.getByLabel('Klantnummer', { exact: true }).inputValue()).toBe('K-100301');
    await page.getByLabel('Soort document').selectOption('objection');
    await check('23-sheets');
    const [cover] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Voorblad maken (PDF)' }).click()]);
    expect(cover.suggestedFilename()).toBe('voorblad-K-100301-objection.pdf');
    expect(
      readFileSync((await cover.path()) as string)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const [separator] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Scheidingsblad maken (PDF)' }).click(),
    ]);
    expect(separator.suggestedFilename()).toBe('scheidingsblad.pdf');
    await signOut(page);
  });

  it('triage: corrects an uncertain split in a few clicks; each part is then routed on its own', async () => {
    // An envelope the split step was unsure of: it proposed Jan's payslip and his medical statement as one document.
    const payslipLines = [
      'Loonstrook februari 2026',
      'Salarisspecificatie',
      'Werkgever: Bakkerij Voorbeeld BV',
      'Werknemer: J. de Vries',
      'Klantnummer K-100234',
      'Brutoloon 2.150,00',
      'Loonheffing 120,00',
      'Nettoloon 1.830,00',
    ];
    const medicalLines = [
      'Medische verklaring',
      'Verklaring van de huisarts',
      'Betreft: J. de Vries, klantnummer K-100234',
      'Patient is onder behandeling en tijdelijk arbeidsongeschikt.',
    ];
    const pdf = await textPdf([payslipLines, medicalLines]);
    const rt = server.rt;
    const original = await rt.objects.putOriginal(pdf);
    const id = `envelope-${randomBytes(4).toString('hex')}`;
    await rt.ledger.createDocument(
      {
        id,
        intakeKey: `journey:${id}`,
        receiptNumber: makeReceiptNumber(randomBytes(8)),
        fingerprint: original.sha256,
        objectKey: original.key,
        filename: 'envelop.pdf',
        channel: 'post',
        source: 'post',
        receivedAt: new Date().toISOString(),
        mediaType: 'application/pdf',
        byteSize: original.size,
        pageCount: 2,
        status: 'triage',
        documentType: 'payslip',
        confidence: 0.55,
        alternatives: [],
        deskClientNumber: null,
        clientNumber: 'K-100234',
        route: {
          status: 'triage',
          team: 'triage',
          consultantId: null,
          queue: 'triage',
          clientNumber: 'K-100234',
          reasons: [{ code: 'split.uncertain', text: 'mogelijk meerdere documenten (voorstel: pagina 1–2)' }],
        },
        restricted: false,
        rejectReason: null,
        duplicateOf: null,
        receipt: null,
        receiptEmail: null,
        splitProposal: { parts: [[1, 2]], reasons: ['twijfel of pagina 2 een nieuw document begint'] },
      },
      { type: 'triage' },
    );
    const texts: PageText[] = [
      { page: 1, text: payslipLines.join('\n'), source: 'text-layer' },
      { page: 2, text: medicalLines.join('\n'), source: 'text-layer' },
    ];
    await rt.objects.put(pagesKey(id), new TextEncoder().encode(JSON.stringify(texts)), 'application/json');

    await freshPage();
    await signIn(page, server.baseUrl, U.triage);
    await page.goto(`${server.baseUrl}/triage/${id}`);
    const panel = page.getByRole('region', { name: 'Splitsing controleren' });
    expect(await panel.getByRole('listitem').filter({ hasText: 'twijfel of pagina 2' }).count()).toBe(1);
    const thumb = panel.getByRole('img', { name: 'Pagina 2 van het bestand' });
    await thumb.scrollIntoViewIfNeeded();
    await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    await check('24-triage-split');

    await panel.getByRole('link', { name: /Hier splitsen.*pagina 2/ }).click();
    await page.getByRole('heading', { name: 'Deel 2: pagina 2' }).waitFor();
    expect(await page.getByText('U heeft het voorstel aangepast.').count()).toBe(1);
    await check('25-triage-split-edited');
    await page.getByRole('button', { name: 'Bevestigen: 2 documenten maken' }).click();
    await page.getByText('Het bestand is gesplitst in 2 documenten.').waitFor();

    const file = await doc(id);
    expect(file.status).toBe('split');
    const [payslip, medical] = await Promise.all((file.childIds ?? []).map((childId) => settled(childId, ['routed', 'triage'])));
    expect(payslip).toMatchObject({ status: 'routed', documentType: 'payslip', pages: [1] });
    expect(medical).toMatchObject({ status: 'routed', documentType: 'medical_statement', restricted: true, pages: [2] });
    const corrections = await readDataDirCorrections(server.dataDir, correctionsPath(server.dataDir));
    expect(corrections).toContainEqual(
      expect.objectContaining({
        kind: 'split',
        documentId: id,
        parts: [[1], [2]],
        boundaries: [{ page: 2, split: true, proposed: false }],
      }),
    );
    await signOut(page);
  });

  it('operations: sees counts, queues, throughput and the alert for the rejected file, and resolves it', async () => {
    await freshPage();
    await signIn(page, server.baseUrl, U.ops);
    expect(await page.locator('svg[role="img"]').count()).toBe(1);
    const alertRow = page.getByRole('row', { name: /afgewezen bestand/ });
    expect(await alertRow.count()).toBe(1);
    await check('17-operations');
    await alertRow.getByRole('button', { name: /als opgelost markeren/ }).click();
    await page.getByText('De melding is opgelost.').waitFor();
    const open = await server.rt.alerts.listOpen({ documentId: docs.broken });
    expect(open).toEqual([]);
    await check('18-operations-resolved');
    await signOut(page);
  });

  it('receipt check (public) shows only delivery facts, in Dutch and in English', async () => {
    await freshPage();
    const payslip = await doc(docs.payslip);
    await page.goto(`${server.baseUrl}/check`);
    await page.getByLabel('Ontvangstnummer').fill((payslip.receiptNumber ?? '').toLowerCase());
    const [y, m, d] = localDate(new Date(payslip.receivedAt), 'Europe/Amsterdam').split('-');
    await page.getByLabel('Datum van ontvangst').fill(`${Number(d)}-${m}-${y}`);
    await page.getByRole('button', { name: 'Controleren' }).click();
    const result = page.getByRole('status');
    await result.waitFor();
    const text = (await result.textContent()) ?? '';
    expect(text).toContain('balie');
    expect(text).not.toContain('K-100234');
    expect(text).not.toContain('loonstrook');
    await check('19-check');
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Check a receipt' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await check('20-check-english');
    await page.getByLabel('Receipt number').fill('PK-0000-00000');
    await page.getByLabel('Date received').fill(`${Number(d)}-${m}-${y}`);
    await page.getByRole('button', { name: 'Check' }).click();
    await expect.poll(() => page.getByLabel('Receipt number').getAttribute('aria-invalid')).toBe('true');
    await check('21-check-error');
  });

  it('admin: a home page with every area; no Content-Security-Policy violations anywhere', async () => {
    await freshPage();
    await signIn(page, server.baseUrl, U.admin);
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'Balie',
      'Postkamer',
      'Triage',
      'Beheer',
      'Medewerkers en klanten',
    ]);
    await check('22-home-admin');
    expect(cspViolations).toEqual([]);
  });
});
