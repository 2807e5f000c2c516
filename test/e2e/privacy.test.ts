import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import directoryJson from '../../examples/directory.json' with { type: 'json' };
import { renderPage, textPdf } from '../../scripts/lib/render-page.ts';
import { silentLogger } from '../../shared/adapters/local/json-logger.ts';
import { LocalTextExtractor } from '../../shared/adapters/local/text-extractor.ts';
import { isValidBsn } from '../../shared/domain/bsn.ts';
import { type Client, parseDirectory } from '../../shared/domain/directory.ts';
import { openDataDirDatabase, readSealed } from '../helpers/sealed-data.ts';

/**
 * No personal data in logs or alerts. The whole pipeline (process, receipts, sweep with alert
 * e-mails) runs on documents full of BSNs, names, birth dates, addresses and text, at log level
 * info; then every log line, every alert (table and e-mail) and every alert listing is searched for
 * them. Receipts (e-mails and letters, their PDFs included) may name the client, but never a BSN.
 */
const run = promisify(execFile);
const directory = parseDirectory(directoryJson);
const root = mkdtempSync(join(tmpdir(), 'postkamer-privacy-'));
const dataDir = join(root, 'data');
const inputs = join(root, 'in');

interface Person {
  name: string;
  bsn: string;
  birthDate: string;
  address: string;
}

const client = (predicate: (c: Client) => boolean): Person => {
  const c = directory.clients.find((x) => predicate(x) && x.bsn && x.birthDate && x.address);
  if (!c?.bsn || !c.birthDate || !c.address) throw new Error('the example directory lacks a suitable client');
  return { name: c.name, bsn: c.bsn, birthDate: c.birthDate, address: c.address };
};
const withEmail = client((c) => Boolean(c.email && c.consultants.inkomen));
const withoutEmail = client((c) => !c.email);
const scanned = client((c) => Boolean(c.email) && c.name !== withEmail.name);
/** Someone not in the directory (a new applicant), with a BSN that passes the elfproef. */
const stranger: Person = {
  name: 'Wilhelmina Oosterhuis',
  bsn: validBsn('12345678'),
  birthDate: '1958-02-17',
  address: 'Vlierstraat 9, 1239 XK Voorbeeld',
};
const people = [withEmail, withoutEmail, scanned, stranger];

const dutchDate = (iso: string) => iso.split('-').reverse().join('-');
const slug = (name: string) => name.toLowerCase().replace(/\s+/g, '-');

/** The documents, and the text lines printed on them. */
const documents: { file: string; lines: string[] }[] = [
  {
    file: `loonstrook-${slug(withEmail.name)}.pdf`,
    lines: [
      'Schoonmaakbedrijf De Vlijt BV',
      'Loonstrook oktober 2026',
      `Naam werknemer: ${withEmail.name}`,
      `BSN: ${withEmail.bsn}`,
      `Geboortedatum: ${dutchDate(withEmail.birthDate)}`,
      `Adres: ${withEmail.address}`,
      'Brutoloon 1.850,00 Loonheffing 120,00 Nettoloon 1.620,00',
    ],
  },
  {
    file: `bezwaar-${slug(withoutEmail.name)}.pdf`,
    lines: [
      'Aan het college van burgemeester en wethouders',
      'Bezwaarschrift tegen de terugvordering van mijn bijstand',
      'Ik ben het niet eens met het besluit van 3 november 2026 en vraag u het te herzien.',
      `Naam: ${withoutEmail.name}`,
      `Burgerservicenummer: ${withoutEmail.bsn.replace(/^(\d{4})(\d{2})(\d{3})$/, '$1.$2.$3')}`,
      `Adres: ${withoutEmail.address}`,
    ],
  },
  {
    file: `aanvraag-${slug(stranger.name)}.pdf`,
    lines: [
      'Aanvraag bijstandsuitkering',
      `Naam aanvrager: ${stranger.name}`,
      `BSN: ${stranger.bsn}`,
      `Geboortedatum: ${dutchDate(stranger.birthDate)}`,
      `Woonadres: ${stranger.address}`,
      'Ik vraag een uitkering aan omdat mijn WW-uitkering per 1 december stopt.',
    ],
  },
  {
    file: 'notitie-onbekend.pdf',
    lines: [
      'Beste mevrouw, hierbij stuur ik u het gevraagde formulier terug.',
      `Met vriendelijke groet, ${stranger.name}`,
      `BSN ${stranger.bsn}`,
    ],
  },
];
const scanLines = [
  'Wijzigingsformulier inkomsten',
  `Naam: ${scanned.name}`,
  `BSN: ${scanned.bsn}`,
  `Geboortedatum: ${dutchDate(scanned.birthDate)}`,
  `Adres: ${scanned.address}`,
  'Ik heb deze maand 420,00 euro verdiend met schoonmaakwerk.',
];

/** Everything that must never show up in a log line or an alert. */
const forbidden = [
  ...people.flatMap((p) => [
    p.bsn,
    p.name,
    slug(p.name),
    p.birthDate,
    dutchDate(p.birthDate),
    p.address,
    p.address.split(',')[0] as string,
  ]),
  ...[...documents.flatMap((d) => d.lines), ...scanLines].filter((l) => l.length >= 12),
];

let stderr = '';
let alertListings = '';

async function cli(...args: string[]) {
  const env = { ...process.env, LOG_LEVEL: 'info', OPS_EMAIL: 'operations@example.org', POSTKAMER_DIRECTORY: 'examples/directory.json' };
  const result = await run(process.execPath, ['bin/postkamer.mjs', ...args], { env, maxBuffer: 32 * 1024 * 1024 });
  stderr += result.stderr;
  return result.stdout;
}

/** Finds the needles in a text, also when digits are grouped ("1234.56.782") or case differs. */
function leaks(haystack: string, needles = forbidden): string[] {
  const folded = haystack.toLowerCase();
  const digits = folded.replace(/(\d)[.\s-](?=\d)/g, '$1');
  return needles.filter((n) => folded.includes(n.toLowerCase()) || (/^\d{9}$/.test(n) && digits.includes(n)));
}

beforeAll(async () => {
  const { mkdirSync } = await import('node:fs');
  mkdirSync(inputs, { recursive: true });
  for (const d of documents) writeFileSync(join(inputs, d.file), await textPdf([d.lines]));
  writeFileSync(join(inputs, `wijziging-${slug(scanned.name)}.png`), await renderPage(scanLines, { dpi: 150, noise: 'light', seed: 5 }));
  // Rejected inputs: an HTML page full of personal data named .pdf, and a file too damaged to read.
  writeFileSync(
    join(inputs, `gegevens-${slug(withEmail.name)}.pdf`),
    `<!DOCTYPE html><html><body><p>${withEmail.name}, BSN ${withEmail.bsn}, ${withEmail.address}</p></body></html>`,
  );
  const damaged = await textPdf([[`Naam: ${withoutEmail.name}`, `BSN: ${withoutEmail.bsn}`]]);
  writeFileSync(join(inputs, `kapot-${slug(withoutEmail.name)}.pdf`), damaged.slice(0, Math.floor(damaged.length / 2)));

  await cli('process', inputs, '--data-dir', dataDir, '--json', '--at', '2026-11-23T10:00:00+01:00');
  // A week later: everything unrouted is overdue; the sweep raises alerts and e-mails them.
  await cli('sweep', '--data-dir', dataDir, '--at', '2026-11-30T15:00:00+01:00', '--json');
  alertListings = await cli('alerts', '--all', '--json', '--data-dir', dataDir);
}, 120_000);

let extractor: LocalTextExtractor | undefined;
afterAll(async () => {
  await extractor?.close();
});

describe('privacy: no personal data in logs and alerts', () => {
  it('the fixtures really went through the pipeline (logs, alerts, receipts exist)', () => {
    expect(stderr.split('\n').filter((l) => l.startsWith('{')).length).toBeGreaterThan(10);
    expect(alertListings.split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(3);
    expect(readdirSync(join(dataDir, 'outbox')).some((f) => f.startsWith('receipt_'))).toBe(true);
  });

  it('the search finds the fixtures where they belong (the text read from the documents)', () => {
    const texts = join(dataDir, 'objects', 'text');
    const read = readdirSync(texts)
      .map((f) => readSealed(dataDir, join(texts, f)).toString('utf8'))
      .join('\n');
    // Every BSN, name and address is found there, so finding none elsewhere means something.
    const expected = [...[withEmail, withoutEmail, stranger].flatMap((p) => [p.bsn, p.name, p.address]), scanned.bsn, scanned.name];
    expect(leaks(read, expected)).toEqual(expected);
  });

  it('no log line holds a BSN, name, birth date, address or document text', () => {
    const found = stderr
      .split('\n')
      .filter(Boolean)
      .flatMap((line) => leaks(line).map((needle) => `${needle} in ${line.slice(0, 200)}`));
    expect(found).toEqual([]);
  });

  it('no alert holds them: not in the alerts table, not in an alert listing', () => {
    const db = openDataDirDatabase(dataDir);
    try {
      const rows = db.prepare('SELECT * FROM alerts').all();
      expect(rows.length).toBeGreaterThanOrEqual(3);
      expect(leaks(JSON.stringify(rows))).toEqual([]);
    } finally {
      db.close();
    }
    expect(leaks(alertListings)).toEqual([]);
  });

  it('no alert e-mail holds them', async () => {
    const outbox = join(dataDir, 'outbox');
    const alertMails = readdirSync(outbox).filter((f) => f.endsWith('.eml') && !f.startsWith('receipt_'));
    expect(alertMails.length).toBeGreaterThanOrEqual(1);
    for (const file of alertMails) {
      const raw = readSealed(dataDir, join(outbox, file));
      const mail = await simpleParser(raw);
      expect(leaks(`${mail.subject}\n${mail.text}\n${raw.toString('utf8')}`), file).toEqual([]);
    }
  });

  it('no receipt holds a BSN: e-mails, their PDFs, letters', async () => {
    extractor = new LocalTextExtractor({ engine: 'tesseract.js', logger: silentLogger });
    const pdfText = async (pdf: Uint8Array) =>
      (await (extractor as LocalTextExtractor).extract({ bytes: pdf, mediaType: 'application/pdf', objectKey: 'receipt.pdf' })).pages
        .map((p) => p.text)
        .join('\n');
    const bsns = people.map((p) => p.bsn);
    const outbox = join(dataDir, 'outbox');
    const receipts = readdirSync(outbox).filter((f) => f.startsWith('receipt_') && f.endsWith('.eml'));
    expect(receipts.length).toBeGreaterThanOrEqual(1);
    for (const file of receipts) {
      const mail = await simpleParser(readSealed(dataDir, join(outbox, file)));
      const pdfs = await Promise.all(mail.attachments.filter((a) => a.contentType === 'application/pdf').map((a) => pdfText(a.content)));
      expect(pdfs.length, file).toBe(1);
      expect(leaks(`${mail.subject}\n${mail.text}\n${pdfs.join('\n')}`, bsns), file).toEqual([]);
    }
    const letters = join(outbox, 'letters');
    const letterFiles = existsSync(letters) ? readdirSync(letters).filter((f) => f.endsWith('.pdf')) : [];
    expect(letterFiles.length).toBeGreaterThanOrEqual(1); // the client without e-mail
    for (const file of letterFiles) expect(leaks(await pdfText(readSealed(dataDir, join(letters, file))), bsns), file).toEqual([]);
  });
});

/** A BSN that passes the elfproef, from eight digits (the ninth is computed). */
function validBsn(first8: string): string {
  for (let bump = 0; bump < 100; bump++) {
    const digits = String(Number(first8) + bump).padStart(8, '0');
    const sum = [...digits].reduce((s, d, i) => s + Number(d) * (9 - i), 0);
    const check = sum % 11;
    if (check < 10 && isValidBsn(`${digits}${check}`)) return `${digits}${check}`;
  }
  throw new Error('no valid BSN found');
}
