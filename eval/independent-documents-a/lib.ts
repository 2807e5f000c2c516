/** People, formatting and letter layouts shared by the document builders of set A. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Doc, type FontKey, INK, mm } from './render.ts';

export interface Person {
  kn: string;
  bsn: string;
  name: string;
  first: string;
  last: string;
  initials: string;
  birth: string;
  street: string;
  pc: string;
  city: string;
  email?: string;
}

interface DirClient {
  clientNumber: string;
  bsn: string;
  name: string;
  birthDate: string;
  address: string;
  email?: string;
}

const dirPath = fileURLToPath(new URL('../../examples/directory.json', import.meta.url));
const directory = JSON.parse(readFileSync(dirPath, 'utf8')) as { clients: DirClient[] };

function split(name: string): { first: string; last: string; initials: string } {
  const parts = name.split(' ');
  const first = parts[0]!;
  const last = parts.slice(1).join(' ');
  const initials = `${first[0]}.`;
  return { first, last, initials };
}

export function client(kn: string): Person {
  const c = directory.clients.find((x) => x.clientNumber === kn);
  if (!c) throw new Error(`no client ${kn}`);
  const [street, rest] = c.address.split(', ') as [string, string];
  const pc = rest.slice(0, 7);
  const city = rest.slice(8);
  return { kn, bsn: c.bsn, name: c.name, ...split(c.name), birth: c.birthDate, street, pc, city, email: c.email };
}

export function elfproef(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn) || bsn === '000000000') return false;
  const d = [...bsn].map(Number);
  let s = 0;
  for (let i = 0; i < 8; i++) s += (9 - i) * d[i]!;
  return (s - d[8]!) % 11 === 0;
}

/** People who are not in the directory (valid, made-up BSNs). */
export function stranger(name: string, bsn: string, birth: string, street: string, pc: string, city = 'Voorbeeld'): Person {
  if (!elfproef(bsn)) throw new Error(`stranger BSN ${bsn} fails the elfproef`);
  if (directory.clients.some((c) => c.bsn === bsn)) throw new Error(`stranger BSN ${bsn} is a client's`);
  return { kn: '', bsn, name, ...split(name), birth, street, pc, city };
}

/** A BSN with one digit changed: what OCR or a hurried hand makes of it (fails the elfproef). */
export function typoBsn(bsn: string, pos: number, digit: number): string {
  const t = bsn.slice(0, pos) + String(digit) + bsn.slice(pos + 1);
  if (elfproef(t)) throw new Error('typo is still valid');
  return t;
}

const MONTHS_NL = [
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
const MONTHS_EN = [
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

export function month(m: number, lang: 'nl' | 'en' = 'nl'): string {
  return (lang === 'nl' ? MONTHS_NL : MONTHS_EN)[m - 1]!;
}

/** 2026-03-05 → "5 maart 2026" | "05-03-2026" | "5-3-2026" | "5 March 2026" | "05.03.2026". */
export function date(iso: string, style: 'long' | 'num' | 'short' | 'en' | 'dot' = 'long'): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const dd = String(d).padStart(2, '0');
  const mmm = String(m).padStart(2, '0');
  if (style === 'long') return `${d} ${month(m)} ${y}`;
  if (style === 'num') return `${dd}-${mmm}-${y}`;
  if (style === 'short') return `${d}-${m}-${y}`;
  if (style === 'dot') return `${dd}.${mmm}.${y}`;
  return `${d} ${month(m, 'en')} ${y}`;
}

export function eur(n: number, sign = true): string {
  const neg = n < 0;
  const [i, f] = Math.abs(n).toFixed(2).split('.') as [string, string];
  const int = i.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${neg ? '-' : ''}${sign ? '€ ' : ''}${int},${f}`;
}

export function bsnDots(b: string): string {
  return `${b.slice(0, 4)}.${b.slice(4, 6)}.${b.slice(6)}`;
}
export function bsnSpaced(b: string): string {
  return `${b.slice(0, 3)} ${b.slice(3, 6)} ${b.slice(6)}`;
}

export const GEMEENTE = ['Gemeente Voorbeeld', 'Afdeling Werk & Inkomen', 'Postbus 1234', '1230 AA  Voorbeeld'];

export interface LetterOpts {
  font?: FontKey;
  size?: number;
  /** Sender lines at the top (right-aligned block if senderRight). */
  sender?: string[];
  senderRight?: boolean;
  to?: string[];
  place?: string;
  subject?: string;
  /** Reference lines under the subject (label: value). */
  refs?: string[];
  salutation?: string;
  body: string[];
  closing?: string;
  signature?: string;
  signedBy?: string[];
  hand?: boolean;
  rtl?: boolean;
  margin?: number;
}

/** A plain letter, as a person types (or writes) it. */
export function letter(o: LetterOpts): Doc {
  const d = new Doc({ font: o.font ?? 'sans', size: o.size ?? 10.5, margin: o.margin ?? 24, top: 20 });
  const hand = o.hand ?? false;
  const color = hand ? INK.pen! : INK.black!;
  const align = o.rtl ? 'right' : 'left';
  if (o.sender) {
    if (o.senderRight) d.text(o.sender.join('\n'), { align: 'right', color, hand, rtl: o.rtl });
    else d.text(o.sender.join('\n'), { color, hand, rtl: o.rtl, align });
    d.gap(8);
  }
  if (o.to) {
    d.text(o.to.join('\n'), { color, hand, rtl: o.rtl, align });
    d.gap(8);
  }
  if (o.place) d.text(o.place, { color, hand, align: o.rtl ? 'left' : 'left' }).gap(3);
  if (o.subject) d.text(o.subject, { font: hand ? d.font : o.font === 'serif' ? 'serifB' : 'sansB', color, hand, rtl: o.rtl, align });
  if (o.refs) d.text(o.refs.join('\n'), { color, hand, rtl: o.rtl, align });
  d.gap(6);
  if (o.salutation) d.text(o.salutation, { color, hand, rtl: o.rtl, align }).gap(2);
  for (const p of o.body) {
    d.text(p, { color, hand, rtl: o.rtl, align, lh: hand ? 1.55 : 1.4 });
    d.gap(hand ? 2.5 : 3);
  }
  if (o.closing) d.gap(2).text(o.closing, { color, hand, rtl: o.rtl, align });
  if (o.signature) {
    d.gap(3);
    d.text(o.signature, { font: 'hand2', size: 16, color: INK.pen!, hand: true, align: o.rtl ? 'right' : 'left' });
  }
  if (o.signedBy) d.gap(2).text(o.signedBy.join('\n'), { color, hand, rtl: o.rtl, align });
  return d;
}

/** Letterhead of an organisation: a coloured mark with initials and the name, address lines right. */
export function letterhead(
  d: Doc,
  name: string,
  lines: string[],
  color: [number, number, number],
  style: 'block' | 'bar' | 'plain' = 'block',
): void {
  const top = d.yMm;
  if (style === 'block') {
    d.rect(22, top, 14, 14, { fill: color });
    const ini = name
      .split(/\s+/)
      .filter((w) => /^[A-Z]/.test(w))
      .slice(0, 2)
      .map((w) => w[0])
      .join('');
    d.put(ini, 24, top + 9.5, { font: 'sansB', size: 14, color: [1, 1, 1] });
    d.put(name, 40, top + 6, { font: 'sansB', size: 14, color });
    d.put(lines[0] ?? '', 40, top + 11.5, { size: 8, color: INK.grey });
  } else if (style === 'bar') {
    d.rect(0, top - 18, 210, 6, { fill: color });
    d.put(name, 22, top + 4, { font: 'serifB', size: 17, color });
  } else {
    d.put(name.toUpperCase(), 22, top + 5, { font: 'sansB', size: 12, color });
  }
  let y = top + 3;
  for (const l of style === 'block' ? lines.slice(1) : lines) {
    d.put(l, 188, y, { size: 7.5, color: INK.grey, align: 'right' });
    y += 3.4;
  }
  d.at(Math.max(top + 22, y + 4));
}

export { Doc, INK, mm };
