/**
 * Shared building blocks for the independent envelope set: a seeded random source, dates in Dutch
 * and English, people (directory clients and a few strangers), identification numbers, and a small
 * drawing vocabulary ("ops") that both the text-layer renderer and the scan renderer understand.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';

// ---------------------------------------------------------------------------------------------
// Randomness: mulberry32 seeded from a string, with forks so one plan cannot disturb another.

function hashSeed(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

export class Rng {
  private state: number;
  constructor(seed: string) {
    this.state = hashSeed(seed) || 1;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** integer in [a, b] */
  int(a: number, b: number): number {
    return a + Math.floor(this.next() * (b - a + 1));
  }
  float(a: number, b: number): number {
    return a + this.next() * (b - a);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error('pick from empty list');
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  /** k distinct elements */
  sample<T>(xs: readonly T[], k: number): T[] {
    return this.shuffle(xs).slice(0, k);
  }
  shuffle<T>(xs: readonly T[]): T[] {
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a;
  }
  /** roughly normal, mean 0, sd 1 */
  gauss(): number {
    return (this.next() + this.next() + this.next() + this.next() - 2) * 1.7320508;
  }
  fork(label: string): Rng {
    return new Rng(`${this.int(0, 2 ** 30)}:${label}`);
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
}

// ---------------------------------------------------------------------------------------------
// Dates. Everything is a plain UTC date; the post of this set arrives in February and March 2026.

export type Day = Date;
export const day = (y: number, m: number, d: number): Day => new Date(Date.UTC(y, m - 1, d));
export const addDays = (d: Day, n: number): Day => new Date(d.getTime() + n * 86400000);
export const addMonths = (d: Day, n: number): Day => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, d.getUTCDate()));
export const iso = (d: Day): string => d.toISOString().slice(0, 10);
const MAANDEN = [
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
const MND = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAGEN = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];
const p2 = (n: number) => String(n).padStart(2, '0');
export const maand = (m: number): string => MAANDEN[(m - 1 + 12) % 12]!;
export const month = (m: number): string => MONTHS[(m - 1 + 12) % 12]!;
export const dLong = (d: Day): string => `${d.getUTCDate()} ${MAANDEN[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
export const dLongDay = (d: Day): string => `${DAGEN[d.getUTCDay()]} ${dLong(d)}`;
export const dNum = (d: Day): string => `${p2(d.getUTCDate())}-${p2(d.getUTCMonth() + 1)}-${d.getUTCFullYear()}`;
export const dSlash = (d: Day): string => `${p2(d.getUTCDate())}/${p2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
export const dDot = (d: Day): string => `${p2(d.getUTCDate())}.${p2(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
export const dShort = (d: Day): string => `${d.getUTCDate()} ${MND[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
export const dEn = (d: Day): string => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
export const dStamp = (d: Day): string => `${p2(d.getUTCDate())} ${MND[d.getUTCMonth()]!.toUpperCase()} ${d.getUTCFullYear()}`;
export const parseIso = (s: string): Day => day(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10)));
/** next weekday on or after d */
export const weekday = (d: Day): Day => {
  let x = d;
  while (x.getUTCDay() === 0 || x.getUTCDay() === 6) x = addDays(x, 1);
  return x;
};
export const isoWeek = (d: Day): number => {
  const t = new Date(d.getTime());
  const dayNr = (d.getUTCDay() + 6) % 7;
  t.setUTCDate(t.getUTCDate() - dayNr + 3);
  const firstThursday = new Date(Date.UTC(t.getUTCFullYear(), 0, 4));
  return 1 + Math.round(((t.getTime() - firstThursday.getTime()) / 86400000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
};

// ---------------------------------------------------------------------------------------------
// Money.

export const eur = (n: number, sign = true): string => {
  const neg = n < 0;
  const [i, f] = Math.abs(n).toFixed(2).split('.');
  const grouped = i!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${neg ? '-' : ''}${sign ? '€ ' : ''}${grouped},${f}`;
};
export const num = (n: number, dec = 2): string => {
  const [i, f] = Math.abs(n).toFixed(dec).split('.');
  const grouped = i!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 ? '-' : ''}${grouped}${dec > 0 ? `,${f}` : ''}`;
};
export const round2 = (n: number): number => Math.round(n * 100) / 100;

// ---------------------------------------------------------------------------------------------
// Identification numbers.

export function elfproef(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn)) return false;
  let s = 0;
  for (let i = 0; i < 8; i++) s += (9 - i) * Number(bsn[i]);
  s -= Number(bsn[8]);
  return s % 11 === 0;
}

export function makeBsn(r: Rng): string {
  for (;;) {
    const head = String(r.int(1, 3)) + r.digits(7);
    let s = 0;
    for (let i = 0; i < 8; i++) s += (9 - i) * Number(head[i]);
    const last = s % 11;
    if (last === 10) continue;
    const bsn = head + String(last);
    if (elfproef(bsn)) return bsn;
  }
}

/** A BSN as a person might mistype it: two neighbouring digits swapped, which the elfproef always catches. */
export function typoBsn(bsn: string): string {
  for (let i = 2; i < 8; i++) {
    if (bsn[i] !== bsn[i + 1]) {
      const t = bsn.slice(0, i) + bsn[i + 1] + bsn[i] + bsn.slice(i + 2);
      if (!elfproef(t)) return t;
    }
  }
  throw new Error(`cannot mistype ${bsn}`);
}

export const fmtBsn = (bsn: string, style: 0 | 1 | 2 = 0): string =>
  style === 0
    ? bsn
    : style === 1
      ? `${bsn.slice(0, 4)}.${bsn.slice(4, 6)}.${bsn.slice(6)}`
      : `${bsn.slice(0, 3)} ${bsn.slice(3, 6)} ${bsn.slice(6)}`;

function mod97(digits: string): number {
  let m = 0;
  for (const ch of digits) m = (m * 10 + Number(ch)) % 97;
  return m;
}
const letterDigits = (s: string) => [...s].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');

export function makeIban(r: Rng, bank: string): string {
  const account = String(r.int(1, 9)) + r.digits(9);
  const check = 98 - mod97(letterDigits(`${bank}${account}NL00`));
  return `NL${String(check).padStart(2, '0')}${bank}${account}`;
}
export const fmtIban = (iban: string): string => iban.replace(/(.{4})/g, '$1 ').trim();

// ---------------------------------------------------------------------------------------------
// People.

export type Lang = 'nl' | 'en' | 'tr' | 'pl' | 'ar';

export interface Person {
  clientNumber: string | null;
  bsn: string;
  name: string;
  first: string;
  /** surname including tussenvoegsel, as written after the initials: "de Vries" */
  last: string;
  initials: string;
  gender: 'm' | 'v';
  birth: Day;
  street: string;
  postcode: string;
  city: string;
  language: Lang;
  email: string;
  phone: string;
  iban: string;
  bank: BankCode;
}

export type BankCode = 'POLD' | 'KUST' | 'ZZBK';

const FEMALE = new Set(
  'Fatima Anna Sharon Ria Saida Yasmin Dewi Ingrid Agnieszka Selam Linda Zeynep Nadia Hiba Sandra Emine Katarzyna Senait Gladys Tineke Hanan Lina Els Khadija Magdalena Luwam Joke Samira Derya Nour Mieke Aïcha Gülsen Olena Priya Monique Hatice'.split(
    ' ',
  ),
);

interface DirectoryClient {
  clientNumber: string;
  bsn: string;
  name: string;
  birthDate: string;
  email: string;
  language: string;
  address: string;
}

const here = dirname(new URL(import.meta.url).pathname);
export const REPO = join(here, '..', '..', '..');
export const OUT_DIR = join(here, '..');

function person(
  r: Rng,
  c: { clientNumber: string | null; bsn: string; name: string; birthDate: string; email: string; language: string; address: string },
): Person {
  const [first, ...rest] = c.name.split(' ');
  const last = rest.join(' ');
  const m = /^(.*?)\s+(\d+\w*),\s*(\d{4} [A-Z]{2})\s+(.*)$/.exec(c.address);
  if (!m) throw new Error(`cannot parse address ${c.address}`);
  const bank = r.pick<BankCode>(['POLD', 'POLD', 'KUST', 'ZZBK']);
  return {
    clientNumber: c.clientNumber,
    bsn: c.bsn,
    name: c.name,
    first: first!,
    last,
    initials: `${first![0]}.`,
    gender: FEMALE.has(first!) ? 'v' : 'm',
    birth: parseIso(c.birthDate),
    street: `${m[1]} ${m[2]}`,
    postcode: m[3]!,
    city: m[4]!,
    language: c.language as Lang,
    email: c.email,
    phone: `06-${r.digits(8)}`,
    iban: makeIban(r, bank),
    bank,
  };
}

export function loadPeople(): { clients: Person[]; strangers: Person[]; invalidBsnStrangers: Set<string> } {
  const dir = JSON.parse(readFileSync(join(REPO, 'examples', 'directory.json'), 'utf8')) as { clients: DirectoryClient[] };
  const r = new Rng('people');
  const clients = dir.clients.map((c) => person(r, c));
  for (const c of clients) if (!elfproef(c.bsn)) throw new Error(`directory BSN fails elfproef: ${c.name}`);
  const raw: [string, string, string, Lang][] = [
    ['Gülsen Aktaş', '1979-03-02', 'Kastanjelaan 12, 1236 BG Voorbeeld', 'tr'],
    ['Pieter Zwart', '1958-10-30', 'Molenweg 7, 1231 GC Voorbeeld', 'nl'],
    ['Olena Kovalenko', '1991-01-17', 'Stationsweg 21, 1235 AB Voorbeeld', 'en'],
    ['Abdi Warsame', '1986-12-05', 'Spoorlaan 4, 1233 PT Voorbeeld', 'nl'],
    ['Priya Ramdin', '2002-08-21', 'Lindelaan 18, 1238 KP Voorbeeld', 'nl'],
    ['Monique Brouwer', '1969-05-11', 'Zuiderweg 88, 1411 RT Ooststad', 'nl'],
    ['Tom Verbeek', '1999-02-14', 'Havenkade 3, 1231 GA Voorbeeld', 'nl'],
    ['Hatice Koç', '1972-07-07', 'Beatrixstraat 2, 1233 TA Voorbeeld', 'tr'],
    ['Łukasz Dąbrowski', '1988-04-26', 'Eikenlaan 77, 1238 CH Voorbeeld', 'pl'],
  ];
  const invalid = new Set<string>();
  const strangers = raw.map(([name, birthDate, address, language], i) => {
    let bsn = makeBsn(r);
    // Two strangers carry a BSN that deliberately fails the elfproef (as printed on their papers).
    if (i === 3 || i === 8) {
      bsn = bsn.slice(0, 8) + String((Number(bsn[8]) + 3) % 10);
      if (elfproef(bsn)) bsn = bsn.slice(0, 8) + String((Number(bsn[8]) + 1) % 10);
      invalid.add(name);
    }
    const slug = name
      .normalize('NFD')
      .replace(/[^\w ]/g, '')
      .toLowerCase()
      .replace(' ', '.');
    return person(r, { clientNumber: null, bsn, name, birthDate, email: `${slug}@example.net`, language, address });
  });
  for (const s of strangers) if (elfproef(s.bsn) === invalid.has(s.name)) throw new Error(`stranger BSN wrong: ${s.name}`);
  return { clients, strangers, invalidBsnStrangers: invalid };
}

export const sir = (p: Person): string => (p.gender === 'v' ? 'mevrouw' : 'de heer');
export const Sir = (p: Person): string => (p.gender === 'v' ? 'Mevrouw' : 'De heer');
export const formal = (p: Person): string => `${Sir(p)} ${p.initials} ${p.last}`;
export const geachte = (p: Person): string => `Geachte ${p.gender === 'v' ? 'mevrouw' : 'heer'} ${cap(p.last)},`;
export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
export const addressLines = (p: Person): string[] => [p.street, `${p.postcode}  ${p.city.toUpperCase()}`];

// ---------------------------------------------------------------------------------------------
// Fonts. Every file is registered under its own family name so no synthetic bold is involved.

export type FontKey = 'sans' | 'sansB' | 'sansI' | 'serif' | 'serifB' | 'serifI' | 'mono' | 'monoB' | 'cond' | 'condB' | 'hand' | 'light';
const FONT_FILES: Record<FontKey, string> = {
  sans: 'DejaVuSans.ttf',
  sansB: 'DejaVuSans-Bold.ttf',
  sansI: 'DejaVuSans-Oblique.ttf',
  serif: 'DejaVuSerif.ttf',
  serifB: 'DejaVuSerif-Bold.ttf',
  serifI: 'DejaVuSerif-Italic.ttf',
  mono: 'DejaVuSansMono.ttf',
  monoB: 'DejaVuSansMono-Bold.ttf',
  cond: 'DejaVuSansCondensed.ttf',
  condB: 'DejaVuSansCondensed-Bold.ttf',
  hand: 'DejaVuSansCondensed-Oblique.ttf',
  light: 'DejaVuSans-ExtraLight.ttf',
};
export const family = (f: FontKey): string => `IEV${f}`;
let fontsReady = false;
export function registerFonts(): void {
  if (fontsReady) return;
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  for (const [k, f] of Object.entries(FONT_FILES)) {
    if (!GlobalFonts.registerFromPath(join(dir, f), family(k as FontKey))) throw new Error(`font ${f} not registered`);
  }
  fontsReady = true;
}
export const cssFont = (f: FontKey, size: number): string => `${size}px ${family(f)}`;

const measureCtx = createCanvas(16, 16).getContext('2d');
export function tw(s: string, font: FontKey, size: number): number {
  registerFonts();
  measureCtx.font = cssFont(font, size);
  return measureCtx.measureText(s).width;
}

export function wrap(text: string, font: FontKey, size: number, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    const words = para.split(/ +/);
    let line = '';
    for (const w of words) {
      const t = line ? `${line} ${w}` : w;
      if (line && tw(t, font, size) > width) {
        out.push(line);
        line = w;
      } else line = t;
    }
    out.push(line);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Drawing vocabulary. Coordinates are PDF points on an A4 sheet, origin top-left, y = text baseline.

export const A4 = { w: 595.28, h: 841.89 };

export type Op =
  | {
      t: 'text';
      x: number;
      y: number;
      s: string;
      f: FontKey;
      size: number;
      align?: 'left' | 'right' | 'center';
      color?: string;
      rot?: number;
    }
  | { t: 'line'; x1: number; y1: number; x2: number; y2: number; w?: number; color?: string; dash?: number[] }
  | { t: 'rect'; x: number; y: number; w: number; h: number; fill?: string; stroke?: string; lw?: number; radius?: number; dash?: number[] }
  | { t: 'ellipse'; cx: number; cy: number; rx: number; ry: number; fill?: string; stroke?: string; lw?: number }
  | { t: 'poly'; pts: [number, number][]; fill?: string; stroke?: string; lw?: number; closed?: boolean; smooth?: boolean }
  | { t: 'group'; ops: Op[]; tx: number; ty: number; rot: number; alpha?: number };

export interface PageSpec {
  ops: Op[];
  /** render this page as a photocopied image even inside a text-layer PDF (ID copies) */
  photo?: boolean;
  /** a darker photocopier background, used for ID copies */
  copier?: boolean;
}

export type DocType =
  | 'payslip'
  | 'bank_statement'
  | 'change_form'
  | 'benefit_application'
  | 'objection'
  | 'complaint'
  | 'court_document'
  | 'uwv_decision'
  | 'tax_document'
  | 'rental_agreement'
  | 'holiday_notice'
  | 'medical_statement'
  | 'job_application_proof'
  | 'employment_contract'
  | 'identity_document'
  | 'debt_notice'
  | 'other';

export const DOC_TYPES: DocType[] = [
  'payslip',
  'bank_statement',
  'change_form',
  'benefit_application',
  'objection',
  'complaint',
  'court_document',
  'uwv_decision',
  'tax_document',
  'rental_agreement',
  'holiday_notice',
  'medical_statement',
  'job_application_proof',
  'employment_contract',
  'identity_document',
  'debt_notice',
  'other',
];

export interface Doc {
  type: DocType;
  clientNumber: string | null;
  language: Lang;
  pages: PageSpec[];
  /** short description for the truth file, e.g. "loonstrook week 9, FlexWerk" */
  label: string;
  /** how the pages carry numbering, for the statistics */
  numbered: boolean;
  note?: string;
}

// ---------------------------------------------------------------------------------------------
// Flow layout: text, tables and blocks poured into pages, breaking where the sheet is full.

export interface TextOpts {
  f?: FontKey;
  size?: number;
  lead?: number;
  indent?: number;
  /** first-line hanging label, e.g. "1." */
  label?: string;
  labelW?: number;
  align?: 'left' | 'right' | 'center' | 'justify';
  after?: number;
  color?: string;
  /** handwriting: small random baseline/rotation per line */
  hand?: Rng;
  width?: number;
}

export interface Col {
  w: number;
  align?: 'left' | 'right' | 'center';
  head?: string;
}

export class Flow {
  pages: Op[][] = [[]];
  y: number;
  constructor(
    public left: number,
    public right: number,
    public top: number,
    public bottom: number,
    firstTop?: number,
    /** called for every page after the first when it is opened, may draw and return a new y */
    public onNewPage?: (ops: Op[], pageIndex: number) => number,
  ) {
    this.y = firstTop ?? top;
  }
  get ops(): Op[] {
    return this.pages[this.pages.length - 1]!;
  }
  get width(): number {
    return this.right - this.left;
  }
  newPage(): void {
    this.pages.push([]);
    this.y = this.top;
    if (this.onNewPage) this.y = this.onNewPage(this.ops, this.pages.length - 1);
  }
  ensure(h: number): void {
    if (this.y + h > this.bottom) this.newPage();
  }
  space(h: number): void {
    this.y += h;
  }
  text(s: string, o: TextOpts = {}): void {
    const f = o.f ?? 'sans';
    const size = o.size ?? 10;
    const lead = o.lead ?? size * 1.42;
    const indent = o.indent ?? 0;
    const width = (o.width ?? this.width) - indent;
    const lines = wrap(s, f, size, width);
    lines.forEach((line, i) => {
      this.ensure(lead);
      const x = this.left + indent;
      if (i === 0 && o.label) this.ops.push({ t: 'text', x: x - (o.labelW ?? 18), y: this.y + size, s: o.label, f, size, color: o.color });
      const jitter = o.hand
        ? { dy: o.hand.float(-1.2, 1.2), dx: o.hand.float(-2, 2), rot: o.hand.float(-0.008, 0.008) }
        : { dy: 0, dx: 0, rot: 0 };
      const align = o.align === 'justify' ? 'left' : o.align;
      const ax = align === 'right' ? x + width : align === 'center' ? x + width / 2 : x;
      if (o.align === 'justify' && i < lines.length - 1 && line.includes(' ')) {
        // naive justification: spread words over the width
        const words = line.split(' ');
        const total = words.reduce((a, w) => a + tw(w, f, size), 0);
        const gap = (width - total) / (words.length - 1);
        let cx = x;
        for (const w of words) {
          this.ops.push({ t: 'text', x: cx, y: this.y + size, s: w, f, size, color: o.color });
          cx += tw(w, f, size) + gap;
        }
      } else {
        this.ops.push({
          t: 'text',
          x: ax + jitter.dx,
          y: this.y + size + jitter.dy,
          s: line,
          f,
          size,
          align,
          color: o.color,
          rot: jitter.rot || undefined,
        });
      }
      this.y += lead;
    });
    this.y += o.after ?? 0;
  }
  /** several paragraphs separated by a blank-ish gap */
  paras(ps: string[], o: TextOpts = {}): void {
    for (const p of ps) this.text(p, { after: (o.size ?? 10) * 0.75, ...o });
  }
  bullets(items: string[], o: TextOpts & { bullet?: string } = {}): void {
    for (const it of items) this.text(it, { indent: (o.indent ?? 0) + 16, label: o.bullet ?? '•', labelW: 12, ...o, after: 2 });
    this.y += 4;
  }
  /** label/value pairs in two columns */
  kv(
    rows: [string, string][],
    o: { labelW?: number; f?: FontKey; vf?: FontKey; size?: number; lead?: number; indent?: number; vsize?: number } = {},
  ): void {
    const size = o.size ?? 9.5;
    const lead = o.lead ?? size * 1.5;
    for (const [k, v] of rows) {
      const vlines = wrap(v, o.vf ?? 'sans', o.vsize ?? size, this.width - (o.labelW ?? 150) - (o.indent ?? 0));
      this.ensure(lead * vlines.length);
      this.ops.push({ t: 'text', x: this.left + (o.indent ?? 0), y: this.y + size, s: k, f: o.f ?? 'sans', size });
      vlines.forEach((vl, i) => {
        this.ops.push({
          t: 'text',
          x: this.left + (o.indent ?? 0) + (o.labelW ?? 150),
          y: this.y + size + i * lead,
          s: vl,
          f: o.vf ?? 'sans',
          size: o.vsize ?? size,
        });
      });
      this.y += lead * vlines.length;
    }
  }
  table(
    cols: Col[],
    rows: string[][],
    o: {
      size?: number;
      f?: FontKey;
      hf?: FontKey;
      rowH?: number;
      head?: boolean;
      repeatHead?: boolean;
      zebra?: string;
      grid?: boolean;
      headFill?: string;
      bold?: Set<number>;
      rule?: boolean;
    } = {},
  ): void {
    const size = o.size ?? 8.5;
    const rowH = o.rowH ?? size * 1.75;
    const totalW = cols.reduce((a, c) => a + c.w, 0);
    const drawHead = () => {
      if (o.head === false) return;
      this.ensure(rowH * 2);
      if (o.headFill) this.ops.push({ t: 'rect', x: this.left, y: this.y, w: totalW, h: rowH, fill: o.headFill });
      let x = this.left;
      for (const c of cols) {
        const ax = c.align === 'right' ? x + c.w - 3 : c.align === 'center' ? x + c.w / 2 : x + 3;
        this.ops.push({ t: 'text', x: ax, y: this.y + rowH * 0.68, s: c.head ?? '', f: o.hf ?? 'sansB', size, align: c.align });
        x += c.w;
      }
      this.ops.push({ t: 'line', x1: this.left, y1: this.y + rowH, x2: this.left + totalW, y2: this.y + rowH, w: 0.7 });
      this.y += rowH;
    };
    drawHead();
    rows.forEach((row, ri) => {
      if (this.y + rowH > this.bottom) {
        this.newPage();
        if (o.repeatHead) drawHead();
      }
      if (o.zebra && ri % 2 === 1) this.ops.push({ t: 'rect', x: this.left, y: this.y, w: totalW, h: rowH, fill: o.zebra });
      let x = this.left;
      const bold = o.bold?.has(ri);
      row.forEach((cell, ci) => {
        const c = cols[ci]!;
        const ax = c.align === 'right' ? x + c.w - 3 : c.align === 'center' ? x + c.w / 2 : x + 3;
        this.ops.push({
          t: 'text',
          x: ax,
          y: this.y + rowH * 0.68,
          s: cell,
          f: bold ? (o.hf ?? 'sansB') : (o.f ?? 'sans'),
          size,
          align: c.align,
        });
        if (o.grid) this.ops.push({ t: 'rect', x, y: this.y, w: c.w, h: rowH, stroke: '#555', lw: 0.4 });
        x += c.w;
      });
      if (o.rule)
        this.ops.push({ t: 'line', x1: this.left, y1: this.y + rowH, x2: this.left + totalW, y2: this.y + rowH, w: 0.3, color: '#999' });
      this.y += rowH;
    });
  }
  /** a block of known height drawn by a callback; moves to a new page when it does not fit */
  block(h: number, draw: (ops: Op[], y: number) => void): void {
    this.ensure(h);
    draw(this.ops, this.y);
    this.y += h;
  }
  heading(s: string, o: { f?: FontKey; size?: number; before?: number; after?: number; color?: string } = {}): void {
    const size = o.size ?? 11;
    this.y += o.before ?? 6;
    this.ensure(size * 3.2);
    this.ops.push({ t: 'text', x: this.left, y: this.y + size, s, f: o.f ?? 'sansB', size, color: o.color });
    this.y += size * 1.5 + (o.after ?? 2);
  }
}

// ---------------------------------------------------------------------------------------------
// Page numbering styles used by the documents. "none" is common and deliberate.

export type NumStyle = 'none' | 'paginaXvanN' | 'XslashN' | 'bladX' | 'bladXvanN' | 'dashX' | 'paginaX' | 'pageXofN' | 'bare';
export function pageLabel(style: NumStyle, i: number, n: number): string | null {
  const k = i + 1;
  switch (style) {
    case 'none':
      return null;
    case 'paginaXvanN':
      return `pagina ${k} van ${n}`;
    case 'XslashN':
      return `${k}/${n}`;
    case 'bladX':
      return `blad ${k}`;
    case 'bladXvanN':
      return `Blad ${k} van ${n}`;
    case 'dashX':
      return `- ${k} -`;
    case 'paginaX':
      return `Pagina ${k}`;
    case 'pageXofN':
      return `Page ${k} of ${n}`;
    case 'bare':
      return `${k}`;
  }
}

export type NumPos = 'bottom-center' | 'bottom-right' | 'top-right' | 'bottom-left';

export function numberOps(
  style: NumStyle,
  pos: NumPos,
  i: number,
  n: number,
  o: { size?: number; f?: FontKey; skipFirst?: boolean } = {},
): Op[] {
  const s = pageLabel(style, i, n);
  if (!s || (o.skipFirst && i === 0)) return [];
  const size = o.size ?? 8;
  const f = o.f ?? 'sans';
  switch (pos) {
    case 'bottom-center':
      return [{ t: 'text', x: A4.w / 2, y: A4.h - 30, s, f, size, align: 'center' }];
    case 'bottom-right':
      return [{ t: 'text', x: A4.w - 56, y: A4.h - 30, s, f, size, align: 'right' }];
    case 'bottom-left':
      return [{ t: 'text', x: 56, y: A4.h - 30, s, f, size }];
    case 'top-right':
      return [{ t: 'text', x: A4.w - 56, y: 34, s, f, size, align: 'right' }];
  }
}

/** a scribbled signature inside the box (x, y, w, h); deterministic per rng */
export function signature(r: Rng, x: number, y: number, w: number, h: number, color = '#1b2a6b'): Op[] {
  const pts: [number, number][] = [];
  const n = r.int(7, 13);
  for (let i = 0; i < n; i++) {
    const px = x + (w * i) / (n - 1) + r.float(-w * 0.06, w * 0.06);
    const py = y + h * 0.5 + r.gauss() * h * 0.28;
    pts.push([px, py]);
  }
  const ops: Op[] = [{ t: 'poly', pts, stroke: color, lw: 1.1, smooth: true }];
  if (r.chance(0.6)) {
    const lx = x + r.float(0, w * 0.3);
    ops.push({
      t: 'poly',
      pts: [
        [lx, y + h * 0.85],
        [lx + w * r.float(0.4, 0.8), y + h * r.float(0.7, 0.95)],
      ],
      stroke: color,
      lw: 0.9,
      smooth: false,
    });
  }
  if (r.chance(0.4)) {
    const cx = x + r.float(0.05, 0.25) * w;
    ops.push({ t: 'ellipse', cx, cy: y + h * 0.45, rx: r.float(4, 9), ry: r.float(5, 10), stroke: color, lw: 1 });
  }
  return ops;
}

/** a rectangular rubber stamp, slightly rotated */
export function stamp(x: number, y: number, lines: string[], rot: number, color = '#a01c1c'): Op {
  const w = Math.max(...lines.map((l, i) => tw(l, i === 0 ? 'sansB' : 'sans', i === 0 ? 10 : 8))) + 16;
  const h = 10 + lines.length * 12;
  const ops: Op[] = [
    { t: 'rect', x: -w / 2, y: -h / 2, w, h, stroke: color, lw: 1.6, radius: 3 },
    ...lines.map(
      (l, i): Op => ({
        t: 'text',
        x: 0,
        y: -h / 2 + 16 + i * 12,
        s: l,
        f: i === 0 ? 'sansB' : 'sans',
        size: i === 0 ? 10 : 8,
        align: 'center',
        color,
      }),
    ),
  ];
  return { t: 'group', ops, tx: x, ty: y, rot, alpha: 0.85 };
}
