// Builds one independent set (D and the sets written on its tooling): checks every text against the
// design's identification rules, renders files/, writes truth.json and the README with true counts.
// Deterministic: every document draws its noise from a stream seeded by the set's letter and its slug,
// PDF dates are fixed.
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { C, CLIENTS, elfproef } from '../independent-documents-c/lib/common.ts';
import { renderDigital } from '../independent-documents-c/lib/pdf.ts';
import { faxPage, imagesToPdf, photoPage } from '../independent-documents-c/lib/raster.ts';
import { between, rng, seedOf } from '../independent-documents-c/lib/rng.ts';
import { PAGE_H, PAGE_W } from '../independent-documents-c/lib/sheet.ts';
import { renderSkiaPdf, scanPage } from './render.ts';
import { type Spec, WHITE_TABLE } from './spec.ts';

const UNKNOWN_OK = new Set(['benefit_application', 'objection', 'complaint', 'court_document', 'debt_notice']);

const NL_MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** How a careful reader of one set reads: the set's own ways of writing dates, digits and names. */
export interface Reader {
  /** More ways to write a birth date than the Dutch and English forms (`mi` is the month, 0-based). */
  moreDateForms?: (parts: { y: string; m: string; d: string; nd: string; mi: number }) => string[];
  /** Rewrites the flattened text before it is read (e.g. Eastern Arabic digits as digits). */
  normalise?: (flat: string) => string;
  /** Clients found by clues of the set's own (e.g. a name in Arabic script with the birth date). */
  moreClients?: (flat: string, dateForms: (iso: string) => string[]) => string[];
}

export interface SetOptions {
  /** The set's letter: the file prefix and the key of its noise streams. */
  letter: string;
  /** The set's folder (files/, truth.json and README.md are written there). */
  dir: string;
  specs: Spec[];
  /** Scanner settings: share of 150-dpi scans (the rest 200 dpi) and JPEG quality range. */
  scan?: { lowDpiShare: number; quality: [number, number] };
  reader?: Reader;
  /** The README: the set's own text around the counts tables. */
  readme: (facts: SetFacts) => string;
}

/** One line of truth.json. */
export interface Truth {
  file: string;
  type: string;
  clientNumber: string | null;
  expected: 'route' | 'triage';
  reason: null | 'conflict' | 'no-client' | 'type-other';
  candidates: string[];
  language: string;
  restricted: boolean;
  render: string;
  label: string;
}

export interface SetFacts {
  documents: number;
  megabytes: string;
  /** Documents of more than one page, and the most pages of one document. */
  multiPage: number;
  maxPages: number;
  /** The counts tables by type, language, render, expected outcome and reason. */
  counts: string;
}

/** Dates a reader could recognise for an ISO birth date. */
export function dateForms(iso: string, reader: Reader = {}): string[] {
  const [y = '', m = '', d = ''] = iso.split('-');
  const nd = String(Number(d));
  const nm = String(Number(m));
  const mi = Number(m) - 1;
  const out = [`${d}-${m}-${y}`, `${d}.${m}.${y}`, `${d}/${m}/${y}`, iso, `${nd}-${nm}-${y}`, `${nd}.${nm}.${y}`, `${nd}/${nm}/${y}`];
  out.push(`${nd} ${NL_MONTHS[mi]} ${y}`, `${nd} ${EN_MONTHS[mi]} ${y}`, `${d} ${NL_MONTHS[mi]} ${y}`);
  out.push(...(reader.moreDateForms?.({ y, m, d, nd, mi }) ?? []));
  return out;
}

export const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .toLowerCase();

/** The directory clients a careful reader finds in a text, by the design's rules. */
export function evidence(text: string, reader: Reader = {}): Set<string> {
  const found = new Set<string>();
  const spaced = text.replace(/\s+/g, ' ');
  const flat = reader.normalise ? reader.normalise(spaced) : spaced;
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
  const forms = (iso: string) => dateForms(iso, reader);
  for (const c of CLIENTS) {
    const parts = fold(c.name).split(' ');
    const last = parts[parts.length - 1]!;
    const first = parts[0]!;
    if (low.includes(first) && low.includes(last) && forms(c.birthDate).some((d) => flat.includes(d))) found.add(c.clientNumber);
  }
  for (const n of reader.moreClients?.(flat, forms) ?? []) found.add(n);
  return found;
}

/** Throws when the text identifies other clients than the truth says. */
function check(s: Spec, text: string, reader: Reader): void {
  const found = evidence(text, reader);
  const want = new Set(s.conflict ?? (s.client ? [s.client] : []));
  const a = [...found].sort().join(',');
  const b = [...want].sort().join(',');
  if (a !== b) throw new Error(`${s.slug}: text identifies [${a}] but truth says [${b}]`);
  if (s.conflict && s.client) throw new Error(`${s.slug}: a conflict has no single client`);
  if (s.client) C(s.client);
}

async function render(s: Spec, o: SetOptions): Promise<Uint8Array | Buffer> {
  const d = s.build();
  const r = rng(seedOf(`${o.letter}/${s.slug}`));
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
    const { lowDpiShare, quality } = o.scan ?? { lowDpiShare: 0.5, quality: [55, 68] };
    const dpi = r() < lowDpiShare ? 150 : 200;
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
          quality: Math.round(between(r, quality[0], quality[1])),
          crumple: s.crumple ?? (r() < 0.5 ? 1 : 0),
          lidShadow: r() < 0.25,
          faint: s.copy ?? false,
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

function expected(s: Spec): Pick<Truth, 'expected' | 'reason'> {
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

/** Checks every document, then renders them (only those whose slug contains `filter`, if given). */
export async function buildSet(o: SetOptions, filter = process.argv[2]): Promise<void> {
  const out = join(o.dir, 'files');
  const reader = o.reader ?? {};
  const slugs = new Set<string>();
  const errors: string[] = [];
  for (const s of o.specs) {
    if (slugs.has(s.slug)) throw new Error(`duplicate slug ${s.slug}`);
    slugs.add(s.slug);
    try {
      check(s, s.build().text(), reader);
    } catch (e) {
      errors.push((e as Error).message);
    }
  }
  if (errors.length) throw new Error(`identification check failed:\n${errors.join('\n')}`);
  if (!filter) rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const truth: Truth[] = [];
  for (const [i, s] of o.specs.entries()) {
    const ext = s.render === 'photo' ? (s.ext ?? 'jpg') : 'pdf';
    const file = `${o.letter}${String(i + 1).padStart(3, '0')}-${s.slug}.${ext}`;
    if (!filter || s.slug.includes(filter)) {
      writeFileSync(join(out, file), await render(s, o));
      console.log(file);
    }
    truth.push({
      file,
      type: s.type,
      clientNumber: s.client,
      ...expected(s),
      candidates: s.conflict ? [...s.conflict] : [],
      language: s.language,
      restricted: s.type === 'medical_statement',
      render: s.render,
      label: s.label,
    });
  }
  if (filter) return;
  writeFileSync(join(o.dir, 'truth.json'), `${JSON.stringify(truth, null, 2)}\n`);
  const bytes = readdirSync(out).reduce((a, f) => a + statSync(join(out, f)).size, 0);
  const pages = o.specs.map((s) => s.build().pages.length);
  const counts = (
    [
      ['type', (t) => t.type],
      ['language', (t) => t.language],
      ['render', (t) => t.render],
      ['expected', (t) => t.expected],
      ['reason', (t) => t.reason ?? 'none'],
    ] as [string, (t: Truth) => string][]
  )
    .map(([title, key]) => table(title, count(truth, key)))
    .join('\n\n');
  const facts: SetFacts = {
    documents: truth.length,
    megabytes: (bytes / 1e6).toFixed(2),
    multiPage: pages.filter((n) => n > 1).length,
    maxPages: Math.max(...pages),
    counts,
  };
  writeFileSync(join(o.dir, 'README.md'), o.readme(facts));
  console.log(`${truth.length} documents, ${facts.megabytes} MB`);
}
