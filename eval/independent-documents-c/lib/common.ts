// Shared facts for the document texts: the directory clients, Dutch identifiers, dates.
import { readFileSync } from 'node:fs';
import { rng, seedOf } from './rng.ts';
import type { Doc } from './sheet.ts';

export interface Client {
  clientNumber: string;
  bsn: string;
  name: string;
  birthDate: string;
  address: string;
  language: string;
}
const dir = JSON.parse(readFileSync(new URL('../../../examples/directory.json', import.meta.url), 'utf8')) as { clients: Client[] };
export const CLIENTS = dir.clients;
export function C(num: string): Client & { street: string; city: string; first: string; last: string } {
  const c = CLIENTS.find((x) => x.clientNumber === num);
  if (!c) throw new Error(`no client ${num}`);
  const [street, city] = c.address.split(', ') as [string, string];
  const parts = c.name.split(' ');
  return { ...c, street, city, first: parts[0]!, last: parts.slice(1).join(' ') };
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
export type Lang = 'nl' | 'en' | 'tr' | 'ar' | 'pl' | 'uk';
export type Render = 'digital' | 'scan' | 'photo' | 'fax';

export interface Spec {
  slug: string;
  type: DocType;
  /** The directory client a careful reader can establish from the document alone. */
  client: string | null;
  /** Identifiers of two different directory clients. */
  conflict?: [string, string];
  language: Lang;
  render: Render;
  /** jpg/png: the photo or scan as a bare image file instead of a PDF. */
  ext?: 'pdf' | 'jpg' | 'png';
  label: string;
  /** ISO date used as the PDF creation date. */
  date: string;
  author?: string;
  /** Raster resolution override. */
  dpi?: number;
  build: () => Doc;
}

export function elfproef(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn) || bsn === '000000000') return false;
  let s = 0;
  for (let i = 0; i < 8; i++) s += (9 - i) * Number(bsn[i]);
  s -= Number(bsn[8]);
  return s % 11 === 0;
}

/** A BSN with two neighbouring digits swapped (or one digit off) that fails the elfproef. */
export function typoBsn(bsn: string, at = 4): string {
  for (let k = 0; k < 9; k++) {
    const i = (at + k) % 8;
    const d = bsn.split('');
    [d[i], d[i + 1]] = [d[i + 1]!, d[i]!];
    const t = d.join('');
    if (t !== bsn && !elfproef(t)) return t;
  }
  const t = bsn.slice(0, 8) + String((Number(bsn[8]) + 3) % 10);
  if (elfproef(t)) throw new Error('typo failed');
  return t;
}

/** A valid BSN of somebody not in the directory. */
export function strangerBsn(who: string): string {
  const r = rng(seedOf(who));
  for (;;) {
    const d = [1 + Math.floor(r() * 7)];
    for (let i = 1; i < 8; i++) d.push(Math.floor(r() * 10));
    let s = 0;
    for (let i = 0; i < 8; i++) s += (9 - i) * d[i]!;
    const last = s % 11;
    if (last === 10) continue;
    const bsn = d.join('') + String(last);
    if (elfproef(bsn) && !CLIENTS.some((c) => c.bsn === bsn)) return bsn;
  }
}

/** A Dutch IBAN with correct check digits. */
export function iban(bank: string, seed: string): string {
  const r = rng(seedOf(seed));
  const acct = Array.from({ length: 10 }, () => Math.floor(r() * 10)).join('');
  const num = (bank + acct + 'NL00').replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let m = 0;
  for (const ch of num) m = (m * 10 + Number(ch)) % 97;
  const check = String(98 - m).padStart(2, '0');
  return `NL${check}${bank}${acct}`;
}
export const groupIban = (s: string) => s.replace(/(.{4})/g, '$1 ').trim();

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
export function dmy(iso: string, sep = '-'): string {
  const [y, m, d] = iso.split('-');
  return `${d}${sep}${m}${sep}${y}`;
}
export function nlLong(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${NL_MONTHS[m! - 1]} ${y}`;
}
export function enLong(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${EN_MONTHS[m! - 1]} ${y}`;
}
/** 1234.5 → "1.234,50" (Dutch notation, no locale data needed). */
export function euro(n: number): string {
  const neg = n < 0;
  const [int, dec] = Math.abs(n).toFixed(2).split('.') as [string, string];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${neg ? '-' : ''}${grouped},${dec}`;
}
