// Builds eval/independent-documents-f (set F, one ordinary week of post): files/, truth.json and README.md from the specs in docs/.
// Deterministic: every document draws its noise from a stream seeded by its slug, PDF dates are fixed.
//   npx tsx eval/independent-documents-f/make.ts [slug-filter]
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { C, CLIENTS, elfproef } from '../independent-documents-c/lib/common.ts';
import { renderDigital } from '../independent-documents-c/lib/pdf.ts';
import { faxPage, imagesToPdf, photoPage } from '../independent-documents-c/lib/raster.ts';
import { between, rng, seedOf } from '../independent-documents-c/lib/rng.ts';
import { PAGE_H, PAGE_W } from '../independent-documents-c/lib/sheet.ts';
import { AR } from './docs/ar.ts';
import { EN } from './docs/en.ts';
import { NL } from './docs/nl.ts';
import { PL } from './docs/pl.ts';
import { TR } from './docs/tr.ts';
import { UK } from './docs/uk.ts';
import { renderSkiaPdf, scanPage } from './render.ts';
import { type Spec, WHITE_TABLE } from './spec.ts';

const HERE = new URL('.', import.meta.url).pathname;
const OUT = join(HERE, 'files');
const UNKNOWN_OK = new Set(['benefit_application', 'objection', 'complaint', 'court_document', 'debt_notice']);

// Shuffled deterministically, like the post that comes out of one week's mail bags.
const ALL: Spec[] = [...NL, ...EN, ...AR, ...UK, ...TR, ...PL].sort((a, b) => seedOf(`f/${a.slug}`) - seedOf(`f/${b.slug}`));

function fileName(s: Spec, i: number): string {
  const ext = s.render === 'photo' ? (s.ext ?? 'jpg') : 'pdf';
  return `f${String(i + 1).padStart(3, '0')}-${s.slug}.${ext}`;
}

/** Dates a reader could recognise for an ISO birth date. */
function dateForms(iso: string): string[] {
  const [y, m, d] = iso.split('-');
  const nd = String(Number(d));
  const nm = String(Number(m));
  const out = [`${d}-${m}-${y}`, `${d}.${m}.${y}`, `${d}/${m}/${y}`, iso, `${nd}-${nm}-${y}`, `${nd}.${nm}.${y}`, `${nd}/${nm}/${y}`];
  const nl = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
  const en = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  out.push(`${nd} ${nl[Number(m) - 1]} ${y}`, `${nd} ${en[Number(m) - 1]} ${y}`, `${d} ${nl[Number(m) - 1]} ${y}`);
  return out;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .toLowerCase();

/** The directory clients a careful reader finds in a text, by the design's rules. */
function evidence(text: string): Set<string> {
  const found = new Set<string>();
  const flat = text.replace(/\s+/g, ' ');
  for (const m of flat.matchAll(/K-?\s?(1\d{5})/g)) {
    const c = CLIENTS.find((x) => x.clientNumber === `K-${m[1]}`);
    if (c) found.add(c.clientNumber);
  }
  const digits = flat.replace(/(\d)[ .](?=\d)/g, '$1');
  for (const m of digits.matchAll(/\d{9}/g)) {
    const c = CLIENTS.find((x) => x.bsn === m[0]);
    if (c && elfproef(m[0])) found.add(c.clientNumber);
  }
  const low = fold(flat);
  for (const c of CLIENTS) {
    const parts = fold(c.name).split(' ');
    const last = parts[parts.length - 1]!;
    const first = parts[0]!;
    if (low.includes(first) && low.includes(last) && dateForms(c.birthDate).some((d) => flat.includes(d))) found.add(c.clientNumber);
  }
  return found;
}

function check(s: Spec, text: string): void {
  const found = evidence(text);
  const want = new Set(s.conflict ?? (s.client ? [s.client] : []));
  const a = [...found].sort().join(',');
  const b = [...want].sort().join(',');
  if (a !== b) throw new Error(`${s.slug}: text identifies [${a}] but truth says [${b}]`);
  if (s.conflict && s.client) throw new Error(`${s.slug}: a conflict has no single client`);
  if (s.client) C(s.client);
}

async function render(s: Spec): Promise<Uint8Array | Buffer> {
  const d = s.build();
  const r = rng(seedOf(`f/${s.slug}`));
  const meta = {
    title: s.label,
    author: s.author ?? '',
    creator: creatorOf(s),
    date: new Date(`${s.date}T09:${10 + Math.floor(r() * 40)}:00Z`),
  };
  const ops = d.pages.map((p) => p.ops);
  const rtl = ops.some((o) => o.some((op) => op.k === 'text' && op.rtl));
  if (s.render === 'digital') return rtl ? renderSkiaPdf(d, meta) : renderDigital(d, meta);
  if (s.render === 'scan') {
    const dpi = r() < 0.6 ? 150 : 200;
    const imgs = [];
    for (const p of ops) {
      const im = await scanPage(
        p,
        {
          dpi,
          skew: between(r, -2, 2),
          blur: between(r, 0.35, 0.8),
          paper: between(r, 225, 248),
          speckle: between(r, 1, 6),
          quality: Math.round(between(r, 50, 64)),
          crumple: s.crumple ?? (r() < 0.5 ? 1 : 0),
          lidShadow: r() < 0.25,
          shift: r() < 0.3 ? between(r, -0.02, 0.02) : 0,
        },
        r,
      );
      imgs.push({ data: im.data, kind: 'jpg' as const, w: PAGE_W, h: PAGE_H });
    }
    return imagesToPdf(imgs, { ...meta, creator: scannerOf(s) });
  }
  if (s.render === 'fax') {
    const header = s.faxHeader ?? `${s.date.split('-').reverse().join('-')} 10:14  FAX`;
    const imgs = [];
    for (let i = 0; i < ops.length; i++) {
      const png = await faxPage(ops[i]!, { header, threshold: between(r, 150, 185), noise: between(r, 40, 90) }, i + 1, ops.length, r);
      imgs.push({ data: png, kind: 'png' as const, w: PAGE_W, h: PAGE_H });
    }
    return imagesToPdf(imgs, { ...meta, creator: 'Fax to PDF' });
  }
  // photo: only the first page is photographed (one photo per file).
  if (ops.length !== 1) throw new Error(`${s.slug}: a photo holds one page`);
  const portrait = r() < 0.8;
  const jpg = await photoPage(
    ops[0]!,
    {
      dpi: 110,
      rot: between(r, -4.5, 4.5),
      quality: Math.round(between(r, 60, 72)),
      outW: portrait ? 1080 : 1440,
      outH: portrait ? 1440 : 1080,
      shadow: between(r, 0.1, 0.35),
      table: s.table ?? WHITE_TABLE,
      warm: between(r, 0.0, 0.08),
    },
    r,
  );
  if (s.ext === 'png') {
    const sharp = (await import('sharp')).default;
    return sharp(jpg).resize(900).png({ compressionLevel: 9, palette: true, colours: 128 }).toBuffer();
  }
  return jpg;
}

function creatorOf(s: Spec): string {
  if (s.language === 'ar' || s.language === 'uk') return 'Android Print';
  return ['Microsoft Word', 'LibreOffice Writer', 'Chrome', 'Pages'][seedOf(s.slug) % 4]!;
}
function scannerOf(s: Spec): string {
  return ['KONICA MINOLTA bizhub C300i', 'Canon iR-ADV C3826', 'HP LaserJet MFP M234', 'Brother MFC-L2710DW'][seedOf(s.slug) % 4]!;
}

function expected(s: Spec): { expected: 'route' | 'triage'; reason: null | 'conflict' | 'no-client' | 'type-other' } {
  if (s.conflict) return { expected: 'triage', reason: 'conflict' };
  if (s.type === 'other') return { expected: 'triage', reason: 'type-other' };
  if (!s.client) return UNKNOWN_OK.has(s.type) ? { expected: 'route', reason: null } : { expected: 'triage', reason: 'no-client' };
  return { expected: 'route', reason: null };
}

function table(title: string, rows: [string, number][]): string {
  const w = Math.max(title.length, ...rows.map(([k]) => k.length));
  const lines = [`| ${title.padEnd(w)} | n   |`, `| ${'-'.repeat(w)} | --- |`];
  for (const [k, n] of rows) lines.push(`| ${k.padEnd(w)} | ${String(n).padEnd(3)} |`);
  return lines.join('\n');
}
function count<T>(xs: T[], key: (x: T) => string): [string, number][] {
  const m = new Map<string, number>();
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

async function main(): Promise<void> {
  const filter = process.argv[2];
  const slugs = new Set<string>();
  const errors: string[] = [];
  for (const s of ALL) {
    if (slugs.has(s.slug)) throw new Error(`duplicate slug ${s.slug}`);
    slugs.add(s.slug);
    try {
      check(s, s.build().text());
    } catch (e) {
      errors.push((e as Error).message);
    }
  }
  if (errors.length) throw new Error(`identification check failed:\n${errors.join('\n')}`);
  if (!filter) rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const truth = [];
  for (let i = 0; i < ALL.length; i++) {
    const s = ALL[i]!;
    const file = fileName(s, i);
    if (!filter || s.slug.includes(filter)) {
      writeFileSync(join(OUT, file), await render(s));
      console.log(file);
    }
    const e = expected(s);
    truth.push({
      file,
      type: s.type,
      clientNumber: s.client,
      expected: e.expected,
      reason: e.reason,
      candidates: s.conflict ? [...s.conflict] : [],
      language: s.language,
      restricted: s.type === 'medical_statement',
      render: s.render,
      label: s.label,
    });
  }
  if (filter) return;
  writeFileSync(join(HERE, 'truth.json'), `${JSON.stringify(truth, null, 2)}\n`);
  const bytes = readdirSync(OUT).reduce((a, f) => a + statSync(join(OUT, f)).size, 0);
  const pages = ALL.map((s) => s.build().pages.length);
  writeFileSync(join(HERE, 'README.md'), readme(truth, bytes, pages));
  console.log(`${truth.length} documents, ${(bytes / 1e6).toFixed(2)} MB`);
}

function readme(
  truth: { type: string; language: string; render: string; expected: string; reason: string | null }[],
  bytes: number,
  pages: number[],
): string {
  const multi = pages.filter((n) => n > 1).length;
  const maxPages = Math.max(...pages);
  return `Do not train, tune, calibrate or pick thresholds on this set. Do not copy its texts into the corpus. Report figures on it separately.

# Independent documents F

${truth.length} single documents (${(bytes / 1e6).toFixed(2)} MB, ${multi} of them with 2–${maxPages} pages) for measuring how postkamer reads,
classifies, identifies and routes post it has never seen. Written independently of the product, its training corpus
and the other evaluation sets: only \`/work/shared/DESIGN.md\` (document types, identification rules, routing),
\`examples/directory.json\` (the clients) and the rendering library of set C (\`../independent-documents-c/lib\`, code
only) and set D's tooling (\`make.ts\`, \`render.ts\`, \`spec.ts\`, \`docs/kit.ts\`, copied here as the skeleton) were read.
postkamer was never run on these files while they were written.

The emphasis of this set is **an ordinary week of post at a Werk & Inkomen mailroom**, in roughly the proportions a
municipality receives it: many payslips, bank statements and changes in circumstances (work, moving, living together,
a car, an inheritance), fewer doctors' letters, proof of job applications, UWV decisions, Belastingdienst letters
(toeslagen, aanslag, voorlopige aanslag, aanmaning) and debt letters (incassobureau, deurwaarder, CAK, energy,
zorgverzekeraar, huurachterstand), a few rental agreements, objections, applications, complaints, holiday notices,
identity documents, employment contracts and court papers, and the post that does not belong here at all (an AVG
request to see one's file, advertising, a letter meant for Burgerzaken, a conference invitation). The writers vary:
clients themselves, a bewindvoerder, a budgetbeheerder, a buurtteam worker, a daughter writing for her mother and a son
for his, employers' salary administrations and an administratiekantoor, banks with different statement layouts
(a neobank in English among them), a GP, a hospital, a physiotherapist, a GGZ institution, a hospital abroad, a
notary, a lawyer, a court, UWV, the Belastingdienst and the CAK. The files are numbered in a fixed shuffled order,
as a week's mail bags come out. Organisations other than public bodies are invented.

Rebuild (deterministic: seeded noise, fixed PDF dates):

    npx tsx eval/independent-documents-f/make.ts

## How it was made

- \`docs/<language>.ts\` hold the documents, one \`Spec\` each (\`spec.ts\`): the truth (type, client or conflict,
  language, render, label) next to a function that lays the page out as a display list (set C's \`lib/sheet.ts\`).
  \`docs/kit.ts\` is set D's kit plus recurring layouts (payslip, bank transaction table, institutional letter,
  municipal form), each used with different senders, fonts and details.
- \`make.ts\` first checks every text against the design's identification rules: the client numbers, the
  directory BSNs (elfproef) and the name + birth date pairs found in the text must be exactly the truth's client,
  or the two clients of a conflict, or nobody. Then it renders:
  - **digital**: born-digital PDF with a text layer (pdf-lib with embedded DejaVu subsets; Arabic through Skia's
    PDF backend in \`render.ts\`, which shapes right-to-left text and keeps a text layer);
  - **scan**: greyscale JPEG pages (150 or 200 dpi) in an image-only PDF, with toner/paper tones, speckle, blur,
    skew up to 2°, sometimes a lid shadow or an off-centre sheet, and fold creases of a letter folded in three or
    the creases and waviness of a crumpled sheet;
  - **photo**: a phone photo (.jpg) of one sheet on a table (oak, dark wood, oilcloth, white kitchen table):
    perspective, rotation, shadow, vignette, warm cast (set C's \`photoPage\`);
  - **fax**: 200 × 100 lpi bilevel pages with a sender header line (set C's \`faxPage\`): a GP, a GGZ
    institution, an administratiekantoor, a lawyer, a legal aid office.
- Printed e-mails (web mail and Outlook printouts) are mostly scanned like paper; forms filled in by hand, notebook
  letters and notes scribbled on institutional paper (a client number, "t.a.v.", a BSN, a partner's number) use set
  D's handwriting.

## Truth

\`truth.json\`: one entry per file with \`type\`, \`clientNumber\`, \`expected\`, \`reason\`, \`candidates\`, \`language\`,
\`restricted\` (medical statements), \`render\`, \`label\`. \`expected\` is \`route\` when the type and the client are
clear, or when no directory client is named but the type's team takes unknown people (benefit application,
objection, complaint, court document and, as the brief for these sets says, debt notices); otherwise \`triage\` with
\`reason\` \`conflict\` (identifiers of two directory clients: a partner's client number on a payslip, a bewindvoerder
whose third page is another client's statement, a living-together form of two clients, a daughter writing with her
own number about her mother's rent arrears, a son doing the same for his mother's holiday, two brothers-in-law
reporting one trip, a complaint signed by two clients, a room rented to two clients), \`no-client\` (a stranger's
payslip, a bank statement with only an initial, a name and an address, a physiotherapist's note whose BSN fails the
elfproef, a rejection e-mail addressed by first name only, a non-client's tax letter, a Ukrainian non-client reporting
work) or \`type-other\` (an AVG request to see one's file in Turkish, advertising, a letter meant for Burgerzaken, a
conference invitation). The Ukrainian writers are not in the directory; their application, objection, complaint and
debt letter still route to the team that takes unknown people.

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
)}
`;
}

await main();
