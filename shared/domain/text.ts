/** Text helpers shared by the classifier and client matching. Pure. */

/** Lower case, no diacritics, single spaces: the form keyword matching works on. */
export function foldText(text: string): string {
  // One pass after lower-casing (as replacing ‘ ’ by ', runs of \s by one space and trimming would):
  // this runs on every document, and three more passes over its text took a fifth of matching.
  const t = withoutDiacritics(text).toLowerCase();
  if (foldBuffer.length < t.length) foldBuffer = new Uint16Array(Math.max(t.length, 2 * foldBuffer.length));
  const out = foldBuffer;
  let n = 0;
  let space = false;
  let surrogates = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
    if (isSpace(c)) {
      space = n > 0;
      continue;
    }
    if (space) {
      out[n++] = 0x20;
      space = false;
    }
    out[n++] = c === 0x2018 || c === 0x2019 ? 0x27 : c;
  }
  // A TextDecoder would write an unpaired surrogate as U+FFFD: text that has any is copied as it is.
  if (!surrogates) return UTF16.decode(out.subarray(0, n));
  let folded = '';
  for (let at = 0; at < n; at += 8192)
    folded += String.fromCharCode.apply(null, out.subarray(at, Math.min(n, at + 8192)) as unknown as number[]);
  return folded;
}
let foldBuffer = new Uint16Array(8192);
const UTF16 = new TextDecoder('utf-16le');

/** What `\s` matches (and `trim` removes): Unicode white space and line terminators. */
function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    (c >= 0x80 &&
      (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff))
  );
}

/**
 * The text without diacritics (é → e, ï → i, ş → s), and the letters Unicode does not decompose
 * written as a Dutch typist would (Turkish ı → i, Polish ł → l, ø → o, ß → ss): "Yılmaz", "Yilmaz"
 * and "YILMAZ" are one name. Plain ASCII, most text, is returned as it is.
 */
export function withoutDiacritics(text: string): string {
  if (text === lastText) return lastPlain;
  const plain = NOT_ASCII.test(text)
    ? text
        .normalize('NFD')
        .replace(COMBINING_MARKS, '')
        .replace(UNDECOMPOSED, (c) => UNDECOMPOSED_AS[c] ?? c)
    : text;
  lastText = text;
  lastPlain = plain;
  return plain;
}
// The last text and its result: classification and client matching each ask for the same document.
let lastText = '';
let lastPlain = '';
const NOT_ASCII = /[^\x00-\x7f]/;
const UNDECOMPOSED_AS: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
};
const UNDECOMPOSED = /[ıłŁøØđĐßæÆœŒ]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Levenshtein distance, capped: returns max+1 as soon as the distance exceeds max. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  // Two rows reused across calls: names are compared with every word of a text.
  if (rowA.length <= n) {
    rowA = new Int32Array(n + 33);
    rowB = new Int32Array(n + 33);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const done = prev;
    prev = cur;
    cur = done;
  }
  return prev[n] as number;
}
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** OCR reads digits as look-alike letters; map them back inside what should be a number. */
export function ocrDigits(token: string): string {
  return token
    .replace(/[oOQD]/g, '0')
    .replace(/[iIl|!]/g, '1')
    .replace(/[zZ]/g, '2')
    .replace(/[sS]/g, '5')
    .replace(/[bB]/g, '8')
    .replace(/[gq]/g, '9');
}

const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  january: 1,
  februari: 2,
  feb: 2,
  february: 2,
  maart: 3,
  maa: 3,
  mrt: 3,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  augustus: 8,
  aug: 8,
  august: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

function iso(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return undefined;
  // No such day (31 April, 29 February outside leap years): arithmetic, no Date per number found.
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31)) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Every calendar date written in the text (numeric d-m-yyyy, yyyy-mm-dd, or "14 maart 1971"), as YYYY-MM-DD. */
export function findDates(text: string): string[] {
  return datesInFolded(foldText(text));
}

/** `findDates` on text already folded by `foldText` (callers that fold once for several searches). */
export function datesInFolded(folded: string): string[] {
  const found = new Set<string>();
  for (const m of folded.matchAll(/\b(\d{1,2})\s?[-/.]\s?(\d{1,2})\s?[-/.]\s?(\d{4})\b/g)) {
    const v = iso(Number(m[3]), Number(m[2]), Number(m[1]));
    if (v) found.add(v);
  }
  for (const m of folded.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) {
    const v = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    if (v) found.add(v);
  }
  // Identity documents print "14 MAA/MAR 1971": the Dutch and English abbreviations.
  for (const m of folded.matchAll(/\b(\d{1,2})\s+([a-z]{3,9})\.?(?:\/[a-z]{3})?\s+(\d{4})\b/g)) {
    const month = MONTHS[m[2] as string];
    if (month) {
      const v = iso(Number(m[3]), month, Number(m[1]));
      if (v) found.add(v);
    }
  }
  return [...found];
}
