// Rebuilds files/ and truth.json of independent set E:  npx tsx eval/independent-documents-e/make.ts
// Deterministic: every document draws its noise from a stream seeded by its slug; PDF dates are fixed.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { renderDigital } from '../independent-documents-c/lib/pdf.ts';
import { faxPage, imagesToPdf, photoPage, scanPage } from '../independent-documents-c/lib/raster.ts';
import { between, rng, seedOf } from '../independent-documents-c/lib/rng.ts';
import { PAGE_H, PAGE_W } from '../independent-documents-c/lib/sheet.ts';
import { ar } from './docs/ar.ts';
import { en } from './docs/en.ts';
import { nlA } from './docs/nl-a.ts';
import { nlB } from './docs/nl-b.ts';
import { pl } from './docs/pl.ts';
import { tr } from './docs/tr.ts';
import { uk } from './docs/uk.ts';
import { elfproef, type Spec } from './lib.ts';

const HERE = new URL('.', import.meta.url).pathname;
const SPECS: Spec[] = [...nlA, ...nlB, ...en, ...ar, ...uk, ...tr, ...pl];

interface DirClient {
  address: string;
  clientNumber: string;
  bsn: string;
  name: string;
  birthDate: string;
}
const DIR = JSON.parse(readFileSync(new URL('../../examples/directory.json', import.meta.url), 'utf8')) as { clients: DirClient[] };

const MONTHS: string[][] = [
  ['januari', 'january', 'ocak', 'stycznia', 'січня', 'jan'],
  ['februari', 'february', 'şubat', 'lutego', 'лютого', 'feb'],
  ['maart', 'march', 'mart', 'marca', 'березня', 'mar'],
  ['april', 'april', 'nisan', 'kwietnia', 'квітня', 'apr'],
  ['mei', 'may', 'mayıs', 'maja', 'травня', 'may'],
  ['juni', 'june', 'haziran', 'czerwca', 'червня', 'jun'],
  ['juli', 'july', 'temmuz', 'lipca', 'липня', 'jul'],
  ['augustus', 'august', 'ağustos', 'sierpnia', 'серпня', 'aug'],
  ['september', 'september', 'eylül', 'września', 'вересня', 'sep'],
  ['oktober', 'october', 'ekim', 'października', 'жовтня', 'oct'],
  ['november', 'november', 'kasım', 'listopada', 'листопада', 'nov'],
  ['december', 'december', 'aralık', 'grudnia', 'грудня', 'dec'],
];
const fold = (s: string) =>
  s
    .toLocaleLowerCase('tr')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l');

function dateForms(iso: string): string[] {
  const [y, m, d] = iso.split('-') as [string, string, string];
  const out = [`${d}-${m}-${y}`, `${d}.${m}.${y}`, `${d}/${m}/${y}`, iso];
  for (const name of MONTHS[Number(m) - 1]!) out.push(`${Number(d)} ${name} ${y}`, `${d} ${name} ${y}`, `${name} ${Number(d)}, ${y}`);
  return out.map(fold);
}

/** Which directory clients the text identifies: client numbers, directory BSNs, name + birth date. */
function evidence(text: string): Set<string> {
  const t = fold(text);
  const flat = t.replace(/(\d)[ .](?=\d)/g, '$1');
  const found = new Set<string>();
  for (const c of DIR.clients) {
    if (t.includes(c.clientNumber.toLowerCase())) found.add(c.clientNumber);
    if (flat.includes(c.bsn)) found.add(c.clientNumber);
    const last = fold(c.name.split(' ').slice(1).join(' '));
    if (t.includes(last) && dateForms(c.birthDate).some((f) => t.includes(f))) found.add(c.clientNumber);
    const street = fold(c.address.split(', ')[0]!);
    if (t.includes(last) && new RegExp(`${street.replace(/ /g, '\\s+')}(?!\\d)`).test(t)) found.add(c.clientNumber);
  }
  return found;
}

function check(s: Spec, text: string): void {
  const want = new Set(s.conflict ?? (s.client ? [s.client] : []));
  const got = evidence(text);
  const a = [...want].sort().join(',');
  const b = [...got].sort().join(',');
  if (a !== b) throw new Error(`${s.slug}: truth says [${a}] but the text identifies [${b}]`);
  // Labelled BSNs in the text: every elfproef-valid one must be a directory client's or a stranger's on purpose.
  for (const m of text.matchAll(/\b(\d{9})\b/g)) {
    const n = m[1]!;
    const dir = DIR.clients.find((c) => c.bsn === n);
    if (!dir && elfproef(n) && !s.note) throw new Error(`${s.slug}: valid non-directory 9-digit number ${n} without a note`);
  }
  if (s.conflict && s.client) throw new Error(`${s.slug}: conflict with a client`);
}

async function render(s: Spec): Promise<{ name: string; bytes: Uint8Array }> {
  const doc = s.build();
  check(s, doc.text());
  const r = rng(seedOf(s.slug));
  const meta = { title: s.label, author: s.author ?? '', creator: 'set-e', date: new Date(`${s.date}T09:30:00Z`) };
  if (s.render === 'digital') return { name: `${s.slug}.pdf`, bytes: await renderDigital(doc, meta) };
  const pages = doc.pages.map((p) => p.ops);
  if (s.render === 'scan') {
    const dpi = r() < 0.7 ? 150 : 200;
    const base = { dpi, blur: between(r, 0.3, 0.75), paper: between(r, 222, 246), quality: Math.round(between(r, 50, 64)) };
    const imgs = [];
    for (const ops of pages) {
      const data = await scanPage(ops, { ...base, skew: between(r, -1.8, 1.8), speckle: between(r, 2, 14), lidShadow: r() < 0.25 }, r);
      imgs.push({ data, kind: 'jpg' as const, w: PAGE_W, h: PAGE_H });
    }
    return { name: `${s.slug}.pdf`, bytes: await imagesToPdf(imgs, meta) };
  }
  if (s.render === 'fax') {
    const header =
      `${s.date.split('-').reverse().join('-')} ${String(8 + Math.floor(r() * 9)).padStart(2, '0')}:${String(Math.floor(r() * 60)).padStart(2, '0')}  FROM: ${s.author ?? ''}`.slice(
        0,
        90,
      );
    const imgs = [];
    for (let i = 0; i < pages.length; i++) {
      const data = await faxPage(pages[i]!, { header, threshold: between(r, 150, 175), noise: between(r, 30, 70) }, i + 1, pages.length, r);
      imgs.push({ data, kind: 'png' as const, w: PAGE_W, h: PAGE_H });
    }
    return { name: `${s.slug}.pdf`, bytes: await imagesToPdf(imgs, meta) };
  }
  // photo
  const shots = [];
  for (const ops of pages) {
    const tables: [number, number, number][] = [
      [0.55, 0.42, 0.3],
      [0.78, 0.76, 0.72],
      [0.35, 0.33, 0.32],
      [0.62, 0.55, 0.48],
    ];
    const data = await photoPage(
      ops,
      {
        dpi: 125,
        rot: between(r, -4, 4),
        quality: Math.round(between(r, 60, 72)),
        outW: 1200,
        outH: 1600,
        shadow: between(r, 0.1, 0.3),
        table: tables[Math.floor(r() * tables.length)]!,
        warm: between(r, 0.0, 0.08),
      },
      r,
    );
    shots.push(data);
  }
  if (shots.length === 1 && s.ext !== 'pdf') {
    const ext = s.ext ?? 'jpg';
    if (ext === 'png') {
      const sharp = (await import('sharp')).default;
      return { name: `${s.slug}.png`, bytes: await sharp(shots[0]!).png({ compressionLevel: 9, palette: true, colours: 128 }).toBuffer() };
    }
    return { name: `${s.slug}.jpg`, bytes: shots[0]! };
  }
  return {
    name: `${s.slug}.pdf`,
    bytes: await imagesToPdf(
      shots.map((d) => ({ data: d, kind: 'jpg' as const, w: 1200 * 0.48, h: 1600 * 0.48 })),
      meta,
    ),
  };
}

async function main(): Promise<void> {
  const only = process.argv[2];
  const slugs = new Set<string>();
  for (const s of SPECS) {
    if (slugs.has(s.slug)) throw new Error(`duplicate ${s.slug}`);
    slugs.add(s.slug);
  }
  const out = `${HERE}files/`;
  if (!only) rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const truth = [];
  let bytes = 0;
  for (const s of SPECS) {
    if (only && !s.slug.includes(only)) {
      continue;
    }
    const f = await render(s);
    writeFileSync(out + f.name, f.bytes);
    bytes += f.bytes.length;
    const noClient = !s.client && !s.conflict;
    const unknownOk = ['benefit_application', 'objection', 'complaint', 'court_document', 'debt_notice'].includes(s.type);
    const reason = s.conflict ? 'conflict' : s.type === 'other' ? 'type-other' : noClient && !unknownOk ? 'no-client' : null;
    truth.push({
      file: f.name,
      type: s.type,
      clientNumber: s.client,
      expected: reason ? 'triage' : 'route',
      reason,
      candidates: s.conflict ? [...s.conflict] : [],
      language: s.language,
      restricted: s.type === 'medical_statement',
      render: s.render,
      label: s.label,
    });
    process.stdout.write(`${f.name} ${(f.bytes.length / 1024).toFixed(0)} kB\n`);
  }
  if (only) return;
  writeFileSync(`${HERE}truth.json`, `${JSON.stringify(truth, null, 1)}\n`);
  writeFileSync(`${HERE}README.md`, readme(truth, bytes));
  process.stdout.write(`${truth.length} files, ${(bytes / 1024 / 1024).toFixed(2)} MB\n`);
}

function table(title: string, rows: Map<string, number>): string {
  const sorted = [...rows].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return `### By ${title}\n\n| ${title} | n |\n| --- | --- |\n${sorted.map(([k, n]) => `| ${k} | ${n} |`).join('\n')}\n`;
}
function count<T>(xs: T[], key: (x: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return m;
}

function readme(
  truth: { type: string; language: string; render: string; expected: string; reason: string | null }[],
  bytes: number,
): string {
  return `Do not train, tune, calibrate or pick thresholds on this set. Do not copy its texts into the corpus. Report figures on it separately.

# Independent documents E

${truth.length} single documents (${(bytes / 1024 / 1024).toFixed(2)} MB) of institutional and professional post to the Werk & Inkomen
department of Gemeente Voorbeeld, with the clients' own letters as a smaller part: employers' and agencies' payslips and
contracts, statements of Dutch banks and foreign fintechs, letters from lawyers, legal-aid insurers, social workers, debt
collectors, bailiffs, health insurers, housing corporations, energy suppliers, UWV, Belastingdienst, courts and foreign
authorities, e-mails printed to PDF, faxes. Written by someone who read only DESIGN.md (document types, client identification),
\`examples/directory.json\` and set C's README and rendering library; not the product, its corpus generator or the other sets.
Organisations other than public bodies are invented.

Rebuild (deterministic: seeded noise, fixed PDF dates):

    npx tsx eval/independent-documents-e/make.ts

## How it was made

- \`docs/*.ts\` hold the documents per language, one \`Spec\` each: the truth (type, client or conflict, language, render,
  label) next to a function that lays the document out as a display list. \`lib.ts\` adds letterheads, window-envelope
  addresses, printed e-mails, handwriting, sticky notes and stamps on top of set C's library (\`../independent-documents-c/lib\`),
  which draws born-digital PDFs (pdf-lib) and raster scans, phone photos and faxes (canvas; Arabic is shaped right to left,
  so Arabic documents are never born-digital here).
- Scans: greyscale JPEG pages at 150 or 200 dpi in a PDF without a text layer, skew, speckle, blur, lid shadow.
  Photos: 1200×1600 colour JPEG of the sheet on a table (rotation, keystone, shadow); multi-page photos are a PDF of JPEGs.
  Faxes: 200×100 lpi bilevel PNG pages with a sender header line.
- \`make.ts\` checks each text before writing it: the client numbers, directory BSNs and name + birth-date pairs found in
  the text must be exactly the truth's client (or the conflict's two clients); a valid 9-digit number that is not a
  directory BSN is only allowed where the spec says why (a stranger).

## Truth

\`truth.json\`: one entry per file with \`type\`, \`clientNumber\` (what a careful reader can establish from the document
alone; null for strangers, conflicts, name-only documents and BSNs that fail the elfproef), \`expected\` (\`route\` when type
and client are clear, or when the type's team handles unknown people: application, objection, complaint, court document,
debt notice), \`reason\` (\`conflict\`, \`no-client\`, \`type-other\` or null), \`candidates\` (the conflict's clients),
\`language\`, \`restricted\` (medical statements), \`render\`, \`label\`.

Hard cases: partners' payslips and statements with the other partner's client number written on them, a form with one
client's number and another's name + birth date, a legal-aid letter quoting a wrong client number next to the right BSN,
a cover note by one client for her mother's doctor's note; strangers (new applicants, bailiffs' and collectors' letters,
Ukrainian newcomers), name-only papers and a BSN that fails the elfproef; AVG/GDPR requests to see or correct data in five
languages (type \`other\`).

## Counts

${table(
  'type',
  count(truth, (t) => t.type),
)}
${table(
  'language',
  count(truth, (t) => t.language),
)}
${table(
  'render',
  count(truth, (t) => t.render),
)}
${table(
  'expected',
  count(truth, (t) => t.expected),
)}
${table(
  'reason',
  count(truth, (t) => t.reason ?? 'none'),
)}`;
}

await main();
