// Builds the independent evaluation set C: files/, truth.json and README.md.
// Run: npx tsx eval/independent-documents-c/make.ts   (deterministic: fixed seeds and dates)
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { APPLICATIONS } from './docs/applications.ts';
import { HOUSING } from './docs/housing.ts';
import { INCOME } from './docs/income.ts';
import { LEGAL } from './docs/legal.ts';
import { MONEY } from './docs/money.ts';
import { PERSONAL } from './docs/personal.ts';
import { CLIENTS, type DocType, dmy, elfproef, enLong, nlLong, type Spec } from './lib/common.ts';
import { renderDigital } from './lib/pdf.ts';
import { faxPage, imagesToPdf, photoPage, scanPage } from './lib/raster.ts';
import { between, rng, seedOf } from './lib/rng.ts';
import { PAGE_H, PAGE_W, type RGB } from './lib/sheet.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const FILES = join(HERE, 'files');

const SPECS: Spec[] = [...INCOME, ...MONEY, ...APPLICATIONS, ...LEGAL, ...HOUSING, ...PERSONAL];

const UNKNOWN_OK: DocType[] = ['benefit_application', 'objection', 'complaint', 'court_document', 'debt_notice'];
const TABLES: RGB[] = [
  [0.55, 0.38, 0.24],
  [0.32, 0.33, 0.36],
  [0.78, 0.74, 0.66],
  [0.2, 0.24, 0.3],
  [0.62, 0.52, 0.4],
];

interface Truth {
  file: string;
  type: DocType;
  clientNumber: string | null;
  expected: 'route' | 'triage';
  reason: null | 'conflict' | 'no-client' | 'type-other';
  candidates: string[];
  language: string;
  restricted: boolean;
  render: string;
  label: string;
}

function truthOf(s: Spec, file: string): Truth {
  const base = { file, type: s.type, language: s.language, restricted: s.type === 'medical_statement', render: s.render, label: s.label };
  if (s.conflict) {
    return { ...base, clientNumber: null, expected: 'triage', reason: 'conflict', candidates: [...s.conflict].sort() };
  }
  if (s.type === 'other') return { ...base, clientNumber: s.client, expected: 'triage', reason: 'type-other', candidates: [] };
  if (s.client || UNKNOWN_OK.includes(s.type)) return { ...base, clientNumber: s.client, expected: 'route', reason: null, candidates: [] };
  return { ...base, clientNumber: null, expected: 'triage', reason: 'no-client', candidates: [] };
}

/** Which directory clients the text identifies by the design's rules (a check on the hand-written truth). */
function evidence(text: string): string[] {
  const found = new Set<string>();
  const flat = text.replace(/\s+/g, ' ');
  for (const m of flat.matchAll(/K\s?-?\s?(1\d{5})/g)) {
    const c = CLIENTS.find((x) => x.clientNumber === `K-${m[1]}`);
    if (c) found.add(c.clientNumber);
  }
  for (const m of flat.matchAll(/(?<![\d.])\d[\d .]{7,12}\d(?![\d])/g)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length !== 9 || !elfproef(digits)) continue;
    const c = CLIENTS.find((x) => x.bsn === digits);
    if (c) found.add(c.clientNumber);
  }
  const lower = flat.toLowerCase();
  for (const c of CLIENTS) {
    const last = c.name.split(' ').slice(1).join(' ').toLowerCase();
    if (!lower.includes(last)) continue;
    const [y, m, d] = c.birthDate.split('-');
    const dates = [
      dmy(c.birthDate),
      dmy(c.birthDate, '.'),
      dmy(c.birthDate, '/'),
      c.birthDate,
      nlLong(c.birthDate),
      enLong(c.birthDate),
      `${Number(d)}-${Number(m)}-${y}`,
      `${d}-${m}-${y!.slice(2)}`,
    ];
    if (dates.some((x) => lower.includes(x.toLowerCase()))) found.add(c.clientNumber);
  }
  return [...found].sort();
}

async function build(s: Spec, n: number): Promise<{ file: string; bytes: number }> {
  const r = rng(seedOf(s.slug));
  const doc = s.build();
  const got = evidence(doc.text());
  const want = (s.conflict ? [...s.conflict] : s.client ? [s.client] : []).sort();
  if (got.join() !== want.join()) throw new Error(`${s.slug}: the text identifies [${got}] but the truth says [${want}]`);
  const ext = s.ext ?? 'pdf';
  const file = `${String(n).padStart(3, '0')}-${s.slug}.${ext}`;
  const meta = {
    title: s.label,
    author: s.author ?? 'unknown',
    creator: s.render === 'digital' ? (s.author ?? 'Microsoft Word') : s.render === 'fax' ? 'FaxServer 4.2' : 'ScanSnap Manager',
    date: new Date(`${s.date}T09:${String(10 + (n % 40)).padStart(2, '0')}:00Z`),
  };
  let out: Uint8Array;
  const pages = doc.pages.map((p) => p.ops);
  if (s.render === 'digital') {
    out = await renderDigital(doc, meta);
  } else if (s.render === 'scan') {
    const o = {
      dpi: s.dpi ?? [150, 150, 160, 175, 200][Math.floor(r() * 5)]!,
      skew: (r() < 0.5 ? -1 : 1) * between(r, 0.3, 2.2),
      blur: between(r, 0.45, 0.95),
      paper: between(r, 212, 238),
      speckle: between(r, 2, 10),
      quality: Math.round(between(r, 38, 52)),
      lidShadow: r() < 0.3,
    };
    const imgs = [];
    for (const p of pages) imgs.push({ data: await scanPage(p, o, r), kind: 'jpg' as const, w: PAGE_W, h: PAGE_H });
    out = ext === 'pdf' ? await imagesToPdf(imgs, meta) : await toExt(imgs[0]!.data, ext);
  } else if (s.render === 'photo') {
    const o = {
      dpi: s.dpi ?? 130,
      rot: (r() < 0.5 ? -1 : 1) * between(r, 1.2, 4.5),
      quality: Math.round(between(r, 50, 60)),
      outW: 1200,
      outH: 1600,
      shadow: between(r, 0.12, 0.32),
      table: TABLES[Math.floor(r() * TABLES.length)]!,
      warm: between(r, 0.01, 0.07),
    };
    const imgs = [];
    for (const p of pages) imgs.push({ data: await photoPage(p, o, r), kind: 'jpg' as const, w: 540, h: 720 });
    out = ext === 'pdf' ? await imagesToPdf(imgs, meta) : await toExt(imgs[0]!.data, ext);
  } else {
    const header = `${dmy(s.date)} ${String(8 + (n % 9)).padStart(2, '0')}:${String((n * 7) % 60).padStart(2, '0')}  VAN: +31 ${20 + (n % 70)} ${String(1000000 + ((n * 7919) % 8999999)).slice(0, 7)}`;
    const o = { header, threshold: between(r, 120, 150), noise: between(r, 40, 90) };
    const imgs = [];
    for (let i = 0; i < pages.length; i++) {
      imgs.push({ data: await faxPage(pages[i]!, o, i + 1, pages.length, r), kind: 'png' as const, w: PAGE_W, h: PAGE_H });
    }
    out = ext === 'pdf' ? await imagesToPdf(imgs, meta) : await toExt(imgs[0]!.data, ext);
  }
  if (ext !== 'pdf' && pages.length > 1) throw new Error(`${s.slug}: an image file holds one page`);
  writeFileSync(join(FILES, file), out);
  return { file, bytes: out.length };
}

async function toExt(data: Buffer, ext: 'jpg' | 'png'): Promise<Buffer> {
  if (ext === 'jpg') return data;
  return sharp(data).png({ compressionLevel: 9, palette: true, colours: 48, dither: 0.4 }).toBuffer();
}

function count<T>(xs: T[], key: (x: T) => string): string {
  const m = new Map<string, number>();
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return [...m.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, v]) => `| ${k} | ${v} |`)
    .join('\n');
}

async function main(): Promise<void> {
  const slugs = new Set<string>();
  for (const s of SPECS) {
    if (slugs.has(s.slug)) throw new Error(`duplicate slug ${s.slug}`);
    slugs.add(s.slug);
    if (s.language === 'ar' && s.render === 'digital') throw new Error(`${s.slug}: Arabic must be raster`);
  }
  for (const c of CLIENTS) if (!elfproef(c.bsn)) throw new Error(`directory BSN ${c.bsn} fails the elfproef`);
  rmSync(FILES, { recursive: true, force: true });
  mkdirSync(FILES, { recursive: true });
  const truth: Truth[] = [];
  let total = 0;
  for (let i = 0; i < SPECS.length; i++) {
    const s = SPECS[i]!;
    const { file, bytes } = await build(s, i + 1);
    total += bytes;
    truth.push(truthOf(s, file));
    process.stdout.write(`${file} ${(bytes / 1024).toFixed(0)} KB\n`);
  }
  if (readdirSync(FILES).length !== truth.length) throw new Error('files and truth differ');
  writeFileSync(join(HERE, 'truth.json'), `${JSON.stringify(truth, null, 2)}\n`);
  writeFileSync(join(HERE, 'README.md'), readme(truth, total));
  process.stdout.write(`${truth.length} documents, ${(total / 1024 / 1024).toFixed(2)} MB\n`);
}

function readme(t: Truth[], total: number): string {
  const conflicts = t.filter((x) => x.reason === 'conflict').length;
  const noId = t.filter((x) => x.clientNumber === null && x.reason !== 'conflict').length;
  return `Do not train, tune, calibrate or pick thresholds on this set. Do not copy its texts into the corpus. Report figures on it separately.

# Independent documents C

${t.length} single documents (${(total / 1024 / 1024).toFixed(2)} MB) for measuring how postkamer reads, classifies,
identifies and routes post it has never seen. Written independently of the product, its training corpus and the
other evaluation sets: only DESIGN.md (document types, client identification) and \`examples/directory.json\` (the
clients) were read. Every text, layout and letterhead here is new; organisations other than public bodies
(UWV, Belastingdienst, CAK) are invented.

Rebuild (deterministic: seeded noise, fixed PDF dates, byte-identical output):

    npx tsx eval/independent-documents-c/make.ts

## How it was made
- \`docs/*.ts\` hold the documents, one \`Spec\` each: the truth (type, client or conflict, language, render,
  label) next to a function that lays the document out as a display list (\`lib/sheet.ts\`, A4 points).
- \`lib/pdf.ts\` draws the display list as a born-digital PDF (pdf-lib, DejaVu fonts embedded as subsets).
- \`lib/raster.ts\` draws it with the canvas text engine (which shapes Arabic right to left) and ages it:
  - **scan**: greyscale, 150–200 dpi, grey paper with a gradient, toner grey, speckle, blur, skew 0.3–2.2°,
    sometimes a lid shadow; JPEG pages in a PDF without a text layer;
  - **photo**: colour phone photo of the sheet on a table: rotated 1–4.5°, keystone perspective, a soft shadow,
    vignette, warm cast; JPEG (bare \`.jpg\`/\`.png\` or inside a PDF);
  - **fax**: 200 × 100 lines per inch, bilevel with noise, a fax header line with page numbers, sometimes a
    streak; PNG pages in a PDF.
  - handwriting (filled-in forms, notes in the margin) is a condensed italic font drawn letter by letter with
    wobble in pen ink.
- \`make.ts\` checks each text against the design's identification rules before writing it: the client numbers,
  directory BSNs that pass the elfproef, and name + birth date pairs found in the text must be exactly the
  truth's client (or the two conflicting clients). Then it writes \`files/\`, \`truth.json\` and this README.

## Truth
\`truth.json\` has one entry per file: \`type\` (DESIGN.md id), \`clientNumber\` (the directory client a careful
reader can establish from the document alone; null for strangers, conflicts and name-only documents),
\`expected\` (\`route\` when type and client are clear or the type's team handles unknown people: application,
objection, complaint, court document, debt notice; else \`triage\`), \`reason\` (null, \`conflict\`,
\`no-client\`, \`type-other\`), \`candidates\` (the two clients of a conflict), \`language\`, \`restricted\`
(medical statements), \`render\`, \`label\`.

Hard cases on purpose: ${conflicts} documents carry identifiers of two directory clients (a partner's payslip
with the other partner's client number, a form with one client number and another's name + birth date, a letter
quoting a wrong client number next to the right BSN); ${noId} identify no directory client (strangers, name and
address only, BSNs mistyped so they fail the elfproef); a non-existent client number next to a correct name and
birth date; e-mails printed to PDF with headers and quoted replies; letters whose first page is mostly
letterhead; tables, two columns, stamps and handwriting.

## Counts
### By type
| type | n |
|---|---|
${count(t, (x) => x.type)}

### By render
| render | n |
|---|---|
${count(t, (x) => x.render)}

### By language
| language | n |
|---|---|
${count(t, (x) => x.language)}

### By expected
| expected | n |
|---|---|
${count(t, (x) => x.expected)}

### By reason
| reason | n |
|---|---|
${count(t, (x) => x.reason ?? 'none')}
`;
}

await main();
