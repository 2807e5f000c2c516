import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type MailPart,
  mailReply,
  type ParsedMail,
  planMail,
  replyLanguage,
  replyVerdict,
  scanVerdict,
  senderEvidence,
  writtenText,
} from '../../shared/domain/mail-intake.ts';

const pdf = readFileSync('examples/scans/bankafschrift-oktober.pdf');
const photo = readFileSync('examples/scans/loonstrook-van-dam.jpg');

const part = (p: Partial<MailPart> & { bytes: Uint8Array }): MailPart => ({
  filename: 'x',
  contentType: 'application/octet-stream',
  inline: false,
  ...p,
});
const mail = (m: Partial<ParsedMail> = {}): ParsedMail => ({
  headers: new Map([['from', 'Jan <jan@example.org>']]),
  from: 'jan@example.org',
  replyTo: null,
  subject: 'Papieren',
  text: '',
  parts: [],
  unwrapped: 0,
  forwardedFrom: null,
  forwardedTexts: [],
  ...m,
});

describe('planMail', () => {
  it('makes a document of every PDF and photo, in message order', () => {
    const plan = planMail(mail({ parts: [part({ filename: 'a.pdf', bytes: pdf }), part({ filename: 'b.jpg', bytes: photo })] }));
    expect(plan.documents.map((d) => [d.index, d.filename])).toEqual([
      [0, 'a.pdf'],
      [1, 'b.jpg'],
    ]);
    expect(plan.rejected).toBeNull();
  });

  it('ignores a small inline logo, an icon and a signature file', () => {
    const logo = photo.subarray(0, 10_000); // under the inline threshold (a JPEG start is enough to sniff)
    const plan = planMail(
      mail({
        parts: [
          part({ filename: 'logo.jpg', bytes: logo, inline: true }),
          part({ filename: 'icon.jpg', bytes: photo.subarray(0, 1000) }),
          part({ filename: 'smime.p7s', contentType: 'application/pkcs7-signature', bytes: new Uint8Array(500) }),
          part({ filename: 'brief.pdf', bytes: pdf }),
        ],
      }),
    );
    expect(plan.documents.map((d) => d.filename)).toEqual(['brief.pdf']);
    expect(plan.ignored).toBe(3);
  });

  it('refuses Office files, archives, programs and password-protected PDFs with what to do instead', () => {
    const encrypted = Buffer.concat([pdf, Buffer.from('\ntrailer << /Encrypt 9 0 R >>\n')]);
    const plan = planMail(
      mail({
        parts: [
          part({ filename: 'brief.docx', bytes: Buffer.from('PK\u0003\u0004word/document.xml') }),
          part({ filename: 'alles.zip', bytes: Buffer.from('PK\u0003\u0004data') }),
          part({ filename: 'run.exe', bytes: Buffer.from('MZ\u0090\u0000') }),
          part({ filename: 'geheim.pdf', bytes: encrypted }),
        ],
      }),
    );
    expect(plan.documents).toEqual([]);
    expect(plan.refused.map((r) => r.code)).toEqual(['sniff.office', 'sniff.archive', 'sniff.executable', 'mail.encrypted']);
    for (const r of plan.refused) expect(r.reason.nl.length).toBeGreaterThan(10);
    expect(plan.rejected).toBeNull(); // answered with the refusals, not refused whole
  });

  it('refuses an encrypted e-mail (S/MIME, OpenPGP) with what to do instead', () => {
    const plan = planMail(
      mail({
        parts: [
          part({ filename: 'smime.p7m', contentType: 'application/pkcs7-mime', bytes: new Uint8Array(5000).fill(48) }),
          part({ filename: 'pgp.txt', contentType: 'application/pgp-encrypted', bytes: Buffer.from('Version: 1') }),
        ],
      }),
    );
    expect(plan.refused.map((r) => r.code)).toEqual(['mail.encrypted-message', 'mail.encrypted-message']);
    expect(plan.refused[0]?.reason.nl).toMatch(/versleuteld/);
  });

  it('refuses a message with more documents than allowed as a whole', () => {
    const parts = Array.from({ length: 21 }, (_, i) => part({ filename: `${i}.pdf`, bytes: pdf }));
    const plan = planMail(mail({ parts }));
    expect(plan.rejected?.code).toBe('mail.too-many-parts');
    expect(plan.documents).toEqual([]);
  });

  it('says so when a message holds nothing to take in', () => {
    expect(planMail(mail()).rejected?.code).toBe('mail.nothing-to-take-in');
  });
});

describe('replyVerdict (RFC 3834)', () => {
  const withHeader = (name: string, value: string) => mail({ headers: new Map([...mail().headers, [name, value]]) });
  it('answers the Reply-To address before From', () => {
    expect(replyVerdict(mail({ replyTo: 'buddy@example.org' }), [])).toEqual({ reply: true, to: 'buddy@example.org' });
    expect(replyVerdict(mail(), [])).toEqual({ reply: true, to: 'jan@example.org' });
  });
  it.each([
    ['auto-submitted', 'auto-replied', 'auto-submitted'],
    ['precedence', 'bulk', 'precedence'],
    ['list-unsubscribe', '<mailto:x@example.org>', 'mailing-list'],
    ['return-path', '<>', 'bounce'],
    ['x-auto-response-suppress', 'All', 'auto-response-suppress'],
  ])('never answers a message with %s: %s', (name, value, why) => {
    expect(replyVerdict(withHeader(name, value), [])).toEqual({ reply: false, why });
  });
  it('answers Auto-Submitted: no like any message', () => {
    expect(replyVerdict(withHeader('auto-submitted', 'no'), []).reply).toBe(true);
  });
  it('never answers a no-reply sender or its own address', () => {
    expect(replyVerdict(mail({ from: 'no-reply@bank.example' }), [])).toEqual({ reply: false, why: 'no-reply-sender' });
    expect(replyVerdict(mail({ from: 'mailer-daemon@mx.example' }), [])).toEqual({ reply: false, why: 'no-reply-sender' });
    expect(replyVerdict(mail({ from: 'post@gemeente.example' }), ['post@gemeente.example'])).toEqual({ reply: false, why: 'own-address' });
  });
});

describe('mailReply', () => {
  const facts = {
    organisationName: 'Gemeente Voorbeeld',
    receivedAt: new Date('2026-12-07T09:00:00Z'),
    timeZone: 'Europe/Amsterdam',
    documents: [
      { filename: 'a.pdf', receiptNumber: 'PK-AAAA-BBBB-C', rejected: null },
      { filename: 'b.jpg', receiptNumber: 'PK-DDDD-EEEE-F', rejected: null },
    ],
    refused: [{ filename: 'c.docx', reason: { en: 'Save it as PDF.', nl: 'Sla het op als PDF.' } }],
    rejected: null,
    checkUrl: 'https://post.example/check',
  };
  it('lists every receipt number and every refused attachment, in the client language', () => {
    const nl = mailReply(facts, 'nl');
    expect(nl.subject).toBe('Ontvangstbevestiging: 2 documenten ontvangen');
    expect(nl.text).toContain('a.pdf: ontvangstnummer PK-AAAA-BBBB-C');
    expect(nl.text).toContain('b.jpg: ontvangstnummer PK-DDDD-EEEE-F');
    expect(nl.text).toContain('c.docx: Sla het op als PDF.');
    expect(nl.text).not.toContain('receipt number');
    expect(mailReply(facts, 'en').text).toContain('a.pdf: receipt number PK-AAAA-BBBB-C');
  });
  it('writes Dutch with English below when the language is not known', () => {
    const both = mailReply(facts, null).text;
    expect(both.indexOf('ontvangstnummer')).toBeLessThan(both.indexOf('receipt number'));
    expect(both).toContain('7 december 2026 om 10:00'); // the organisation's time zone
  });
  it('writes Turkish, Arabic, Polish and Ukrainian first, with Dutch below', () => {
    const words = { tr: 'alındı numarası', ar: 'رقم الاستلام', pl: 'numer potwierdzenia', uk: 'номер підтвердження' } as const;
    for (const [language, receiptNumber] of Object.entries(words)) {
      const reply = mailReply(facts, language as keyof typeof words);
      expect(reply.text).toContain(`a.pdf: ${receiptNumber} PK-AAAA-BBBB-C`);
      expect(reply.text.indexOf(receiptNumber)).toBeLessThan(reply.text.indexOf('ontvangstnummer'));
      expect(reply.text).not.toContain('receipt number');
    }
    expect(mailReply(facts, 'tr').subject).toBe('Alındı bildirimi: 2 belge alındı');
    expect(mailReply(facts, 'pl').text).toContain('grudnia 2026');
  });
});

describe('scanVerdict', () => {
  it("reads the receiving service's virus and spam verdicts", () => {
    const withHeader = (name: string, value: string) =>
      mail({
        headers: new Map([
          ['from', 'x@example.org'],
          [name, value],
        ]),
      });
    expect(scanVerdict(withHeader('x-ses-virus-verdict', 'FAIL'))?.code).toBe('mail.virus');
    expect(scanVerdict(withHeader('x-ses-spam-verdict', 'FAIL'))?.code).toBe('mail.spam');
    expect(scanVerdict(withHeader('x-ses-spam-verdict', 'PASS'))).toBeNull();
    expect(scanVerdict(mail())).toBeNull();
  });
});

describe('replyLanguage', () => {
  it("takes the client's language on file first, else the language the e-mail is written in", () => {
    const turkish = mail({
      subject: 'Belgelerim',
      text: 'Merhaba, ekte bu ayın maaş bordrosunu ve banka hesap dökümünü gönderiyorum. Saygılarımla',
    });
    expect(replyLanguage('pl', turkish)).toBe('pl');
    expect(replyLanguage(undefined, turkish)).toBe('tr');
    expect(replyLanguage('de', mail({ text: 'Zie bijlagen.' }))).toBe('nl'); // German is no receipt language; the mail is Dutch
    expect(replyLanguage(undefined, mail({ subject: '', text: 'Ok' }))).toBeNull(); // too little to say
  });
});

describe('the body as a document', () => {
  const objection =
    'Geachte heer, mevrouw,\n\nHierbij maak ik bezwaar tegen uw besluit van 12 november 2026 over de terugvordering van mijn bijstandsuitkering. ' +
    'Ik ben het er niet mee eens omdat ik de wijziging in mijn inkomen op tijd heb doorgegeven aan mijn consulent, ' +
    'en ik heb daar ook een bevestiging van ontvangen. Ik vraag u het besluit te herzien.\n\nMet vriendelijke groet,\nJan de Vries';
  it('makes a document of a written objection, next to its attachments', () => {
    const plan = planMail(mail({ subject: 'Bezwaar', text: objection, parts: [part({ filename: 'besluit.pdf', bytes: pdf })] }));
    expect(plan.body?.subject).toBe('Bezwaar');
    expect(plan.body?.text).toContain('bezwaar tegen uw besluit');
    expect(plan.documents).toHaveLength(1);
  });
  it('leaves a covering note out, but a short message alone is the message', () => {
    const note = 'Beste mevrouw,\n\nHierbij mijn loonstrook van maart, zoals gevraagd.\n\nMet vriendelijke groet,\nJan';
    expect(planMail(mail({ text: note, parts: [part({ filename: 'a.pdf', bytes: pdf })] })).body).toBeNull();
    const change = 'Ik werk vanaf 1 december 20 uur per week bij de Jumbo in Zwolle.\nGroet, Jan';
    const alone = planMail(mail({ text: change }));
    expect(alone.rejected).toBeNull();
    expect(alone.body?.text).toContain('vanaf 1 december');
    expect(planMail(mail({ text: 'Zie bijlage.\nVerzonden vanaf mijn iPhone' })).rejected?.code).toBe('mail.nothing-to-take-in');
  });
  it('keeps what the sender wrote: no quoted mail, signature or device footer', () => {
    const text = 'Mijn nieuwe adres is Dorpsstraat 4.\n\n-- \nJan de Vries\n06-12345678\n';
    expect(writtenText(text)).toBe('Mijn nieuwe adres is Dorpsstraat 4.');
    expect(
      writtenText(
        'Klopt.\nSent from my iPhone\n\nOp 3 dec. 2026 om 10:00 schreef Gemeente <post@gemeente.example>:\n> Wilt u uw adres sturen?',
      ),
    ).toBe('Klopt.');
    expect(writtenText('Ja.\n> eerder bericht\n> nog meer')).toBe('Ja.');
  });
  it("counts a forwarded message's own words", () => {
    const plan = planMail(mail({ from: 'collega@gemeente.example', text: 'Ter info.', forwardedTexts: [objection] }));
    expect(plan.body?.text).toContain('Ter info.');
    expect(plan.body?.text).toContain('bezwaar tegen uw besluit');
  });
});

describe('senderEvidence', () => {
  const ours = (a: string) => a.endsWith('@gemeente.example');
  it('is the From address of someone outside the organisation', () => {
    expect(senderEvidence(mail({ from: 'jan@example.org' }), ours)).toBe('jan@example.org');
  });
  it("is the forwarded message's writer when a colleague forwards it", () => {
    expect(senderEvidence(mail({ from: 'a.jansen@gemeente.example', forwardedFrom: 'jan@example.org' }), ours)).toBe('jan@example.org');
    expect(senderEvidence(mail({ from: 'a.jansen@gemeente.example' }), ours)).toBeNull();
  });
  it('is the Reply-To of a no-reply relay (a web form)', () => {
    expect(senderEvidence(mail({ from: 'noreply@formulieren.example', replyTo: 'jan@example.org' }), ours)).toBe('jan@example.org');
  });
});
