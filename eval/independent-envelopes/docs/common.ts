import {
  addressLines,
  type Day,
  type Doc,
  type DocType,
  dStamp,
  formal,
  type Lang,
  type Op,
  type PageSpec,
  type Person,
  type Rng,
  stamp,
} from '../lib/core.ts';

export interface DocCtx {
  r: Rng;
  p: Person;
  /** date the document was written */
  date: Day;
}

export function mk(
  type: DocType,
  p: Person | null,
  language: Lang,
  pages: PageSpec[],
  label: string,
  numbered: boolean,
  note?: string,
): Doc {
  return { type, clientNumber: p?.clientNumber ?? null, language, pages, label, numbered, note };
}

export const toAddr = (p: Person): string[] => [formal(p), ...addressLines(p)];

export const CONSULTANTS = [
  'M. Bos',
  'A. Bouzid',
  'S. de Graaf',
  'P. van Leeuwen',
  'E. Demir',
  'K. Verhoeven',
  'L. Hendriks',
  'R. Soekhlal',
];

const ONES = [
  '',
  'een',
  'twee',
  'drie',
  'vier',
  'vijf',
  'zes',
  'zeven',
  'acht',
  'negen',
  'tien',
  'elf',
  'twaalf',
  'dertien',
  'veertien',
  'vijftien',
  'zestien',
  'zeventien',
  'achttien',
  'negentien',
];
const TENS = ['', '', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];
/** Dutch number words up to 99, as a bailiff writes a date */
export function inWords(n: number): string {
  if (n < 20) return ONES[n]!;
  const t = Math.floor(n / 10);
  const o = n % 10;
  if (o === 0) return TENS[t]!;
  const en = ONES[o]!.endsWith('e') ? 'ën' : 'en';
  return `${ONES[o]}${en}${TENS[t]}`;
}

/** the mailroom's receipt stamp, put on the first page of some letters before scanning */
export function receivedStamp(r: Rng, mailDate: Day): Op {
  return stamp(
    r.float(380, 480),
    r.float(120, 200),
    ['ONTVANGEN', dStamp(mailDate), 'Gemeente Voorbeeld'],
    r.float(-0.12, 0.12),
    '#1a3a9a',
  );
}

/** a barcode-like strip (Code 128 look), deterministic per rng */
export function barcode(r: Rng, x: number, y: number, w: number, h: number): Op[] {
  const ops: Op[] = [];
  let cx = x;
  while (cx < x + w) {
    const bw = r.pick([0.8, 0.8, 1.6, 2.4]);
    if (r.chance(0.55)) ops.push({ t: 'rect', x: cx, y, w: bw, h, fill: '#000' });
    cx += bw + r.pick([0.8, 0.8, 1.6]);
  }
  return ops;
}
