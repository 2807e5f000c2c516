/**
 * Letters: letterheads of the organisations that write to clients, a window-envelope address block,
 * reference lines, a body poured over as many pages as needed, a closing with signature, footers,
 * continuation headers and page numbers in the house style of each sender.
 */
import {
  A4,
  type Col,
  type Day,
  dLong,
  Flow,
  type FontKey,
  type NumPos,
  type NumStyle,
  numberOps,
  type Op,
  type PageSpec,
  type Rng,
  signature,
  tw,
  wrap,
} from './core.ts';

export type Logo = 'shield' | 'uwv' | 'crown' | 'circle' | 'bars' | 'house' | 'court' | 'cross' | 'wave' | 'none' | 'square';

export interface Org {
  name: string;
  sub?: string;
  lines: string[];
  phone?: string;
  web?: string;
  email?: string;
  kvk?: string;
  iban?: string;
  logo: Logo;
  color: string;
  nameFont?: FontKey;
  place: string;
}

export const GEMEENTE: Org = {
  name: 'Gemeente Voorbeeld',
  sub: 'Werk en Inkomen',
  lines: ['Postbus 1234', '1230 AA Voorbeeld'],
  phone: '14 0123',
  web: 'www.gemeente-voorbeeld.example',
  logo: 'shield',
  color: '#17456e',
  nameFont: 'serifB',
  place: 'Voorbeeld',
};
export const GEMEENTE_TO = ['Gemeente Voorbeeld', 'Afdeling Werk en Inkomen', 'Postbus 1234', '1230 AA  Voorbeeld'];

export function logoOps(logo: Logo, x: number, y: number, color: string, label = ''): Op[] {
  switch (logo) {
    case 'shield':
      return [
        {
          t: 'poly',
          pts: [
            [x, y],
            [x + 30, y],
            [x + 30, y + 22],
            [x + 15, y + 36],
            [x, y + 22],
          ],
          closed: true,
          fill: color,
        },
        { t: 'poly', pts: wave(x + 4, y + 10, 22), stroke: '#fff', lw: 1.6 },
        { t: 'poly', pts: wave(x + 4, y + 17, 22), stroke: '#fff', lw: 1.6 },
        { t: 'poly', pts: wave(x + 6, y + 24, 18), stroke: '#fff', lw: 1.6 },
      ];
    case 'uwv':
      return [
        { t: 'rect', x, y, w: 62, h: 30, fill: color },
        { t: 'text', x: x + 31, y: y + 22, s: 'UWV', f: 'sansB', size: 19, align: 'center', color: '#fff' },
      ];
    case 'crown':
      return [
        {
          t: 'poly',
          pts: [
            [x, y + 18],
            [x + 4, y + 4],
            [x + 10, y + 12],
            [x + 15, y],
            [x + 20, y + 12],
            [x + 26, y + 4],
            [x + 30, y + 18],
          ],
          closed: true,
          fill: color,
        },
        { t: 'rect', x, y: y + 20, w: 30, h: 4, fill: color },
      ];
    case 'circle':
      return [
        { t: 'ellipse', cx: x + 16, cy: y + 16, rx: 16, ry: 16, fill: color },
        { t: 'text', x: x + 16, y: y + 21, s: label, f: 'sansB', size: 12, align: 'center', color: '#fff' },
      ];
    case 'square':
      return [
        { t: 'rect', x, y, w: 30, h: 30, fill: color, radius: 4 },
        { t: 'text', x: x + 15, y: y + 20, s: label, f: 'sansB', size: 13, align: 'center', color: '#fff' },
      ];
    case 'bars':
      return [0, 1, 2, 3].map((i): Op => ({ t: 'rect', x: x + i * 8, y: y + 24 - i * 6, w: 6, h: 6 + i * 6, fill: color }));
    case 'house':
      return [
        {
          t: 'poly',
          pts: [
            [x, y + 14],
            [x + 16, y],
            [x + 32, y + 14],
            [x + 28, y + 14],
            [x + 28, y + 32],
            [x + 4, y + 32],
            [x + 4, y + 14],
          ],
          closed: true,
          fill: color,
        },
        { t: 'rect', x: x + 13, y: y + 20, w: 7, h: 12, fill: '#fff' },
      ];
    case 'court':
      return [
        { t: 'line', x1: x - 60, y1: y + 34, x2: x + 60, y2: y + 34, w: 0.6, color },
        {
          t: 'poly',
          pts: [
            [x - 12, y + 26],
            [x, y],
            [x + 12, y + 26],
          ],
          stroke: color,
          lw: 1.2,
        },
        { t: 'line', x1: x - 18, y1: y + 8, x2: x + 18, y2: y + 8, w: 1.2, color },
        { t: 'ellipse', cx: x - 18, cy: y + 16, rx: 6, ry: 3, stroke: color, lw: 1 },
        { t: 'ellipse', cx: x + 18, cy: y + 16, rx: 6, ry: 3, stroke: color, lw: 1 },
      ];
    case 'cross':
      return [
        { t: 'ellipse', cx: x + 15, cy: y + 15, rx: 15, ry: 15, stroke: color, lw: 2 },
        { t: 'rect', x: x + 11, y: y + 5, w: 8, h: 20, fill: color },
        { t: 'rect', x: x + 5, y: y + 11, w: 20, h: 8, fill: color },
      ];
    case 'wave':
      return [
        { t: 'poly', pts: wave(x, y + 8, 40), stroke: color, lw: 3 },
        { t: 'poly', pts: wave(x, y + 16, 40), stroke: color, lw: 3 },
        { t: 'poly', pts: wave(x, y + 24, 40), stroke: color, lw: 3 },
      ];
    case 'none':
      return [];
  }
}

function wave(x: number, y: number, w: number): [number, number][] {
  const pts: [number, number][] = [];
  for (let i = 0; i <= 12; i++) pts.push([x + (w * i) / 12, y + Math.sin((i / 12) * Math.PI * 2) * 1.8]);
  return pts;
}

export type Block =
  | string
  | { h: string }
  | { ul: string[]; bullet?: string }
  | { ol: string[] }
  | { kv: [string, string][]; labelW?: number }
  | { table: { cols: Col[]; rows: string[][]; bold?: number[]; size?: number } }
  | { gap: number }
  | { box: string[] }
  | { small: string };

export type Head = 'gov' | 'corp' | 'left' | 'center' | 'plain' | 'none';

export interface LetterOpts {
  r: Rng;
  org?: Org;
  /** personal letter: sender lines printed top left (name, street, postcode city, ...) */
  sender?: string[];
  head: Head;
  to: string[];
  returnAddress?: string;
  date: Day;
  /** the date line as written, e.g. "Voorbeeld, 3 maart 2026" */
  dateLine?: string;
  refs?: [string, string][];
  subject?: string;
  subjectLabel?: string;
  salutation?: string;
  body: Block[];
  closing?: string;
  signer?: string[];
  sign?: boolean;
  enclosures?: string[];
  enclosuresLabel?: string;
  num: NumStyle;
  numPos?: NumPos;
  /** continuation header on later pages: date and reference at the top */
  cont?: boolean;
  footer?: string[];
  hand?: boolean;
  ruled?: boolean;
  font?: FontKey;
  size?: number;
  /** reserve space for a bottom element on every page */
  bottomReserve?: number;
  /** extra ops for the first page (stamps, barcodes) */
  extraFirst?: Op[];
  /** extra ops for every page, e.g. initials boxes */
  everyPage?: (i: number, n: number) => Op[];
  justify?: boolean;
}

/** draw the letterhead of page one and return the y where the address block goes */
function letterhead(o: LetterOpts, ops: Op[]): void {
  const org = o.org;
  if (o.head === 'none') return;
  if (o.head === 'plain' || !org) {
    // a personal letter: sender at the top left
    const f: FontKey = o.hand ? 'hand' : (o.font ?? 'sans');
    const size = o.size ?? (o.hand ? 13 : 11);
    const lh = o.ruled ? GRID : size * 1.45;
    (o.sender ?? []).forEach((l, i) => {
      ops.push({ t: 'text', x: 62 + (o.hand ? o.r.float(-2, 2) : 0), y: 62 + i * lh, s: l, f, size, color: o.hand ? '#1b2a6b' : '#111' });
    });
    return;
  }
  const nf = org.nameFont ?? 'sansB';
  if (o.head === 'gov') {
    ops.push(...logoOps(org.logo, 56, 40, org.color, initials(org.name)));
    const lx = org.logo === 'uwv' ? 128 : org.logo === 'none' ? 56 : 96;
    if (org.logo !== 'uwv') {
      ops.push({ t: 'text', x: lx, y: 58, s: org.name, f: nf, size: 15, color: org.color });
      if (org.sub) ops.push({ t: 'text', x: lx, y: 72, s: org.sub, f: 'sans', size: 9, color: org.color });
    }
    const rx = 400;
    const info = [
      org.name,
      ...(org.sub ? [org.sub] : []),
      ...org.lines,
      ...(org.phone ? [`T ${org.phone}`] : []),
      ...(org.web ? [org.web] : []),
    ];
    info.forEach((l, i) => {
      ops.push({ t: 'text', x: rx, y: 110 + i * 10.5, s: l, f: i === 0 ? 'sansB' : 'sans', size: 7.5, color: '#333' });
    });
  } else if (o.head === 'corp') {
    ops.push(...logoOps(org.logo, A4.w - 92, 38, org.color, initials(org.name)));
    ops.push({ t: 'text', x: A4.w - 100, y: 52, s: org.name, f: nf, size: 14, align: 'right', color: org.color });
    const info = [...org.lines, ...(org.phone ? [`Tel. ${org.phone}`] : []), ...(org.email ? [org.email] : org.web ? [org.web] : [])];
    info.forEach((l, i) => {
      ops.push({ t: 'text', x: A4.w - 100, y: 66 + i * 10, s: l, f: 'sans', size: 7.5, align: 'right', color: '#444' });
    });
    ops.push({ t: 'line', x1: 56, y1: 66 + info.length * 10, x2: A4.w - 56, y2: 66 + info.length * 10, w: 0.8, color: org.color });
  } else if (o.head === 'left') {
    ops.push(...logoOps(org.logo, 56, 38, org.color, initials(org.name)));
    const lx = org.logo === 'none' ? 56 : 98;
    ops.push({ t: 'text', x: lx, y: 54, s: org.name, f: nf, size: 16, color: org.color });
    ops.push({ t: 'text', x: lx, y: 68, s: [org.sub, ...org.lines].filter(Boolean).join(' · '), f: 'sans', size: 7.5, color: '#444' });
  } else if (o.head === 'center') {
    ops.push(
      ...logoOps(org.logo === 'court' ? 'court' : org.logo, A4.w / 2 - (org.logo === 'court' ? 0 : 15), 34, org.color, initials(org.name)),
    );
    ops.push({ t: 'text', x: A4.w / 2, y: 88, s: org.name.toUpperCase(), f: nf, size: 14, align: 'center', color: org.color });
    if (org.sub) ops.push({ t: 'text', x: A4.w / 2, y: 102, s: org.sub, f: 'serif', size: 9.5, align: 'center', color: '#333' });
  }
}

const initials = (name: string): string =>
  name
    .split(/[\s&]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .slice(0, 2)
    .map((w) => w[0])
    .join('');

export function letter(o: LetterOpts): PageSpec[] {
  const r = o.r;
  const f: FontKey = o.hand ? 'hand' : (o.font ?? 'sans');
  const personalLetter = o.head === 'plain' || o.head === 'none' || !o.org;
  const size = o.size ?? (o.hand ? 13 : personalLetter ? 11 : 10.5);
  const ink = o.hand ? '#1b2a6b' : undefined;
  const first: Op[] = [];
  letterhead(o, first);
  const personal = o.head === 'plain' || o.head === 'none' || !o.org;
  const left = personal ? 62 : 70;
  const right = A4.w - (personal ? 62 : 66);
  const bottom = A4.h - 62 - (o.footer ? 30 : 0) - (o.bottomReserve ?? 0);
  const contTop = o.ruled ? 62 + GRID - size : o.cont ? 96 : 66;
  const flow = new Flow(left, right, contTop, bottom, 0, (ops) => {
    if (o.cont && o.org) {
      ops.push({ t: 'text', x: left, y: 50, s: 'Datum', f: 'sans', size: 7, color: '#555' });
      ops.push({ t: 'text', x: left, y: 60, s: dLong(o.date), f: 'sans', size: 8 });
      const kenmerk = o.refs?.find(([k]) => /kenmerk|dossier|zaak/i.test(k));
      if (kenmerk) {
        ops.push({ t: 'text', x: left + 150, y: 50, s: kenmerk[0], f: 'sans', size: 7, color: '#555' });
        ops.push({ t: 'text', x: left + 150, y: 60, s: kenmerk[1], f: 'sans', size: 8 });
      }
    }
    return contTop;
  });
  flow.pages[0] = first;
  const ops = first;

  // address block (window envelope position) or the sender/recipient of a personal letter
  let y: number;
  if (personal) {
    const senderLines = (o.sender ?? []).length;
    const lh = o.ruled ? GRID : size * 1.45;
    y = 62 + senderLines * lh + (o.ruled ? GRID : 22);
    const place = o.dateLine ?? dLong(o.date);
    if (o.hand) {
      ops.push({ t: 'text', x: right - tw(place, f, size), y: o.ruled ? y : y - 6, s: place, f, size, color: ink });
      y += o.ruled ? GRID : 18;
    }
    o.to.forEach((l, i) => {
      ops.push({ t: 'text', x: left + (o.hand ? r.float(-2, 2) : 0), y: y + i * lh, s: l, f, size, color: ink });
    });
    y += o.to.length * lh + (o.ruled ? GRID : 18);
    if (!o.hand) {
      ops.push({ t: 'text', x: left, y, s: place, f, size });
      y += 26;
    }
  } else {
    const ay = o.head === 'corp' ? 150 : 160;
    if (o.returnAddress) ops.push({ t: 'text', x: left, y: ay - 12, s: o.returnAddress, f: 'sans', size: 6.5, color: '#444' });
    o.to.forEach((l, i) => {
      ops.push({ t: 'text', x: left, y: ay + i * 12.5, s: l, f: 'sans', size: 10 });
    });
    y = ay + Math.max(5, o.to.length) * 12.5 + 22;
    const refs: [string, string][] = [['Datum', o.dateLine ?? dLong(o.date)], ...(o.refs ?? [])];
    if (o.head === 'gov') {
      // labels above values, in columns
      const colW = (right - left) / Math.min(4, refs.length);
      refs.forEach(([k, v], i) => {
        const cx = left + (i % 4) * colW;
        const ry = y + Math.floor(i / 4) * 26;
        ops.push({ t: 'text', x: cx, y: ry, s: k, f: 'sans', size: 7, color: '#555' });
        ops.push({ t: 'text', x: cx, y: ry + 11, s: v, f: 'sans', size: 8.5 });
      });
      y += Math.ceil(refs.length / 4) * 26 + 12;
    } else {
      refs.forEach(([k, v], i) => {
        ops.push({ t: 'text', x: left, y: y + i * 12.5, s: k, f: 'sans', size: 8.5, color: '#333' });
        ops.push({ t: 'text', x: left + 95, y: y + i * 12.5, s: `${o.head === 'corp' ? ': ' : ''}${v}`, f: 'sans', size: 8.5 });
      });
      y += refs.length * 12.5 + 14;
    }
  }
  if (o.subject) {
    const sl = o.subjectLabel !== undefined ? o.subjectLabel : personal ? 'Betreft: ' : o.head === 'gov' ? 'Onderwerp: ' : 'Betreft: ';
    const s = sl + o.subject;
    ops.push({
      t: 'text',
      x: left + (o.hand ? r.float(-2, 2) : 0),
      y,
      s,
      f: o.hand ? 'hand' : personal ? (o.font ?? 'sans') : 'sansB',
      size,
      color: ink,
    });
    if (personal && !o.hand) ops.push({ t: 'line', x1: left, y1: y + 2, x2: left + tw(s, o.font ?? 'sans', size), y2: y + 2, w: 0.5 });
    y += o.ruled ? 2 * GRID : size * 2.4;
  }
  flow.y = o.ruled ? y - size : y;
  const hand = o.hand ? r : undefined;
  const to = { f, size, hand, color: ink, align: o.justify ? ('justify' as const) : undefined, lead: o.ruled ? GRID : undefined };
  const pAfter = o.ruled ? GRID : size * 0.8;
  if (o.salutation) flow.text(o.salutation, { ...to, after: pAfter });
  for (const b of o.body) {
    if (typeof b === 'string') flow.text(b, { ...to, after: pAfter });
    else if ('h' in b) flow.heading(b.h, { size: size + 0.5, f: o.hand ? 'hand' : o.font === 'serif' ? 'serifB' : 'sansB', color: ink });
    else if ('ul' in b) flow.bullets(b.ul, { ...to, bullet: b.bullet });
    else if ('ol' in b) {
      b.ol.forEach((it, i) => {
        flow.text(it, { ...to, indent: 20, label: `${i + 1}.`, labelW: 18, after: 3 });
      });
      flow.space(5);
    } else if ('kv' in b) {
      flow.kv(b.kv, { labelW: b.labelW ?? 150, size: size - 0.5, f, vf: f });
      flow.space(8);
    } else if ('table' in b) {
      flow.table(b.table.cols, b.table.rows, {
        size: b.table.size ?? size - 1.5,
        bold: new Set(b.table.bold ?? []),
        rule: true,
        repeatHead: false,
      });
      flow.space(10);
    } else if ('gap' in b) flow.space(b.gap);
    else if ('box' in b) {
      const lines = b.box;
      const h = lines.length * (size * 1.4) + 14;
      flow.block(h + 8, (bops, by) => {
        bops.push({ t: 'rect', x: left, y: by, w: right - left, h, fill: '#eef0f3', stroke: '#b8bec8', lw: 0.5 });
        lines.forEach((l, i) => {
          bops.push({ t: 'text', x: left + 8, y: by + 7 + size + i * size * 1.4, s: l, f: i === 0 ? 'sansB' : 'sans', size: size - 0.5 });
        });
      });
    } else if ('small' in b) flow.text(b.small, { f: 'sans', size: 7.5, after: 4 });
  }
  // closing and signature, kept together
  if (o.closing || o.signer) {
    const sigH = (o.sign === false ? 8 : 42) + (o.signer?.length ?? 0) * size * 1.35 + size * 2;
    flow.ensure(sigH);
    if (o.closing) flow.text(o.closing, { ...to, after: o.ruled ? 0 : 2 });
    if (o.sign !== false) {
      const sx = left + r.float(0, 30);
      flow.ops.push(...signature(r, sx, flow.y, r.float(80, 130), 34));
      flow.space(o.ruled ? 2 * GRID : 40);
    } else flow.space(8);
    for (const s of o.signer ?? []) flow.text(s, { ...to });
  }
  if (o.enclosures?.length) {
    flow.space(10);
    flow.text(o.enclosuresLabel ?? (o.enclosures.length > 1 ? 'Bijlagen:' : 'Bijlage:'), {
      ...to,
      f: o.hand ? 'hand' : 'sansB',
      size: size - 1,
    });
    flow.bullets(o.enclosures, { ...to, size: size - 1, bullet: '-' });
  }
  const n = flow.pages.length;
  return flow.pages.map((pops, i) => {
    const all = [...pops];
    if (o.ruled) all.unshift(...ruledPaper());
    if (i === 0 && o.extraFirst) all.push(...o.extraFirst);
    if (o.footer) {
      const lines = o.footer.flatMap((l) => wrap(l, 'sans', 6.5, A4.w - 130));
      lines.forEach((l, k) => {
        all.push({
          t: 'text',
          x: A4.w / 2,
          y: A4.h - 48 + k * 9 - (lines.length - 1) * 9,
          s: l,
          f: 'sans',
          size: 6.5,
          align: 'center',
          color: '#555',
        });
      });
    }
    if (o.everyPage) all.push(...o.everyPage(i, n));
    all.push(...numberOps(o.num, o.numPos ?? 'bottom-right', i, n, { f: o.hand ? 'hand' : 'sans', size: o.hand ? 10 : 7.5 }));
    return { ops: all };
  });
}

/** line pitch of ruled writing paper; handwritten baselines sit on y = 62 + k * GRID */
const GRID = 22;

export function ruledPaper(): Op[] {
  const ops: Op[] = [];
  for (let y = 62 + 2.5 - 3 * GRID; y < A4.h - 30; y += GRID)
    ops.push({ t: 'line', x1: 0, y1: y, x2: A4.w, y2: y, w: 0.4, color: '#9db7d6' });
  ops.push({ t: 'line', x1: 50, y1: 0, x2: 50, y2: A4.h, w: 0.6, color: '#d88' });
  return ops;
}
