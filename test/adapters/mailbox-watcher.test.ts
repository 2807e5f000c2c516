import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';
import { simpleParser } from 'mailparser';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { takeInMail } from '../../functions/mail-intake/mail-intake.ts';
import { type MailboxSettings, MailboxWatcher, mailIntakeDeps } from '../../local/mailbox-watcher.ts';
import { openRuntime, type Runtime } from '../../local/runtime.ts';
import { Worker } from '../../local/worker.ts';
import { hasDovecot, type ImapServer, startImapServer } from '../../scripts/lib/imap-server.ts';
import { silentLogger } from '../../shared/adapters/local/json-logger.ts';
import { SqliteMailLog } from '../../shared/adapters/local/sqlite-mail-log.ts';
import { openTextLayer } from '../../shared/adapters/pdf-text-layer.ts';
import { loadConfig } from '../../shared/config.ts';
import type { ExtractionResult } from '../../shared/ports.ts';

/**
 * Post by e-mail against real servers on loopback: Debian's dovecot as the mailbox (IMAP) and
 * smtp-server as the peer that receives the replies. Skipped where dovecot is not installed
 * (`.ci/run` installs dovecot-imapd).
 */
if (!hasDovecot) console.warn('mailbox tests skipped: /usr/sbin/dovecot is missing (apt-get install dovecot-imapd)');

const PAYSLIP = 'Salarisstrook maart 2026\nKlantnummer K-100101\nBrutoloon € 2.134,50\nLoonheffing € 212,10\nNettoloon € 1.824,40';
const CLIENT = 'jan.devries@example.com'; // K-100101 in examples/directory.json, reads Dutch

let imap: ImapServer;
let smtp: SMTPServer;
let smtpPort = 0;
const replies: { to: string; raw: string }[] = [];

beforeAll(async () => {
  if (!hasDovecot) return;
  imap = await startImapServer();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        replies.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as { port: number }).port;
}, 30_000);

afterAll(async () => {
  if (!hasDovecot) return;
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await imap.stop();
});

const opened: Runtime[] = [];
afterEach(async () => {
  for (const rt of opened.splice(0)) await rt.close();
  await clearMailbox();
  replies.length = 0;
});

async function runtime(env: Record<string, string> = {}, pageText = PAYSLIP) {
  const config = loadConfig({ SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, MAIL_FROM: 'post@gemeente.example', ...env });
  const rt = await openRuntime({
    dataDir: mkdtempSync(join(tmpdir(), 'postkamer-mailbox-')),
    directoryPath: 'examples/directory.json',
    logger: silentLogger,
    config,
  });
  // OCR is not what is tested here: every page reads as a payslip of K-100101 (a double at the port).
  rt.extractDeps.extractor = {
    async extract(): Promise<ExtractionResult> {
      return { mediaType: 'application/pdf', pages: [{ page: 1, text: pageText, source: 'text-layer' }], engine: 'test' };
    },
  };
  opened.push(rt);
  return rt;
}

const settings = (rt: Runtime): MailboxSettings => ({
  host: imap.host,
  port: imap.port,
  secure: false,
  user: imap.user,
  password: imap.password,
  folder: 'INBOX',
  processedFolder: 'Verwerkt',
  rejectedFolder: 'Geweigerd',
  maxMessageBytes: rt.config.MAIL_MAX_MB * 1024 * 1024,
  pollMs: 60_000,
});

async function client() {
  const c = new ImapFlow({
    host: imap.host,
    port: imap.port,
    secure: false,
    auth: { user: imap.user, pass: imap.password },
    logger: false,
  });
  await c.connect();
  return c;
}

async function deliver(...messages: Uint8Array[]) {
  const c = await client();
  for (const m of messages) await c.append('INBOX', Buffer.from(m));
  await c.logout();
}

async function count(folder: string): Promise<number> {
  const c = await client();
  try {
    const status = await c.status(folder, { messages: true });
    return status ? (status.messages ?? 0) : 0;
  } catch {
    return 0;
  } finally {
    await c.logout();
  }
}

async function clearMailbox() {
  if (!hasDovecot) return;
  const c = await client();
  for (const folder of ['INBOX', 'Verwerkt', 'Geweigerd']) {
    try {
      await c.mailboxOpen(folder);
      await c.messageDelete('1:*');
    } catch {
      // empty or absent
    }
  }
  await c.logout();
}

function compose(options: ConstructorParameters<typeof MailComposer>[0]): Promise<Uint8Array> {
  return new Promise((resolve, reject) =>
    new MailComposer({ from: CLIENT, to: 'post@gemeente.example', subject: 'Mijn papieren', text: 'Zie bijlagen.', ...options })
      .compile()
      .build((error, message) => (error ? reject(error) : resolve(new Uint8Array(message)))),
  );
}

const scan = (name: string) => readFileSync(join('examples/scans', name));

const watcher = (rt: Runtime, takeIn?: (eml: Uint8Array, source: string) => Promise<unknown>) => {
  const deps = mailIntakeDeps(rt);
  return new MailboxWatcher({
    mailbox: settings(rt),
    takeIn: takeIn ?? ((bytes, source, byteSize) => takeInMail(deps, { bytes, source, byteSize })),
    logger: silentLogger,
  });
};

const threeAttachments = () =>
  compose({
    attachments: [
      { filename: 'bankafschrift-oktober.pdf', content: scan('bankafschrift-oktober.pdf') },
      { filename: 'loonstrook.jpg', content: scan('loonstrook-van-dam.jpg') },
      { filename: 'aanmaning.png', content: scan('aanmaning-fax.png') },
    ],
  });

describe.skipIf(!hasDovecot)('post by e-mail from a real IMAP mailbox', () => {
  it('a message with three attachments: three documents routed, one reply listing three receipt numbers, the message in the processed folder', async () => {
    const rt = await runtime();
    await deliver(await threeAttachments());
    const w = watcher(rt);
    expect(await w.look()).toBe(1);
    await w.close();
    await new Worker(rt, 2, 600_000).drain();

    const log = new SqliteMailLog(rt.db);
    const [message] = await log.listRecent(10);
    expect(message?.status).toBe('taken-in');
    expect(message?.documentIds).toHaveLength(3);
    expect(await rt.objects.exists(message?.objectKey ?? '')).toBe(true); // the whole .eml, kept
    const docs = await Promise.all((message?.documentIds ?? []).map((id) => rt.ledger.getDocument(id)));
    expect(docs.map((d) => d?.status)).toEqual(['routed', 'routed', 'routed']);
    expect(docs.map((d) => d?.channel)).toEqual(['email', 'email', 'email']);

    expect(replies).toHaveLength(1); // one reply, and no separate receipt per document
    expect(replies[0]?.to).toBe(CLIENT);
    for (const d of docs) expect(replies[0]?.raw).toContain(d?.receiptNumber as string);
    expect(replies[0]?.raw).toMatch(/ontvangstnummer/);
    expect(await count('INBOX')).toBe(0);
    expect(await count('Verwerkt')).toBe(1);
  }, 60_000);

  it('a crash between fetch and commit, or between commit and move, loses nothing and duplicates nothing', async () => {
    const rt = await runtime();
    await deliver(await threeAttachments());
    const deps = mailIntakeDeps(rt);
    // Dies right after the fetch: nothing recorded, the message stays in the mailbox.
    const beforeCommit = watcher(rt, async () => {
      throw new Error('killed after fetch');
    });
    expect(await beforeCommit.look()).toBe(0);
    await beforeCommit.close();
    expect(await new SqliteMailLog(rt.db).listRecent(10)).toHaveLength(0);
    expect(await count('INBOX')).toBe(1);
    // Dies after the commit, before the move: recorded, still in the mailbox.
    const beforeMove = watcher(rt, async (bytes, source) => {
      await takeInMail(deps, { bytes, source });
      throw new Error('killed before the move');
    });
    expect(await beforeMove.look()).toBe(0);
    await beforeMove.close();
    expect(await count('INBOX')).toBe(1);
    // The restart takes it again: the same record, the same documents, no second reply.
    const restarted = watcher(rt);
    expect(await restarted.look()).toBe(1);
    await restarted.close();
    const messages = await new SqliteMailLog(rt.db).listRecent(10);
    expect(messages).toHaveLength(1);
    expect(messages[0]?.documentIds).toHaveLength(3);
    expect(await rt.ledger.listDocuments({})).toHaveLength(3);
    expect(replies).toHaveLength(1);
    expect(await count('INBOX')).toBe(0);
    expect(await count('Verwerkt')).toBe(1);
  }, 60_000);

  it('hostile and automatic mail each end in a defined state, recorded and moved, never a crash', async () => {
    const rt = await runtime({ MAIL_MAX_MB: '1' });
    const encryptedPdf = Buffer.concat([scan('bankafschrift-oktober.pdf'), Buffer.from('\ntrailer\n<< /Encrypt 5 0 R >>\n')]);
    const tinyPdfs = Array.from({ length: 200 }, (_, i) => ({ filename: `p${i}.pdf`, content: Buffer.from(`%PDF-1.4\n% ${i}\n%%EOF\n`) }));
    const cases = {
      oversized: await compose({ from: 'a@example.org', attachments: [{ filename: 'big.pdf', content: Buffer.alloc(1_200_000, 65) }] }),
      office: await compose({
        from: 'b@example.org',
        attachments: [{ filename: 'brief.docx', content: Buffer.from('PK\u0003\u0004word/document.xml') }],
      }),
      zipBomb: await compose({
        from: 'c@example.org',
        attachments: [{ filename: 'alles.zip', content: Buffer.from('PK\u0003\u0004bomb') }],
      }),
      executable: await compose({
        from: 'd@example.org',
        attachments: [{ filename: 'factuur.exe', content: Buffer.from('MZ\u0090\u0000program') }],
      }),
      encrypted: await compose({ from: 'e@example.org', attachments: [{ filename: 'beveiligd.pdf', content: encryptedPdf }] }),
      tiny: await compose({ from: 'f@example.org', attachments: tinyPdfs }),
      malformed: new TextEncoder().encode('this is not\r\n\r\nan e-mail at all\r\n'),
      autoReply: await compose({
        from: 'g@example.org',
        headers: { 'Auto-Submitted': 'auto-replied' },
        attachments: [{ filename: 'x.pdf', content: scan('uwv-beslissing-ww.pdf') }],
      }),
      mailingList: await compose({
        from: 'h@example.org',
        headers: { 'List-Id': '<nieuws.example.org>' },
        attachments: [{ filename: 'y.pdf', content: scan('bankafschrift-oktober.pdf') }],
      }),
      noReply: await compose({ from: 'noreply@example.org', attachments: [{ filename: 'z.pdf', content: scan('uwv-beslissing-ww.pdf') }] }),
    };
    await deliver(...Object.values(cases));
    const w = watcher(rt);
    expect(await w.look()).toBe(Object.keys(cases).length);
    await w.close();
    expect(await count('INBOX')).toBe(0);
    expect(await count('Verwerkt')).toBe(Object.keys(cases).length - 1);
    expect(await count('Geweigerd')).toBe(1); // the oversized one, never fetched whole, kept on the server

    const log = new SqliteMailLog(rt.db);
    const messages = await log.listRecent(100);
    expect(messages).toHaveLength(Object.keys(cases).length);
    const bySender = new Map(messages.map((m) => [m.sender, m]));
    const oversized = bySender.get('a@example.org');
    expect(oversized).toMatchObject({ status: 'rejected', rejectCode: 'mail.too-large' });
    expect(oversized?.byteSize).toBeGreaterThan(1_200_000);
    expect((await rt.objects.get(oversized?.objectKey ?? '')).byteLength).toBeLessThan(4096); // its header only
    // Only refused attachments: recorded with no document, the reply says how to send them instead.
    expect(bySender.get('b@example.org')).toMatchObject({ status: 'taken-in', documentIds: [] });
    expect(bySender.get('b@example.org')?.refused[0]?.code).toBe('sniff.office');
    expect(bySender.get('c@example.org')?.refused[0]?.code).toBe('sniff.archive');
    expect(bySender.get('d@example.org')?.refused[0]?.code).toBe('sniff.executable');
    expect(bySender.get('e@example.org')?.refused[0]?.code).toBe('mail.encrypted');
    expect(bySender.get('f@example.org')).toMatchObject({ status: 'rejected', rejectCode: 'mail.too-many-parts', documentIds: [] });
    expect(messages.find((m) => m.sender === null)).toMatchObject({ status: 'rejected', rejectCode: 'mail.malformed' });
    for (const m of messages) expect(await rt.objects.exists(m.objectKey)).toBe(true); // each stored whole
    // Automatic senders get no reply; their documents are taken in all the same.
    for (const sender of ['g@example.org', 'h@example.org', 'noreply@example.org']) {
      expect(bySender.get(sender)?.documentIds).toHaveLength(1);
      expect(bySender.get(sender)?.reply?.state).toBe('not-sent');
    }
    // Every refused one is answered, with what to do instead.
    const answered = replies.map((r) => r.to).sort();
    expect(answered).toEqual(['a@example.org', 'b@example.org', 'c@example.org', 'd@example.org', 'e@example.org', 'f@example.org']);
    expect(replies.find((r) => r.to === 'b@example.org')?.raw).toMatch(/PDF/);
    const alerts = await rt.alerts.listOpen();
    expect(alerts.filter((a) => a.key.startsWith('mail-')).length).toBeGreaterThanOrEqual(7);
  }, 60_000);

  it("takes the sender's address as evidence, a written message as a document, and answers in the client's language", async () => {
    // No client number or name on the page: only who sent it says whose it is.
    const rt = await runtime({}, 'Loonstrook maart 2026\nBrutoloon € 2.134,50\nNettoloon € 1.824,40');
    const turkish = await compose({
      from: 'Mehmet Yilmaz <mehmet.yilmaz@example.org>', // K-100115, reads Turkish
      attachments: [{ filename: 'bordro.jpg', content: scan('loonstrook-van-dam.jpg') }],
    });
    const objection =
      'Geachte heer, mevrouw,\n\nHierbij maak ik bezwaar tegen uw besluit van 12 november 2026 over de terugvordering van mijn ' +
      'bijstandsuitkering. Ik heb de wijziging in mijn inkomen op tijd doorgegeven aan mijn consulent en daar ook een bevestiging ' +
      'van gekregen. Ik vraag u het besluit te herzien.\n\nMet vriendelijke groet,\nJan de Vries';
    const original = await compose({ from: CLIENT, subject: 'Bezwaar', text: objection });
    // A colleague forwards the client's mail: the client is its writer, the reply goes to the colleague.
    const forwarded = await compose({
      from: 'a.bouzid@gemeente-voorbeeld.example',
      subject: 'Fwd: Bezwaar',
      text: 'Ter behandeling.',
      attachments: [{ filename: 'bezwaar.eml', content: Buffer.from(original), contentType: 'message/rfc822' }],
    });
    await deliver(turkish, forwarded);
    const w = watcher(rt);
    expect(await w.look()).toBe(2);
    await w.close();
    await new Worker(rt, 2, 600_000).drain();

    const messages = await new SqliteMailLog(rt.db).listRecent(10);
    const docOf = async (sender: string) => {
      const [id] = messages.find((m) => m.sender === sender)?.documentIds ?? [];
      return rt.ledger.getDocument(id ?? '');
    };
    const payslip = await docOf('mehmet.yilmaz@example.org');
    expect(payslip).toMatchObject({ status: 'routed', clientNumber: 'K-100115', senderEmail: 'mehmet.yilmaz@example.org' });
    expect(payslip?.route?.reasons.map((r) => r.text).join(' ')).toMatch(/e-mailadres van de afzender/);
    const letter = await docOf('a.bouzid@gemeente-voorbeeld.example');
    expect(letter).toMatchObject({ filename: 'e-mailtekst.pdf', clientNumber: 'K-100101', senderEmail: CLIENT });
    const layer = await openTextLayer(await rt.objects.get(letter?.objectKey ?? ''));
    expect(await layer.usableText(1)).toMatch(/bezwaar tegen uw besluit van 12 november 2026/);
    await layer.close();

    const toTurkish = (await simpleParser(replies.find((r) => r.to === 'mehmet.yilmaz@example.org')?.raw ?? '')).text ?? '';
    expect(toTurkish).toMatch(/bordro\.jpg: alındı numarası PK-/);
    expect(toTurkish.indexOf('alındı numarası')).toBeLessThan(toTurkish.indexOf('ontvangstnummer')); // Dutch below
    expect(replies.find((r) => r.to === 'a.bouzid@gemeente-voorbeeld.example')).toBeDefined();
  }, 60_000);

  it('answers one sender at most the configured number of times per window', async () => {
    const rt = await runtime({ MAIL_REPLY_LIMIT: '2/1h' });
    const mails = [];
    for (const name of ['bankafschrift-oktober.pdf', 'uwv-beslissing-ww.pdf', 'loonstrook-van-dam.jpg'])
      mails.push(await compose({ attachments: [{ filename: name, content: scan(name) }] }));
    await deliver(...mails);
    const w = watcher(rt);
    expect(await w.look()).toBe(3);
    await w.close();
    expect(replies).toHaveLength(2);
    const states = (await new SqliteMailLog(rt.db).listRecent(10)).map((m) => m.reply?.state === 'sent' || m.reply?.why);
    expect(states.sort()).toEqual(['rate-limited', true, true].sort());
  }, 60_000);
});
