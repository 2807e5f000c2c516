import type { DocumentTypeId } from '../../shared/domain/document-types.ts';
import { formatIban, type Person } from './people.ts';
import type { Rng } from './random.ts';

/**
 * A template is one issuer's layout of one document type (ING's statement, an AFAS payslip, a
 * client's handwritten objection). It renders pages of text lines from a context that holds the
 * person the document is about and which identifying evidence it should carry.
 */
export type Lang = 'nl' | 'en' | 'tr' | 'pl' | 'uk' | 'ar';
export type Page = string[];

/** What identifies the client in a document; the generator controls the mix and records it. */
export type ClientEvidence = 'bsn' | 'client-number' | 'name-birthdate' | 'none' | 'unknown' | 'conflict';

/** How the page looks on paper: typed/printed, a form filled in by hand, or a handwritten letter. */
export type PageStyle = 'printed' | 'form' | 'handwritten';

export interface Show {
  bsn: boolean;
  clientNumber: boolean;
  birthDate: boolean;
}

export interface Org {
  name: string;
  city: string;
  postbus: string;
  phone: string;
  website: string;
}

export interface Ctx {
  rng: Rng;
  /** The person the document is about (a directory client, or unknown to the directory). */
  p: Person;
  /** Another person (partner, housemate, landlord, colleague); a directory client in conflict cases. */
  q: Person;
  /** A third random person for names in the document (a judge, a doctor, a manager). */
  r: Person;
  show: Show;
  /** The document's own date. */
  date: Date;
  org: Org;
}

export interface Template {
  id: string;
  /** Templates built on another's layout share its group, so they land in the same split. Default: the id. */
  group?: string;
  type: DocumentTypeId;
  lang: Lang;
  style: PageStyle;
  /** Relative frequency within its type. */
  weight?: number;
  /** Evidence the layout can carry natively; other evidence is added as a note (e.g. a client number written on top). */
  supports: ('bsn' | 'client-number' | 'name-birthdate')[];
  render(c: Ctx): Page[];
}

// ---------------------------------------------------------------------------------------------
// Formatting helpers

export const MONTHS_NL = [
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
export const MONTHS_EN = [
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
export const MONTHS_SHORT = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const DAYS_NL = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];

const pad = (n: number) => String(n).padStart(2, '0');

export type DateStyle = 'dmy' | 'long' | 'iso' | 'slash' | 'en' | 'dot' | 'short' | 'weekday';

export function fmtDate(d: Date, style: DateStyle = 'dmy'): string {
  const day = d.getUTCDate();
  const m = d.getUTCMonth();
  const y = d.getUTCFullYear();
  switch (style) {
    case 'dmy':
      return `${pad(day)}-${pad(m + 1)}-${y}`;
    case 'long':
      return `${day} ${MONTHS_NL[m]} ${y}`;
    case 'iso':
      return `${y}-${pad(m + 1)}-${pad(day)}`;
    case 'slash':
      return `${pad(day)}/${pad(m + 1)}/${y}`;
    case 'en':
      return `${day} ${MONTHS_EN[m]} ${y}`;
    case 'dot':
      return `${pad(day)}.${pad(m + 1)}.${y}`;
    case 'short':
      return `${pad(day)}-${pad(m + 1)}`;
    case 'weekday':
      return `${DAYS_NL[d.getUTCDay()]} ${day} ${MONTHS_NL[m]} ${y}`;
  }
}

export function isoToDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function fmtIso(iso: string, style: DateStyle = 'dmy'): string {
  return fmtDate(isoToDate(iso), style);
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

export function monthName(d: Date, lang: Lang = 'nl'): string {
  return (lang === 'nl' ? MONTHS_NL : MONTHS_EN)[d.getUTCMonth()] as string;
}

/** Euro amounts the Dutch way: 1.234,56 */
export function money(x: number, opts: { euro?: boolean; sign?: boolean } = {}): string {
  const neg = x < 0;
  const [int, dec] = Math.abs(x).toFixed(2).split('.') as [string, string];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const s = `${grouped},${dec}`;
  const signed = neg ? `-${s}` : opts.sign ? `+${s}` : s;
  return opts.euro ? `€ ${signed}` : signed;
}

/** Euro amounts the English way: 1,234.56 */
export function moneyEn(x: number): string {
  return `€${x.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

/** Pads columns so a row looks like a printed table. */
export function row(cols: (string | number)[], widths: number[]): string {
  return cols
    .map((c, i) => {
      const s = String(c);
      const w = widths[i] ?? s.length;
      return i === cols.length - 1 || /^[-+]?[€\d]/.test(s) ? s.padStart(w) : s.padEnd(w);
    })
    .join(' ');
}

export function address(p: Person): string[] {
  return [p.name, `${p.street} ${p.houseNumber}`, `${p.postcode} ${p.city.toUpperCase()}`];
}

export function addressFormal(p: Person, rng: Rng): string[] {
  const title = p.gender === 'f' ? 'Mevrouw' : 'De heer';
  const name = rng.chance(0.6) ? `${title} ${p.initials} ${p.lastName}` : rng.chance(0.5) ? `${p.initials} ${p.lastName}` : p.name;
  return [name, `${p.street} ${p.houseNumber}`, `${p.postcode}  ${p.city.toUpperCase()}`];
}

export function salutation(p: Person, rng: Rng, lang: Lang = 'nl'): string {
  if (lang === 'en')
    return rng.pick([`Dear ${p.gender === 'f' ? 'Ms' : 'Mr'} ${p.lastName},`, 'Dear Sir or Madam,', `Dear ${p.firstName},`]);
  const title = p.gender === 'f' ? 'mevrouw' : 'heer';
  return rng.pick([
    `Geachte ${title} ${p.lastName},`,
    `Geachte ${p.gender === 'f' ? 'mevrouw' : 'meneer'} ${p.lastName},`,
    'Geachte heer/mevrouw,',
    `Beste ${p.firstName},`,
  ]);
}

export function bsnLabel(rng: Rng, lang: Lang = 'nl'): string {
  if (lang === 'en') return rng.pick(['BSN', 'Citizen service number (BSN)', 'BSN', 'Burgerservicenummer']);
  return rng.pick(['BSN', 'BSN', 'Burgerservicenummer', 'BSN-nummer', 'Sofinummer', 'burgerservicenummer', 'BSN nr.']);
}

export function fmtBsn(bsn: string, rng: Rng): string {
  return rng.weighted([
    [bsn, 6],
    [`${bsn.slice(0, 4)}.${bsn.slice(4, 6)}.${bsn.slice(6)}`, 2],
    [`${bsn.slice(0, 3)} ${bsn.slice(3, 6)} ${bsn.slice(6)}`, 1],
  ]);
}

export function clientNumberLabel(rng: Rng, lang: Lang = 'nl'): string {
  if (lang === 'en') return rng.pick(['Client number', 'Client no.', 'Reference', 'Klantnummer']);
  return rng.pick(['Klantnummer', 'Klantnr.', 'klantnummer', 'Dossiernummer', 'Uw klantnummer', 'Relatienummer gemeente', 'Klantnr']);
}

/** The labelled BSN line, when this document shows it. */
export function bsnLine(c: Ctx, lang: Lang = 'nl', sep = ': '): string[] {
  return c.show.bsn ? [`${bsnLabel(c.rng, lang)}${sep}${fmtBsn(c.p.bsn, c.rng)}`] : [];
}

export function clientLine(c: Ctx, lang: Lang = 'nl', sep = ': '): string[] {
  return c.show.clientNumber && c.p.clientNumber ? [`${clientNumberLabel(c.rng, lang)}${sep}${c.p.clientNumber}`] : [];
}

export function birthLine(c: Ctx, lang: Lang = 'nl', sep = ': '): string[] {
  if (!c.show.birthDate) return [];
  const label =
    lang === 'en' ? c.rng.pick(['Date of birth', 'DOB', 'Born']) : c.rng.pick(['Geboortedatum', 'Geb. datum', 'geboren', 'Geboortedatum']);
  return [
    `${label}${sep}${fmtIso(c.p.birthDate, lang === 'en' ? c.rng.pick(['en', 'dmy', 'slash'] as const) : c.rng.pick(['dmy', 'dmy', 'long', 'slash'] as const))}`,
  ];
}

export function ibanText(iban: string, rng: Rng): string {
  return rng.chance(0.7) ? formatIban(iban) : iban;
}

export function kenmerk(rng: Rng, prefix = ''): string {
  return `${prefix}${rng.int(2025, 2026)}-${rng.digits(rng.int(5, 7))}`;
}

/** Splits long content over pages of at most `size` lines, with optional header and footer makers. */
export function paginate(
  lines: string[],
  size: number,
  header?: (page: number, total: number) => string[],
  footer?: (page: number, total: number) => string[],
): Page[] {
  const chunks: string[][] = [];
  for (let i = 0; i < lines.length; i += size) chunks.push(lines.slice(i, i + size));
  if (chunks.length === 0) chunks.push([]);
  const total = chunks.length;
  return chunks.map((chunk, i) => [...(header?.(i + 1, total) ?? []), ...chunk, ...(footer?.(i + 1, total) ?? [])]);
}

/** Wraps a paragraph to lines of about `width` characters. */
export function wrap(text: string, width = 88): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      if (line && line.length + word.length + 1 > width) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
  }
  return out;
}

/** Several paragraphs, wrapped, separated by blank lines. */
export function paras(width: number, ...texts: (string | false | undefined | null)[]): string[] {
  const out: string[] = [];
  for (const t of texts) {
    if (!t) continue;
    if (out.length) out.push('');
    out.push(...wrap(t, width));
  }
  return out;
}

/** Picks one variant; shorthand for template text with alternatives. */
export function one(rng: Rng, ...variants: string[]): string {
  return rng.pick(variants);
}

export function maybe<T>(rng: Rng, p: number, value: () => T[]): T[] {
  return rng.chance(p) ? value() : [];
}

// ---------------------------------------------------------------------------------------------
// Client writing: spelling mistakes as clients make them

const SWAPS: [RegExp, string][] = [
  [/\bik word\b/g, 'ik wordt'],
  [/\bhij wordt\b/g, 'hij word'],
  [/\bik vind\b/g, 'ik vindt'],
  [/\bgebeurd\b/g, 'gebeurt'],
  [/\bgebeurt\b/g, 'gebeurd'],
  [/\bbeantwoord\b/g, 'beantwoordt'],
  [/\bhebben\b/g, 'hebbe'],
  [/\bmijn\b/g, 'mij'],
  [/\bzijn\b/g, 'zijn'],
  [/\bgeen\b/g, 'gene'],
  [/\bomdat\b/g, 'om dat'],
  [/\bbijstand\b/g, 'bijstant'],
  [/\buitkering\b/g, 'uitkeering'],
  [/\bgemeente\b/g, 'gemeete'],
  [/\bbezwaar\b/g, 'bezwaar'],
  [/\bverhuisd\b/g, 'verhuist'],
  [/\balstublieft\b/g, 'alstublieft'],
  [/\bgeld\b/g, 'gelt'],
  [/\bhierbij\b/g, 'hier bij'],
  [/\bmeteen\b/g, 'meteeen'],
  [/\bbrief\b/g, 'brief'],
  [/\bwant\b/g, 'wand'],
  [/\bschulden\b/g, 'schuldenn'],
  [/\bereg\b/g, 'erg'],
  [/ij/g, 'y'],
  [/\bmaand\b/g, 'maant'],
  [/\bdank u wel\b/g, 'dankuwel'],
  [/\bnatuurlijk\b/g, 'natuurlyk'],
  [/\bmisschien\b/g, 'misschein'],
  [/\bbellen\b/g, 'belle'],
  [/\bgehad\b/g, 'gehat'],
  [/\bbetalen\b/g, 'betaalen'],
];

/** Rewrites text the way a client with little schooling in Dutch might write it. */
export function sloppy(text: string, rng: Rng, level = 0.5): string {
  let t = text;
  for (const [re, to] of SWAPS) if (rng.chance(level * 0.35)) t = t.replace(re, to);
  if (rng.chance(level))
    t = t.replace(/([.!?]) ([A-Z])/g, (_, p: string, ch: string) => (rng.chance(0.5) ? `${p} ${ch.toLowerCase()}` : `${p} ${ch}`));
  if (rng.chance(level * 0.5)) t = t.replace(/,/g, () => (rng.chance(0.5) ? '' : ','));
  if (rng.chance(level * 0.4)) t = t.replace(/\./g, () => (rng.chance(0.3) ? '..' : '.'));
  // Letters dropped or doubled here and there.
  t = t.replace(/[a-z]{5,}/g, (w) => {
    if (!rng.chance(level * 0.08)) return w;
    const i = rng.int(1, w.length - 2);
    return rng.chance(0.5) ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i) + w[i] + w.slice(i);
  });
  return t;
}

/** How a writer labels the client's identifiers: one label each, or several to pick one from. */
export interface IdLabels {
  bsn?: string | readonly string[];
  client?: string | readonly string[];
  birth?: string | readonly string[];
}

export interface IdLineOptions {
  sep?: string;
  birthStyle?: DateStyle;
  /** 'plain': the nine digits as they are; 'formatted' (default): as `fmtBsn` writes them. */
  bsn?: 'formatted' | 'plain';
}

/** The client's identifying lines the document shows (`c.show`), with the writer's own labels (Dutch ones where none is given). */
export function idLines(
  c: Ctx,
  labels: IdLabels = {},
  { sep = ': ', birthStyle = 'dmy', bsn = 'formatted' }: IdLineOptions = {},
): string[] {
  const label = (l: string | readonly string[] | undefined, dutch: string) =>
    l === undefined ? dutch : typeof l === 'string' ? l : c.rng.pick(l);
  return [
    ...(c.show.bsn ? [`${label(labels.bsn, 'BSN')}${sep}${bsn === 'plain' ? c.p.bsn : fmtBsn(c.p.bsn, c.rng)}`] : []),
    ...(c.show.clientNumber && c.p.clientNumber ? [`${label(labels.client, 'Klantnummer')}${sep}${c.p.clientNumber}`] : []),
    ...(c.show.birthDate ? [`${label(labels.birth, 'Geboortedatum')}${sep}${fmtIso(c.p.birthDate, birthStyle)}`] : []),
  ];
}

/** The same on one line, the way people squeeze it under their name. */
export function idLine(c: Ctx, labels: IdLabels = {}, joiner = '  -  ', options: Omit<IdLineOptions, 'sep'> = {}): string[] {
  const parts = idLines(c, labels, { ...options, sep: ' ' });
  return parts.length ? [parts.join(joiner)] : [];
}

/** An IBAN in groups of four, the way banks print it. */
export function formatIbanSafe(iban: string): string {
  return iban.replace(/(.{4})/g, '$1 ').trim();
}

// Small helpers the template files share.

/** A date `min`–`max` days before the document's date. */
export const past = (c: Ctx, min: number, max: number) => addDays(c.date, -c.rng.int(min, max));
/** A date `min`–`max` days after the document's date. */
export const ahead = (c: Ctx, min: number, max: number) => addDays(c.date, c.rng.int(min, max));
/** A time of day between the hours `from` and `to`, "9:07". */
export const clock = (c: Ctx, from: number, to: number) => `${c.rng.int(from, to)}:${String(c.rng.int(0, 59)).padStart(2, '0')}`;
/** The word for the client's gender: `m` or `f`. */
export const he = (c: Ctx, m: string, f: string) => (c.p.gender === 'f' ? f : m);
/** The client's evidence lines (`label: value`), only those `c.show` asks for. */
export const ids = (c: Ctx, l: IdLabels = {}, sep = ': ', style: DateStyle = 'dmy') => idLines(c, l, { sep, birthStyle: style });
