// Recurring pieces of paper: the municipality's address, e-mail printouts, signatures.
import { type FontKey, INK, type Page, type RGB, textWidth } from './sheet.ts';

export const GEMEENTE = ['Gemeente Voorbeeld', 'Afdeling Werk en Inkomen', 'Postbus 1234', '1230 AA Voorbeeld'];
export const GEMEENTE_EN = ['Municipality of Voorbeeld', 'Work and Income Department', 'Postbus 1234', '1230 AA Voorbeeld'];

export function addressBlock(p: Page, lines: string[], o: { x?: number; y?: number; size?: number; f?: FontKey } = {}): void {
  const x = o.x ?? p.left;
  const size = o.size ?? p.size;
  let y = o.y ?? p.y;
  for (const l of lines) {
    p.t(x, y + size, l, { size, f: o.f });
    y += size * 1.4;
  }
  p.y = o.y === undefined ? y + size : Math.max(p.y, y + size * 0.6);
}

export interface MailHead {
  from: string;
  to: string;
  cc?: string;
  date: string;
  subject: string;
  attachments?: string;
}

/** A web-mail printout: account line on top, then the thread. */
export function webmail(p: Page, account: string, subject: string, messages: { head: MailHead; body: string; quoted?: string }[]): void {
  p.left = 42;
  p.right = 553;
  p.at(28);
  p.t(p.left, 40, 'Mail', { f: 'sansB', size: 15, color: [0.75, 0.2, 0.15] });
  p.t(p.right, 40, account, { size: 8, align: 'right', color: [0.3, 0.3, 0.3] });
  p.line(p.left, 50, p.right, 50, 0.5, [0.6, 0.6, 0.6]);
  p.at(62);
  p.ln(subject, { f: 'sansB', size: 13, after: 2 });
  p.ln(`${messages.length} ${messages.length === 1 ? 'bericht' : 'berichten'}`, { size: 8, color: [0.4, 0.4, 0.4], after: 4 });
  for (const m of messages) {
    p.line(p.left, p.y, p.right, p.y, 0.4, [0.7, 0.7, 0.7]);
    p.gap(6);
    p.t(p.left, p.y + 9, m.head.from, { f: 'sansB', size: 9 });
    p.t(p.right, p.y + 9, m.head.date, { size: 8, align: 'right' });
    p.gap(13);
    p.ln(`Aan: ${m.head.to}`, { size: 8, color: [0.35, 0.35, 0.35] });
    if (m.head.cc) p.ln(`Cc: ${m.head.cc}`, { size: 8, color: [0.35, 0.35, 0.35] });
    p.gap(4);
    p.p(m.body, { size: 9.5 });
    if (m.quoted) quote(p, m.quoted);
    if (m.head.attachments) p.ln(`[Bijlage: ${m.head.attachments}]`, { size: 8.5, f: 'sansI', after: 4 });
  }
}

/** An Outlook-style printout: a header table per message. */
export function outlook(p: Page, owner: string, head: MailHead, body: string, quoted?: { head: MailHead; body: string }): void {
  p.left = 54;
  p.right = 540;
  p.at(40);
  p.ln(owner, { f: 'sansB', size: 12 });
  p.line(p.left, p.y, p.right, p.y, 2.2);
  p.gap(10);
  const rows: [string, string][] = [
    ['Van:', head.from],
    ['Verzonden:', head.date],
    ['Aan:', head.to],
  ];
  if (head.cc) rows.push(['CC:', head.cc]);
  rows.push(['Onderwerp:', head.subject]);
  if (head.attachments) rows.push(['Bijlagen:', head.attachments]);
  p.kv(rows, { lf: 'sansB', labelW: 74, size: 9.5, after: 10 });
  p.p(body, { size: 10, f: 'serif' });
  if (quoted) {
    p.gap(4);
    p.line(p.left, p.y, p.left + 180, p.y, 0.8, [0.2, 0.3, 0.7]);
    p.gap(6);
    p.kv(
      [
        ['Van:', quoted.head.from],
        ['Verzonden:', quoted.head.date],
        ['Aan:', quoted.head.to],
        ['Onderwerp:', quoted.head.subject],
      ],
      { lf: 'sansB', labelW: 74, size: 9, after: 8 },
    );
    p.p(quoted.body, { size: 9.5, f: 'serif' });
  }
}

export function quote(p: Page, s: string): void {
  const y0 = p.y;
  const left = p.left;
  p.left += 12;
  p.p(s, { size: 9, color: [0.33, 0.33, 0.33] });
  p.line(left + 4, y0, left + 4, p.y - 6, 1.2, [0.6, 0.6, 0.6]);
  p.left = left;
}

/** A signature scrawl in ink with the printed name under it. */
export function signature(p: Page, name: string, o: { x?: number; printed?: boolean; ink?: RGB } = {}): void {
  const x = o.x ?? p.left;
  const ink = o.ink ?? INK;
  const w = Math.min(140, textWidth(name, 'hand', 17) + 10);
  p.t(x, p.y + 20, name, { f: 'hand', size: 17, color: ink });
  p.line(x - 2, p.y + 24, x + w * 0.8, p.y + 21, 0.8, ink);
  p.gap(30);
  if (o.printed !== false) p.ln(name, { x });
}

/** A ruled field filled in by hand: label, line, handwritten value. */
export function field(
  p: Page,
  x: number,
  y: number,
  w: number,
  label: string,
  value: string,
  o: { size?: number; hand?: FontKey } = {},
): void {
  p.t(x, y, label, { size: 8, f: 'sans' });
  p.line(x, y + 18, x + w, y + 18, 0.5);
  if (value) p.t(x + 4, y + 15, value, { f: o.hand ?? 'hand', size: o.size ?? 12, color: INK });
}

/** A box row for a printed form: label left, a framed box right. */
export function boxField(p: Page, label: string, value: string, o: { lw?: number; w?: number; hand?: boolean } = {}): void {
  const lw = o.lw ?? 150;
  const w = o.w ?? p.right - p.left - lw;
  p.t(p.left, p.y + 13, label, { size: 9 });
  p.rect(p.left + lw, p.y, w, 19, { stroke: [0.3, 0.3, 0.3], lw: 0.6 });
  if (value) p.t(p.left + lw + 5, p.y + 14, value, o.hand === false ? { size: 10 } : { f: 'hand', size: 12.5, color: INK });
  p.gap(24);
}

export function checkbox(p: Page, x: number, y: number, label: string, ticked: boolean): void {
  p.rect(x, y, 9, 9, { stroke: [0, 0, 0], lw: 0.7 });
  if (ticked) p.t(x + 0.5, y + 9, 'X', { f: 'hand', size: 12, color: INK });
  p.t(x + 14, y + 8, label, { size: 9 });
}
