/** Layouts real senders use: letterheads, printed e-mails, forms, payslips, bank statements. */
import { type Color, type FontId, INK, Page } from './render.ts';

export interface Client {
  clientNumber: string;
  bsn: string;
  name: string;
  birthDate: string;
  email?: string;
  language: string;
  address: string;
}

export const GEMEENTE = ['Gemeente Voorbeeld', 't.a.v. afdeling Werk en Inkomen', 'Postbus 1234', '1230 AA  Voorbeeld'];

export function nlDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}

export function longDate(iso: string): string {
  const months = [
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
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${months[(m ?? 1) - 1]} ${y}`;
}

export function addrLines(c: { address: string }): string[] {
  const [street, city] = c.address.split(', ');
  return [street ?? '', city ?? ''];
}

export function initials(name: string): string {
  const parts = name.split(' ');
  const last = parts.findIndex((p, i) => i > 0 && /^[a-z]/.test(p));
  const surname = last > 0 ? parts.slice(last).join(' ') : parts.slice(1).join(' ');
  return `${parts[0]?.[0]}. ${surname}`;
}

export function bsnDotted(b: string): string {
  return `${b.slice(0, 4)}.${b.slice(4, 6)}.${b.slice(6)}`;
}

export function bsnSpaced(b: string): string {
  return `${b.slice(0, 3)} ${b.slice(3, 6)} ${b.slice(6)}`;
}

/** elfproef check digit for an 8-digit prefix; null when the prefix cannot make a valid BSN. */
export function bsnFrom(prefix8: string): string | null {
  let s = 0;
  for (let i = 0; i < 8; i++) s += (9 - i) * Number(prefix8[i]);
  const d9 = s % 11;
  return d9 === 10 ? null : prefix8 + String(d9);
}

export function elfproef(b: string): boolean {
  if (!/^\d{9}$/.test(b) || b === '000000000') return false;
  let s = 0;
  for (let i = 0; i < 8; i++) s += (9 - i) * Number(b[i]);
  return (s - Number(b[8])) % 11 === 0;
}

export function letterhead(pg: Page, name: string, sub: string[], o: { color?: Color; f?: FontId } = {}): Page {
  pg.put(pg.left, 52, name, 17, o.f ?? 'bold', { c: o.color ?? [0.1, 0.25, 0.45] });
  let y = 66;
  for (const s of sub) {
    pg.put(pg.left, y, s, 7.5, 'sans', { c: [0.35, 0.35, 0.35] });
    y += 10;
  }
  pg.line(pg.left, y, pg.right, y, 1.2, o.color ?? [0.1, 0.25, 0.45]);
  pg.at(y + 30);
  return pg;
}

export function addressBlock(pg: Page, lines: string[], o: { x?: number; size?: number; f?: FontId; c?: Color } = {}): Page {
  const x = o.x ?? pg.left;
  for (const l of lines) {
    pg.put(x, pg.y, l, o.size ?? 10, o.f ?? 'sans', { c: o.c });
    pg.y += (o.size ?? 10) * 1.35;
  }
  pg.gap(14);
  return pg;
}

export function refTable(pg: Page, rows: [string, string][], size = 8.5): Page {
  for (const [k, v] of rows) {
    pg.put(pg.left, pg.y, k, size, 'sans', { c: [0.4, 0.4, 0.4] });
    pg.put(pg.left + 110, pg.y, v, size, 'sans');
    pg.y += size * 1.5;
  }
  pg.gap(12);
  return pg;
}

export interface LetterOpts {
  head?: (pg: Page) => void;
  from?: string[];
  to?: string[];
  date?: string;
  refs?: [string, string][];
  subject?: string;
  salutation?: string;
  body: string;
  close?: string;
  sign?: string[];
  handSign?: string;
  f?: FontId;
  size?: number;
}

export function letter(o: LetterOpts): Page {
  const pg = new Page();
  const f = o.f ?? 'sans';
  if (o.head) o.head(pg);
  if (o.from) addressBlock(pg, o.from, { f });
  if (o.to) addressBlock(pg, o.to, { f });
  if (o.date) pg.p(o.date, { f, after: 6 });
  if (o.refs) refTable(pg, o.refs);
  if (o.subject) pg.p(o.subject, { f: f === 'sans' ? 'bold' : f, after: 8 });
  if (o.salutation) pg.p(o.salutation, { f, after: 6 });
  pg.p(o.body, { f, size: o.size ?? 10, after: 10 });
  if (o.close) pg.p(o.close, { f, after: o.handSign ? 4 : 22 });
  if (o.handSign)
    pg.gap(8)
      .put(pg.left + 4, pg.y, o.handSign, 17, 'hand2', { c: INK })
      .gap(22);
  if (o.sign) pg.p(o.sign.join('\n'), { f });
  return pg;
}

export interface MailOpts {
  app: 'outlook' | 'gmail';
  owner: string;
  from: string;
  to: string;
  cc?: string;
  date: string;
  subject: string;
  body: string;
  signature?: string;
  quoted?: { from: string; date: string; to?: string; subject?: string; body: string };
  attachments?: string[];
}

export function mail(o: MailOpts): Page {
  const pg = new Page();
  if (o.app === 'outlook') {
    pg.put(pg.left, 50, o.owner, 12, 'bold');
    pg.line(pg.left, 58, pg.right, 58, 2.2);
    pg.at(80);
    const rows: [string, string][] = [
      ['Van:', o.from],
      ['Verzonden:', o.date],
      ['Aan:', o.to],
    ];
    if (o.cc) rows.push(['CC:', o.cc]);
    rows.push(['Onderwerp:', o.subject]);
    if (o.attachments) rows.push(['Bijlagen:', o.attachments.join('; ')]);
    for (const [k, v] of rows) {
      pg.put(pg.left, pg.y, k, 10, 'bold');
      pg.p(v, { x: pg.left + 80, size: 10 });
    }
    pg.gap(14);
  } else {
    pg.put(pg.left, 40, 'Gmail', 14, 'sans', { c: [0.45, 0.45, 0.45] });
    pg.put(pg.right, 40, o.owner, 9, 'sans', { al: 'r', c: [0.3, 0.3, 0.3] });
    pg.line(pg.left, 48, pg.right, 48, 0.8, [0.6, 0.6, 0.6]);
    pg.at(76);
    pg.p(o.subject, { size: 14 });
    pg.put(pg.left, pg.y, '1 bericht', 8, 'sans', { c: [0.4, 0.4, 0.4] });
    pg.gap(14).line(pg.left, pg.y, pg.right, pg.y, 0.4, [0.7, 0.7, 0.7]).gap(14);
    pg.put(pg.left, pg.y, o.from, 10, 'bold');
    pg.put(pg.right, pg.y, o.date, 9, 'sans', { al: 'r' });
    pg.gap(13).put(pg.left, pg.y, `Aan: ${o.to}`, 9, 'sans', { c: [0.35, 0.35, 0.35] });
    if (o.cc) pg.gap(12).put(pg.left, pg.y, `Cc: ${o.cc}`, 9, 'sans', { c: [0.35, 0.35, 0.35] });
    pg.gap(22);
  }
  pg.p(o.body, { size: 10, after: 10 });
  if (o.signature) pg.p(o.signature, { size: 9, c: [0.25, 0.25, 0.3], after: 10 });
  if (o.quoted) {
    if (o.app === 'outlook') {
      pg.line(pg.left, pg.y, pg.right, pg.y, 0.5, [0.6, 0.6, 0.6]).gap(12);
      pg.p(
        `Van: ${o.quoted.from}\nVerzonden: ${o.quoted.date}\n${o.quoted.to ? `Aan: ${o.quoted.to}\n` : ''}${o.quoted.subject ? `Onderwerp: ${o.quoted.subject}` : ''}`,
        { size: 9, after: 8 },
      );
      pg.p(o.quoted.body, { size: 9.5 });
    } else {
      pg.p(`Op ${o.quoted.date} schreef ${o.quoted.from}:`, { size: 9, c: [0.3, 0.3, 0.3], after: 4 });
      const y0 = pg.y - 8;
      pg.p(o.quoted.body, { size: 9.5, x: pg.left + 12, c: [0.3, 0.3, 0.3] });
      pg.line(pg.left + 4, y0, pg.left + 4, pg.y - 8, 1.5, [0.75, 0.75, 0.75]);
    }
  }
  if (o.app === 'gmail') {
    pg.put(pg.left, 815, 'https://mail.google.com/mail/u/0/?ik=3f0a9c2b1e&view=pt&search=all&permthid=thread-f', 7, 'sans', {
      c: [0.4, 0.4, 0.4],
    });
    pg.put(pg.right, 815, '1/1', 7, 'sans', { al: 'r', c: [0.4, 0.4, 0.4] });
  }
  return pg;
}

export function handLetter(text: string, o: { f?: FontId; size?: number; c?: Color; top?: number; lined?: boolean } = {}): Page {
  const pg = new Page();
  const size = o.size ?? 13;
  if (o.lined) {
    for (let y = 70; y < 800; y += size * 1.75) pg.line(40, y + 4, 560, y + 4, 0.4, [0.6, 0.7, 0.85]);
  }
  pg.at(o.top ?? 74);
  pg.left = 56;
  pg.p(text, { f: o.f ?? 'hand', size, c: o.c ?? INK });
  return pg;
}

export interface SlipLine {
  label: string;
  qty?: string;
  amount: string;
}

export function payslip(o: {
  employer: string;
  employerLines: string[];
  title?: string;
  employee: string[];
  facts: [string, string][];
  lines: SlipLine[];
  net: string;
  footer?: string;
}): Page {
  const pg = new Page();
  pg.put(pg.left, 50, o.employer, 15, 'bold', { c: [0.55, 0.1, 0.1] });
  let y = 63;
  for (const l of o.employerLines) {
    pg.put(pg.left, y, l, 7.5, 'sans', { c: [0.35, 0.35, 0.35] });
    y += 9.5;
  }
  pg.put(pg.right, 50, o.title ?? 'LOONSTROOK', 12, 'bold', { al: 'r' });
  pg.at(y + 22);
  addressBlock(pg, o.employee, { size: 9.5 });
  const half = Math.ceil(o.facts.length / 2);
  const yStart = pg.y;
  o.facts.forEach(([k, v], i) => {
    const col = i < half ? 0 : 1;
    const row = i < half ? i : i - half;
    const x = pg.left + col * 240;
    const yy = yStart + row * 13;
    pg.put(x, yy, k, 8, 'sans', { c: [0.35, 0.35, 0.35] });
    pg.put(x + 105, yy, v, 8.5, 'mono');
  });
  pg.at(yStart + half * 13 + 14);
  pg.rect(pg.left, pg.y - 11, pg.width, 15, { fill: [0.88, 0.88, 0.88] });
  pg.table(
    [{ w: 260 }, { w: 70, al: 'r' }, { w: 140, al: 'r' }],
    [['Omschrijving', 'Aantal', 'Bedrag'], ...o.lines.map((l) => [l.label, l.qty ?? '', l.amount])],
    { head: true, size: 8.5 },
  );
  pg.line(pg.left, pg.y, pg.right, pg.y, 0.8).gap(14);
  pg.put(pg.left, pg.y, 'Netto uit te betalen', 10, 'bold');
  pg.put(pg.left + 470, pg.y, o.net, 10, 'bold', { al: 'r' });
  pg.gap(30);
  if (o.footer) pg.p(o.footer, { size: 7, c: [0.4, 0.4, 0.4] });
  return pg;
}

export function bankStatement(o: {
  bank: string;
  color: Color;
  holder: string[];
  iban: string;
  period: string;
  page: string;
  rows: string[][];
  start?: string;
  end?: string;
  footer?: string;
}): Page {
  const pg = new Page();
  pg.put(pg.left, 50, o.bank, 16, 'bold', { c: o.color });
  pg.put(pg.right, 50, `Afschrift ${o.period}`, 9, 'sans', { al: 'r' });
  pg.put(pg.right, 62, `Blad ${o.page}`, 9, 'sans', { al: 'r' });
  pg.at(92);
  if (o.holder.length) addressBlock(pg, o.holder, { size: 9.5 });
  pg.put(pg.left, pg.y, 'Rekeningnummer', 8, 'sans', { c: [0.4, 0.4, 0.4] });
  pg.put(pg.left + 110, pg.y, o.iban, 9, 'mono');
  pg.gap(20);
  if (o.start) {
    pg.put(pg.left, pg.y, 'Beginsaldo', 9, 'sans');
    pg.put(pg.right, pg.y, o.start, 9, 'mono', { al: 'r' });
    pg.gap(16);
  }
  pg.rect(pg.left, pg.y - 11, pg.width, 15, { fill: o.color.map((c) => 0.8 + c * 0.2) as Color });
  pg.table([{ w: 50 }, { w: 280 }, { w: 70, al: 'r' }, { w: 70, al: 'r' }], [['Datum', 'Omschrijving', 'Af', 'Bij'], ...o.rows], {
    head: true,
    size: 8,
    lines: true,
  });
  if (o.end) {
    pg.put(pg.left, pg.y + 4, 'Eindsaldo', 9, 'bold');
    pg.put(pg.right, pg.y + 4, o.end, 9, 'mono', { al: 'r' });
    pg.gap(20);
  }
  if (o.footer) pg.at(800).p(o.footer, { size: 6.5, c: [0.45, 0.45, 0.45] });
  return pg;
}

/** A margin note or sticky note written on an otherwise printed page. */
export function margin(pg: Page, x: number, y: number, text: string, o: { size?: number; sticky?: boolean; rot?: number } = {}): Page {
  const size = o.size ?? 12;
  if (o.sticky) pg.rect(x - 8, y - size - 10, 150, size * 2 + 40, { fill: [0.99, 0.93, 0.45] });
  let yy = y;
  for (const l of text.split('\n')) {
    pg.put(x, yy, l, size, 'hand', { c: INK });
    yy += size * 1.5;
  }
  return pg;
}
