import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeInMail } from '../../functions/mail-intake/mail-intake.ts';
import { mailIntakeDeps } from '../../local/mailbox-watcher.ts';
import { openRuntime, type Runtime } from '../../local/runtime.ts';
import { createApp } from '../../local/server.ts';
import { Worker } from '../../local/worker.ts';
import { silentLogger } from '../../shared/adapters/local/json-logger.ts';
import { loadConfig } from '../../shared/config.ts';
import type { DocumentRecord } from '../../shared/domain/document.ts';
import type { MailMessageRecord } from '../../shared/domain/mail-intake.ts';
import type { Clock } from '../../shared/ports.ts';
import { testUsers, textPdf } from '../helpers/browser.ts';
import { webClient } from '../helpers/web-client.ts';

/**
 * Post by e-mail in the web app: a message's documents shown together on each document's page
 * (a confidential sibling only as "vertrouwelijk document" for whom may not open it), the original
 * message for whom may open every document of it and a 403 (audited) for anyone else, and the
 * operations page listing each e-mail by id (a message refused whole with its reason), never its
 * sender or subject. E-mail goes in through the mail intake use case with the embedded runtime's
 * ports; the pages are read in process (no browser).
 */
const RECEIVED = new Date('2026-06-15T08:00:00Z'); // a Monday
const COVER_DAY = new Date('2026-06-17T08:00:00Z'); // Jansen is away from the 17th, Smit covers
const SENDER = 'jan@example.org';
const SUBJECT = 'Mijn papieren voor juni';

const directory = {
  organisation: { name: 'Gemeente Test', timezone: 'Europe/Amsterdam' },
  teams: ['intake', 'inkomen', 'werk', 'bezwaar', 'klachten', 'schuldhulp', 'triage'].map((id) => ({ id, name: `Team ${id}`, queue: id })),
  consultants: [
    { id: 'c-002', name: 'A. Jansen', team: 'inkomen', absences: [{ from: '2026-06-17', to: '2026-06-26', substituteId: 'c-010' }] },
    { id: 'c-003', name: 'B. Bakker', team: 'inkomen' },
    { id: 'c-010', name: 'D. Smit', team: 'werk' },
  ],
  clients: [
    {
      clientNumber: 'K-100234',
      name: 'Jan de Vries',
      birthDate: '1971-03-14',
      email: SENDER,
      language: 'nl',
      consultants: { inkomen: 'c-002', werk: 'c-010' },
    },
  ],
};

const users = [
  { username: 'jansen', name: 'A. Jansen', roles: ['consultant' as const], consultantId: 'c-002', password: 'jansen-pass' },
  { username: 'smit', name: 'D. Smit', roles: ['consultant' as const], consultantId: 'c-010', password: 'smit-pass' },
  { username: 'beheer', name: 'Team Beheer', roles: ['operations' as const], password: 'beheer-pass' },
  { username: 'triage', name: 'W. Jacobs', roles: ['triage' as const], password: 'triage-pass' },
];

const PAYSLIP = [
  'Loonstrook juni 2026',
  'Salarisspecificatie',
  'Werkgever: Bakkerij Voorbeeld BV',
  'Werknemer: J. de Vries, klantnummer K-100234',
  'Loonperiode juni 2026',
  'Brutoloon 2.150,00',
  'Loonheffing 120,00',
  'Nettoloon 1.830,00',
];
const BANK = [
  'ING Bankafschrift',
  'Rekeninghouder: J. de Vries, klantnummer K-100234',
  'Rekeningnummer NL12 INGB 0001 2345 67',
  'Periode 01-05-2026 t/m 31-05-2026',
  'Beginsaldo 312,40',
  '03-05-2026 Albert Heijn Betaalautomaat 23,45 Af',
  '05-05-2026 Gemeente Voorbeeld Uitkering 1.210,00 Bij',
  'Eindsaldo 1.403,95',
];
const MEDICAL = [
  'Medische verklaring',
  'Verklaring van de huisarts',
  'Betreft: J. de Vries, klantnummer K-100234',
  'Patient is onder behandeling en tijdelijk arbeidsongeschikt.',
];

function compose(options: ConstructorParameters<typeof MailComposer>[0]): Promise<Uint8Array> {
  return new Promise((resolve, reject) =>
    new MailComposer({ to: 'post@gemeente.example', text: 'Zie bijlagen.', ...options })
      .compile()
      .build((error, message) => (error ? reject(error) : resolve(new Uint8Array(message)))),
  );
}

let rt: Runtime;
let app: ReturnType<typeof createApp>;
let dataDir: string;
let offsetMs = 0;
/** The runtime's clock (a port): runs at the machine's pace from a chosen moment, moved on by the test. */
const clock: Clock = { now: () => new Date(Date.now() + offsetMs) };
const setClock = (at: Date) => {
  offsetMs = at.getTime() - Date.now();
};

let eml: Uint8Array;
let message: MailMessageRecord;
let rejected: MailMessageRecord;
let unknown: MailMessageRecord;
const docs = { payslip: '', bank: '', medical: '' };
const doc = async (id: string) => (await rt.ledger.getDocument(id)) as DocumentRecord;

async function signedIn(username: string, lang: 'nl' | 'en' = 'nl') {
  const client = webClient(app, { pk_lang: lang });
  const res = await client.signIn(username);
  expect(res.status).toBe(303);
  return client;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'postkamer-web-mail-'));
  const directoryPath = join(dataDir, 'directory.json');
  writeFileSync(directoryPath, JSON.stringify(directory));
  setClock(RECEIVED);
  rt = await openRuntime({
    dataDir,
    directoryPath,
    clock,
    logger: silentLogger,
    config: loadConfig({ POSTKAMER_DATA_DIR: dataDir, POSTKAMER_DIRECTORY: directoryPath }),
  });
  rt.routeDeps.threshold = 0.5; // the web app is tested here, not the classifier's calibration
  app = createApp(rt, { users: await testUsers(users), sessionSecret: 'test-secret-test-secret-test-secret-0123' });

  const deps = mailIntakeDeps(rt);
  eml = await compose({
    from: `Jan de Vries <${SENDER}>`,
    subject: SUBJECT,
    attachments: [
      { filename: 'loonstrook-juni.pdf', content: Buffer.from(await textPdf([PAYSLIP])) },
      { filename: 'bankafschrift-mei.pdf', content: Buffer.from(await textPdf([BANK])) },
      { filename: 'verklaring-huisarts.pdf', content: Buffer.from(await textPdf([MEDICAL])) },
      { filename: 'brief.docx', content: Buffer.from('PK\u0003\u0004word/document.xml') },
    ],
  });
  const taken = await takeInMail(deps, { bytes: eml, source: 'imap:INBOX' });
  const tiny = Array.from({ length: 25 }, (_, i) => ({ filename: `p${i}.pdf`, content: Buffer.from(`%PDF-1.4\n% ${i}\n%%EOF\n`) }));
  rejected = (
    await takeInMail(deps, {
      bytes: await compose({ from: 'veel@example.org', subject: 'Scans', attachments: tiny }),
      source: 'imap:INBOX',
    })
  ).message;
  const note = await textPdf([['Hierbij stuur ik wat u vroeg.', 'Met vriendelijke groet']]);
  unknown = (
    await takeInMail(deps, {
      bytes: await compose({
        from: 'iemand@example.org',
        subject: 'Brief',
        attachments: [{ filename: 'brief.pdf', content: Buffer.from(note) }],
      }),
      source: 'imap:INBOX',
    })
  ).message;
  await new Worker(rt, 2, 600_000).drain();
  message = (await rt.mailLog.get(taken.message.id)) as MailMessageRecord;
  const byName = new Map(await Promise.all(message.documentIds.map(async (id) => [(await doc(id)).filename, id] as const)));
  docs.payslip = byName.get('loonstrook-juni.pdf') ?? '';
  docs.bank = byName.get('bankafschrift-mei.pdf') ?? '';
  docs.medical = byName.get('verklaring-huisarts.pdf') ?? '';
  setClock(COVER_DAY);
}, 120_000);

afterAll(async () => {
  await rt?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('post by e-mail in the web app', () => {
  it('takes the message in as three documents routed by their own rules, the medical statement restricted', async () => {
    expect(message.status).toBe('taken-in');
    expect(message.reply?.state).toBe('sent');
    expect(rejected).toMatchObject({ status: 'rejected', rejectCode: 'mail.too-many-parts' });
    expect((await doc(docs.payslip)).route?.consultantId).toBe('c-002');
    expect((await doc(docs.bank)).route?.consultantId).toBe('c-002');
    const medical = await doc(docs.medical);
    expect(medical.route?.consultantId).toBe('c-010');
    expect(medical.documentType).toBe('medical_statement');
  });

  it("each document's page shows the message with the two others, linked for whom may open them", async () => {
    const smit = await signedIn('smit'); // covers Jansen: may open all three
    const receipts = Object.fromEntries(
      await Promise.all(Object.entries(docs).map(async ([k, id]) => [k, (await doc(id)).receiptNumber as string])),
    );
    for (const [name, id] of Object.entries(docs)) {
      const res = await smit.request(`/documents/${id}`);
      expect(res.status).toBe(200);
      const page = await res.text();
      const block = page.slice(page.indexOf('id="mail-title"'));
      expect(block).toContain('Uit één e-mail met 3 documenten');
      expect(block).toContain('dit document');
      for (const [other, otherId] of Object.entries(docs)) {
        if (other === name) continue;
        expect(block).toContain(receipts[other]);
        expect(block).toContain(`href="/documents/${otherId}"`);
      }
      expect(block).toContain('ontvangstbevestiging gestuurd op');
      expect(block).toContain('brief.docx: een Office-bestand');
      expect(block).toContain(`href="/mail/${message.id}/original"`);
      expect(page).not.toContain(SENDER);
      expect(page).not.toContain(SUBJECT);
    }
  });

  it('a consultant who is not the assignee of the medical sibling sees it only as "vertrouwelijk document"', async () => {
    const jansen = await signedIn('jansen');
    const medical = await doc(docs.medical);
    for (const id of [docs.payslip, docs.bank]) {
      const page = await (await jansen.request(`/documents/${id}`)).text();
      const block = page.slice(page.indexOf('id="mail-title"'));
      expect(block).toContain('Uit één e-mail met 3 documenten');
      expect(block).toMatch(/<td colspan="4">vertrouwelijk document<\/td>/);
      expect(block).not.toContain(medical.receiptNumber as string);
      expect(block).not.toContain(`/documents/${docs.medical}`);
      expect(block).not.toContain('Medische verklaring');
      expect(block).not.toContain(`/mail/${message.id}/original`);
      expect(block).toContain('U kunt hem niet downloaden');
    }
  });

  it('the original e-mail downloads whole for whom may open every document, audited on each', async () => {
    const smit = await signedIn('smit');
    const res = await smit.request(`/mail/${message.id}/original`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('message/rfc822');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="e-mail-[0-9a-f]{8}\.eml"$/);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(eml);
    for (const id of Object.values(docs)) {
      const events = await rt.ledger.listEvents(id);
      expect(events.some((e) => e.type === 'downloaded' && e.actor === 'smit' && e.data.part === 'mail-original')).toBe(true);
    }
  });

  it('is 403 for a consultant who is not the assignee of a restricted sibling, audited on that document', async () => {
    const jansen = await signedIn('jansen');
    const res = await jansen.request(`/mail/${message.id}/original`);
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('Content-Disposition');
    const denied = (await rt.ledger.listEvents(docs.medical)).filter((e) => e.type === 'access.denied' && e.actor === 'jansen');
    // Jansen has no part in the medical statement at all (another team's consultant holds it).
    expect(denied.map((e) => e.data)).toEqual([{ reason: 'not-assigned', part: 'mail-original', mailMessageId: message.id }]);
    expect((await rt.ledger.listEvents(docs.payslip)).some((e) => e.type === 'downloaded' && e.actor === 'jansen')).toBe(false);
  });

  it('reads in English too', async () => {
    const smit = await signedIn('smit', 'en');
    const page = await (await smit.request(`/documents/${docs.medical}`)).text();
    expect(page).toContain('From one e-mail with 3 documents');
    expect(page).toContain('receipt sent on');
    expect(page).toContain('Download the original e-mail');
    expect(page).toContain('brief.docx: an Office file');
  });

  it('the triage page shows the message too, and a triage officer may download it while its documents are unrouted', async () => {
    const [id] = unknown.documentIds;
    expect((await doc(id as string)).status).toBe('triage');
    const officer = await signedIn('triage');
    const page = await (await officer.request(`/triage/${id}`)).text();
    const block = page.slice(page.indexOf('id="mail-title"'));
    expect(block).toContain('Uit een e-mail');
    expect(block).toContain('dit document');
    expect(block).toContain(`href="/mail/${unknown.id}/original"`);
    expect((await officer.request(`/mail/${unknown.id}/original`)).status).toBe(200);
    // Not the client's message: those documents are routed, not the officer's to open.
    expect((await officer.request(`/mail/${message.id}/original`)).status).toBe(403);
  });

  it('the operations page lists each e-mail by id, a rejected one with its reason, never sender or subject', async () => {
    const ops = await signedIn('beheer');
    const res = await ops.request('/operations');
    expect(res.status).toBe(200);
    const page = await res.text();
    const table = page.slice(page.indexOf('id="mail-messages"'), page.indexOf('</table>', page.indexOf('id="mail-messages"')));
    const rows = table.split('<tr>').slice(2);
    const rejectedRow = rows.find((r) => r.includes(rejected.id.slice(0, 8))) ?? '';
    expect(rejectedRow).toContain('afgewezen');
    expect(rejectedRow).toContain('de e-mail had meer bijlagen dan wij per e-mail aannemen');
    expect(rejectedRow).toContain('ontvangstbevestiging gestuurd op'); // refused whole, and told so
    const takenRow = rows.find((r) => r.includes(message.id.slice(0, 8))) ?? '';
    expect(takenRow).toContain('aangenomen');
    expect(takenRow).toMatch(/<td class="num">3<\/td>\s*<td class="num">1<\/td>/);
    for (const personal of [SENDER, 'veel@example.org', 'iemand@example.org', SUBJECT, 'Scans', 'brief.docx'])
      expect(page).not.toContain(personal);
    // Operations does not open documents (access.ts), so not the message either: no link, and a 403.
    expect(page).not.toContain('/mail/');
    expect((await ops.request(`/mail/${rejected.id}/original`)).status).toBe(403);
    expect((await ops.request(`/mail/${message.id}/original`)).status).toBe(403);
  });
});
