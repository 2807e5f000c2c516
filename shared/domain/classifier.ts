import { DOCUMENT_TYPE_IDS, type DocumentTypeId } from './document-types.ts';
import modelJson from './model/classifier-model.json' with { type: 'json' };

/**
 * The classifier: document type with a calibrated confidence in [0, 1] and the top alternatives,
 * plus page-level signals for splitting batches into documents.
 *
 * The model is multinomial logistic regression (softmax) over hashed features of OCR-normalised
 * text: word unigrams and bigrams, character 3–5-grams, and a few strong cues (form titles,
 * issuers, an MRZ, how many amounts and dates a page holds). `npm run train` fits it on the
 * generated corpus plus triage corrections, prunes and quantises the weights to int8, fits a
 * softmax temperature on held-out templates (calibration), and picks the auto-route threshold for
 * the precision target; all of it lives in `model/classifier-model.json`, imported statically so
 * the domain does no I/O. Loading takes a few milliseconds, classifying a document well under one.
 */
export interface Classification {
  type: DocumentTypeId;
  confidence: number;
  alternatives: { type: DocumentTypeId; confidence: number }[];
}

export interface PageClassification {
  type: DocumentTypeId;
  confidence: number;
  /** Probability that this page starts a new document (always 1 for the first page). */
  firstPage: number;
}

/** A weight table: `rows` are feature buckets (base64 int32 LE, ascending), `weights` int8 (base64), row-major. */
export interface WeightTable {
  rows: string;
  weights: string;
  /** Multiply an int8 weight by this to get the real weight. */
  scale: number;
}

export interface ClassifierModel {
  version: 1;
  classes: string[];
  hashBits: number;
  /** Softmax temperature fitted on validation data (confidence = softmax(logits / T)). */
  temperature: number;
  /** Lowest confidence at which a document is routed without a person, for `precisionTarget`. */
  threshold: number;
  precisionTarget: number;
  type: WeightTable & { bias: number[] };
  firstPage: WeightTable & { bias: number };
  /** Free-form provenance and validation numbers written by the trainer. */
  info?: Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------
// Features

/** Characters of a document the features look at: the head of a long document says what it is. */
export const MAX_CHARS = 8000;
const CHAR_GRAM_CHARS = 5000;

const NS_WORD = 0x9e3779b1;
const NS_BIGRAM = 0x85ebca6b;
const NS_CHAR = 0xc2b2ae35;
const NS_CUE = 0x27d4eb2f;

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hashString(seed: number, s: string): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return fmix(h);
}

/**
 * OCR-normalised text: lower case without diacritics, digits read inside words repaired
 * (l0onstrook → loonstrook), every digit as 0 (amounts and dates become shapes), punctuation other
 * than the few that carry meaning (. , : / - < € % @) as spaces, single spaces.
 */
export function normaliseText(text: string, maxChars = MAX_CHARS): string {
  const head = text.length > maxChars ? text.slice(0, maxChars) : text;
  return head
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/(?<=[a-z])[015](?=[a-z])/g, (d) => (d === '0' ? 'o' : d === '1' ? 'l' : 's'))
    .replace(/\d/g, '0')
    .replace(/[^a-z0\s.,:/\-<€%@]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

type Cue = [name: string, pattern: RegExp];

/** Strong phrase signals, matched on normalised text. The model learns how much each one counts. */
const CUES: Cue[] = [
  ['mrz', /<<[a-z0<]{3,}|[a-z0]{5,}<{3,}/],
  ['checkbox', /\[x\]|\[ \]/],
  ['bsn-label', /\b(bsn|burgerservicenummer|sofinummer|sofi-nummer|bsn-nummer)\b/],
  ['iban', /\bnl00 ?[a-z]{4} ?0{4}/],
  ['salutation', /\b(geachte|beste|dear|hallo)\b/],
  ['signoff', /met vriendelijke groet|hoogachtend|kind regards|yours (sincerely|faithfully)|\bmvg\b/],
  ['first-person', /\b(ik|mijn|mij) .{0,60}\b(ik|mijn|mij)\b/],
  [
    'own-objection',
    /\b(ik|wij) (maak|maken|teken|tekenen|dien|dienen) .{0,30}bezwaar|\bbezwaarschrift\b|\bi (hereby )?object\b|niet eens met (uw|het|de) (besluit|beslissing)/,
  ],
  [
    'objection-rights',
    /(kunt|kan) u .{0,60}bezwaar|bezwaar (maken|indienen)[^.]{0,80}(binnen|zes weken|6 weken)|niet eens met dit besluit/,
  ],
  ['appeal-rights', /(kunt|kan) u .{0,40}beroep instellen|beroep instellen bij de rechtbank/],
  ['complaint', /\bklacht\b|\bcomplaint\b|klachtenformulier/],
  ['uwv', /\buwv\b|werknemersverzekeringen/],
  ['belastingdienst', /belastingdienst|\btoeslagen\b/],
  ['court', /\brechtbank\b|centrale raad van beroep|\bgriffie/],
  ['municipality-sender', /\b(wij|we) hebben (uw|je) .{0,40}(ontvangen|besloten|beoordeeld)|ons besluit|wij besluiten/],
  ['form-declaration', /naar waarheid|handtekening/],
  ['debt', /\baanmaning\b|\bincasso|\bdeurwaarder|\bsommatie\b|betalingsherinnering|\bachterstand\b/],
];

function countMatches(s: string, re: RegExp, cap: number): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(s) && n < cap) n++;
  return n;
}

const MONEY = /\b0{1,3}(?:\.000)*,00\b/g;
const DATE = /\b00?[-/.]00?[-/.]0000\b|\b0000-00-00\b/g;

/**
 * Feeds every feature of `normalised` to `emit(bucket, value)`. Groups are scaled by
 * 1/sqrt(count) so long and short documents land on a comparable scale.
 */
export function extractFeatures(normalised: string, hashBits: number, emit: (bucket: number, value: number) => void): void {
  const mask = (1 << hashBits) - 1;
  const s = normalised;

  // Words and bigrams.
  const raw = s.split(' ');
  const words: number[] = [];
  for (const t of raw) {
    const tok = t.replace(/^[.,:/-]+|[.,:/-]+$/g, '');
    if (tok.length === 0) continue;
    words.push(hashString(NS_WORD, tok));
  }
  if (words.length) {
    const wv = 1 / Math.sqrt(words.length);
    let prev = 0x5bd1e995;
    for (const h of words) {
      emit(h & mask, wv);
      emit(fmix(Math.imul(prev, 31) ^ h ^ NS_BIGRAM) & mask, wv * 0.7);
      prev = h;
    }
  }

  // Character 3–5-grams over the head, with word boundaries.
  const c = ` ${s.length > CHAR_GRAM_CHARS ? s.slice(0, CHAR_GRAM_CHARS) : s} `;
  const grams = Math.max(1, (c.length - 2) * 3);
  const cv = 1 / Math.sqrt(grams);
  for (let i = 0; i + 3 <= c.length; i++) {
    let h = NS_CHAR;
    for (let n = 0; n < 5 && i + n < c.length; n++) {
      h = Math.imul(h ^ c.charCodeAt(i + n), 0x01000193);
      if (n >= 2) emit(fmix(h + n) & mask, cv);
    }
  }

  // Cues and shape counts.
  const cue = (name: string) => emit(hashString(NS_CUE, name) & mask, 1);
  for (const [name, re] of CUES) if (re.test(s)) cue(name);
  const money = countMatches(s, MONEY, 40);
  if (money >= 3) cue('money>=3');
  if (money >= 10) cue('money>=10');
  if (money >= 25) cue('money>=25');
  const dates = countMatches(s, DATE, 40);
  if (dates >= 5) cue('dates>=5');
  if (dates >= 15) cue('dates>=15');
  cue(`len:${Math.min(7, Math.floor(Math.log2(1 + s.length / 200)))}`);
}

const PAGE_NUMBER = /\b(?:pagina|blad|page|pag\.?|bladzijde)\s*(\d{1,2})\s*(?:van|of|\/|uit)\s*(\d{1,2})\b/i;
const FRACTION = /(?:^|\n)\s*-?\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*-?\s*(?:\n|$)/;

/** Extra signals for "does this page start a document": page numbers, salutations, a lower-case start. */
export function extractPageCues(rawPage: string, hashBits: number, emit: (bucket: number, value: number) => void): void {
  const mask = (1 << hashBits) - 1;
  const cue = (name: string) => emit(hashString(NS_CUE ^ 0x1234, name) & mask, 1);
  const m = PAGE_NUMBER.exec(rawPage) ?? FRACTION.exec(rawPage);
  if (m) cue(m[1] === '1' ? 'page-number:1' : 'page-number:>1');
  else cue('page-number:none');
  const first = rawPage.trimStart().slice(0, 1);
  if (/[a-z]/.test(first)) cue('starts-lowercase');
  if (/^\s*(vervolg|continued|\(vervolg\))/i.test(rawPage)) cue('continued');
  const lines = rawPage.split('\n').filter((l) => l.trim()).length;
  cue(`lines:${Math.min(6, Math.floor(lines / 8))}`);
}

// ---------------------------------------------------------------------------------------------
// Inference

function decodeBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Bucket → row index lookup plus the dequantised weight rows. */
class Table {
  readonly slot: Int32Array;
  readonly weights: Float32Array;

  constructor(table: WeightTable, hashBits: number, width: number) {
    const rowBytes = decodeBase64(table.rows);
    const rows = new Int32Array(rowBytes.buffer, rowBytes.byteOffset, rowBytes.byteLength / 4);
    const q = new Int8Array(decodeBase64(table.weights).buffer);
    this.slot = new Int32Array(1 << hashBits).fill(-1);
    for (let r = 0; r < rows.length; r++) this.slot[rows[r] as number] = r * width;
    this.weights = new Float32Array(q.length);
    for (let i = 0; i < q.length; i++) this.weights[i] = (q[i] as number) * table.scale;
  }
}

function softmax(logits: ArrayLike<number>, temperature: number): number[] {
  let max = -Infinity;
  for (let i = 0; i < logits.length; i++) max = Math.max(max, (logits[i] as number) / temperature);
  const e: number[] = [];
  let sum = 0;
  for (let i = 0; i < logits.length; i++) {
    const v = Math.exp((logits[i] as number) / temperature - max);
    e.push(v);
    sum += v;
  }
  return e.map((v) => v / sum);
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** A loaded model. Build once (module scope) and reuse: classification allocates almost nothing. */
export class Classifier {
  readonly classes: DocumentTypeId[];
  readonly threshold: number;
  readonly temperature: number;
  private readonly hashBits: number;
  private readonly typeTable: Table;
  private readonly typeBias: Float64Array;
  private readonly pageTable: Table;
  private readonly pageBias: number;
  private readonly k: number;
  private readonly acc: Float64Array;

  constructor(readonly model: ClassifierModel) {
    for (const c of model.classes)
      if (!(DOCUMENT_TYPE_IDS as readonly string[]).includes(c)) throw new Error(`classifier model names an unknown document type "${c}"`);
    this.classes = model.classes as DocumentTypeId[];
    this.k = this.classes.length;
    this.hashBits = model.hashBits;
    this.threshold = model.threshold;
    this.temperature = model.temperature;
    this.typeTable = new Table(model.type, model.hashBits, this.k);
    this.typeBias = Float64Array.from(model.type.bias);
    this.pageTable = new Table(model.firstPage, model.hashBits, 1);
    this.pageBias = model.firstPage.bias;
    this.acc = new Float64Array(this.k);
  }

  /** Raw (uncalibrated) class scores; the order is `classes`. */
  logits(text: string): Float64Array {
    const { slot, weights } = this.typeTable;
    const acc = this.acc;
    acc.set(this.typeBias);
    const k = this.k;
    extractFeatures(normaliseText(text), this.hashBits, (bucket, value) => {
      const at = slot[bucket] as number;
      if (at < 0) return;
      for (let j = 0; j < k; j++) acc[j] = (acc[j] as number) + (weights[at + j] as number) * value;
    });
    return Float64Array.from(acc);
  }

  /** Calibrated probabilities per class (order: `classes`). */
  probabilities(text: string): number[] {
    return softmax(this.logits(text), this.temperature);
  }

  classify(text: string): Classification {
    const probs = this.probabilities(text);
    const ranked = probs
      .map((p, i) => ({ type: this.classes[i] as DocumentTypeId, confidence: p }))
      .sort((a, b) => b.confidence - a.confidence);
    const [best, ...rest] = ranked;
    return {
      type: best?.type ?? 'other',
      confidence: round3(best?.confidence ?? 0),
      alternatives: rest.slice(0, 3).map((a) => ({ type: a.type, confidence: round3(a.confidence) })),
    };
  }

  /** Raw logit of "this page starts a document". */
  firstPageLogit(pageText: string): number {
    const { slot, weights } = this.pageTable;
    let z = this.pageBias;
    const add = (bucket: number, value: number) => {
      const at = slot[bucket] as number;
      if (at >= 0) z += (weights[at] as number) * value;
    };
    extractFeatures(normaliseText(pageText), this.hashBits, add);
    extractPageCues(pageText, this.hashBits, add);
    return z;
  }

  /** Per page: type, confidence, and the probability that the page starts a new document. */
  classifyPages(pages: string[]): PageClassification[] {
    return pages.map((page, i) => {
      const c = this.classify(page);
      const firstPage = i === 0 ? 1 : 1 / (1 + Math.exp(-this.firstPageLogit(page)));
      return { type: c.type, confidence: c.confidence, firstPage: round3(firstPage) };
    });
  }
}

const defaultClassifier = new Classifier(modelJson as ClassifierModel);

/** The confidence at or above which a document is routed automatically (chosen on validation data). */
export const AUTO_ROUTE_THRESHOLD: number = defaultClassifier.threshold;

/** Document type of a whole document's text (pages joined). */
export function classify(text: string): Classification {
  return defaultClassifier.classify(text);
}

/** Page-level classification for document separation. */
export function classifyPages(pages: string[]): PageClassification[] {
  return defaultClassifier.classifyPages(pages);
}
