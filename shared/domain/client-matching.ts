import { isValidBsn } from './bsn.ts';
import type { Client, Directory } from './directory.ts';
import { datesInFolded, editDistance, foldText, ocrDigits } from './text.ts';

/**
 * Who is this document about? Evidence, strongest first (DESIGN.md): a client chosen at the desk;
 * a client number; a BSN that passes the elfproef and either stands next to a label or belongs to
 * a known client; name plus birth date. A name alone, or a bare 9-digit number, is never evidence.
 */
export type EvidenceKind = 'desk' | 'client-number' | 'bsn' | 'name-birthdate';

export interface Evidence {
  kind: EvidenceKind;
  clientNumber: string;
}

export type Identification =
  | { status: 'identified'; clientNumber: string; via: EvidenceKind; evidence: Evidence[]; notes: string[] }
  | { status: 'conflict'; candidates: string[]; evidence: Evidence[]; notes: string[] }
  | { status: 'none'; evidence: Evidence[]; notes: string[] };

const BSN_LABEL = /\b(bsn|burger\s?service\s?nummer|burgerservicenr|sofi\s?-?\s?nummer|sofinr|citizen service number)\b/;
/** How far (in characters) after a label a BSN may stand and still belong to it. */
const LABEL_REACH = 40;

const VIA_TEXT: Record<EvidenceKind, string> = {
  desk: 'chosen at the desk',
  'client-number': 'client number',
  bsn: 'BSN',
  'name-birthdate': 'name and birth date',
};

export function evidenceText(kind: EvidenceKind): string {
  return VIA_TEXT[kind];
}

const normaliseClientNumber = (s: string) => s.toUpperCase().replace(/[^0-9A-Z]/g, '');

/** A directory with lookup tables built once; reuse it across documents. */
export class ClientIndex {
  readonly byNumber = new Map<string, Client>();
  readonly byBsn = new Map<string, Client>();
  readonly byBirthDate = new Map<string, Client[]>();
  /** Client number shapes seen in this directory, e.g. K-100234 → prefix "K", 6 digits. */
  private readonly numberPattern: RegExp;
  private readonly prefixes: string[];

  constructor(readonly directory: Directory) {
    const prefixes = new Set<string>();
    const digitCounts = new Set<number>();
    for (const c of directory.clients) {
      this.byNumber.set(normaliseClientNumber(c.clientNumber), c);
      if (c.bsn) this.byBsn.set(c.bsn, c);
      if (c.birthDate) this.byBirthDate.set(c.birthDate, [...(this.byBirthDate.get(c.birthDate) ?? []), c]);
      const m = /^([A-Za-z]*)[-\s]?(\d+)$/.exec(c.clientNumber);
      if (m) {
        prefixes.add((m[1] ?? '').toUpperCase());
        digitCounts.add((m[2] ?? '').length);
      }
    }
    this.prefixes = [...prefixes];
    const prefix = [...prefixes].filter(Boolean).join('|');
    const min = Math.min(...digitCounts, 5);
    const max = Math.max(...digitCounts, 8);
    // Letters in the digit part are allowed so OCR confusions (O for 0) can be repaired.
    this.numberPattern = new RegExp(`\\b(?:${prefix || '[A-Z]{1,3}'})\\s?[-–.]?\\s?[0-9OoIl|SB]{${min},${max}}\\b`, 'g');
  }

  /** `folded`: the same text through `foldText`, when the caller has it already. */
  findClientNumbers(text: string, folded = foldText(text)): Client[] {
    const found = new Map<string, Client>();
    for (const m of text.matchAll(this.numberPattern)) {
      const raw = m[0];
      const prefix = /^[A-Za-z]*/.exec(raw)?.[0] ?? '';
      const digits = ocrDigits(raw.slice(prefix.length).replace(/[\s\-–.]/g, ''));
      const client = this.byNumber.get(normaliseClientNumber(prefix + digits));
      if (client) found.set(client.clientNumber, client);
    }
    // OCR drops or splits the prefix ("Klantnr.: 157691", "K-1 08043"): a labelled number still counts.
    for (const m of folded.matchAll(CLIENT_NUMBER_LABEL)) {
      const digits = ocrDigits((m[1] ?? '').replace(/[\s\-–.]/g, ''));
      for (const prefix of this.prefixes) {
        const client = this.byNumber.get(normaliseClientNumber(prefix + digits));
        if (client) found.set(client.clientNumber, client);
      }
    }
    return [...found.values()];
  }
}

const CLIENT_NUMBER_LABEL =
  /\b(?:klantnummer|klantnr|klant nr|dossiernummer|dossiernr|clientnummer|clientnr|client number)\.?\s*:?\s*(?:[a-z]{1,3}\s?[-–.]?\s?)?([0-9oil]{1,3}\s?[0-9oil]{2,7})\b/g;

interface BsnHit {
  bsn: string;
  labelled: boolean;
}

/** 9-digit numbers (also written 1234.56.789 or 123 456 789) that pass the elfproef. */
export function findBsns(text: string): BsnHit[] {
  return bsnsInFolded(foldText(text));
}

function bsnsInFolded(folded: string): BsnHit[] {
  const hits = new Map<string, BsnHit>();
  // Not inside a longer number ("1.234.567.890"), but right after a label's dot ("BSN.123456782").
  const re = /(?<!\d)(?<!\d[.,])([0-9OoIl](?:\s?[.\s-]?\s?[0-9OoIl]){8})(?!\d)/g;
  for (const m of folded.matchAll(re)) {
    const digits = ocrDigits(m[1] as string).replace(/[^\d]/g, '');
    if (digits.length !== 9 || !isValidBsn(digits)) continue;
    const before = folded.slice(Math.max(0, (m.index ?? 0) - LABEL_REACH), m.index);
    const labelled = BSN_LABEL.test(before);
    const prev = hits.get(digits);
    hits.set(digits, { bsn: digits, labelled: labelled || (prev?.labelled ?? false) });
  }
  return [...hits.values()];
}

function nameTokens(name: string): string[] {
  return foldText(name)
    .replace(/[^a-z\s'-]/g, ' ')
    .split(/[\s-]+/)
    .filter(
      (t) =>
        t.length >= 2 &&
        !['de', 'van', 'der', 'den', 'het', 'ter', 'ten', 'te', 'la', 'le', 'el', 'al', 'da', 'dos', 'von', "in't", "'t"].includes(t),
    );
}

/**
 * The surname appears (one OCR error allowed in names of 5+ letters), and the first given name
 * appears in full or as an initial ("J." / "J "). Tussenvoegsels (de, van, …) are ignored.
 */
export function nameAppears(name: string, foldedText: string, words: Set<string>): boolean {
  const tokens = nameTokens(name);
  const surname = tokens.at(-1);
  if (!surname) return false;
  const seen = (tok: string) => {
    if (words.has(tok)) return true;
    if (tok.length < 5) return false;
    for (const w of words) if (Math.abs(w.length - tok.length) <= 1 && editDistance(w, tok, 1) <= 1) return true;
    return false;
  };
  if (!seen(surname)) return false;
  const given = tokens.length > 1 ? tokens[0] : undefined;
  if (!given) return true;
  return seen(given) || new RegExp(`(^|[^a-z])${given[0]}\\.`).test(foldedText);
}

export function identifyClient(text: string, index: ClientIndex, deskClientNumber?: string): Identification {
  const evidence: Evidence[] = [];
  const notes: string[] = [];

  if (deskClientNumber) {
    const desk = index.byNumber.get(normaliseClientNumber(deskClientNumber));
    if (desk) evidence.push({ kind: 'desk', clientNumber: desk.clientNumber });
    else notes.push('client chosen at the desk is not in the directory');
  }
  // Folded once: every search below reads the same lower-case, single-spaced text.
  const folded = foldText(text);
  for (const c of index.findClientNumbers(text, folded)) evidence.push({ kind: 'client-number', clientNumber: c.clientNumber });

  for (const hit of bsnsInFolded(folded)) {
    const client = index.byBsn.get(hit.bsn);
    if (client) evidence.push({ kind: 'bsn', clientNumber: client.clientNumber });
    else if (hit.labelled) notes.push('a labelled BSN that is not in the directory');
  }

  // The words of the text, built only when some date is a client's birth date.
  let words: Set<string> | undefined;
  for (const date of datesInFolded(folded)) {
    for (const c of index.byBirthDate.get(date) ?? []) {
      words ??= new Set(
        folded
          .replace(/[^a-z0-9\s'-]/g, ' ')
          .split(/\s+/)
          .filter(Boolean),
      );
      if (nameAppears(c.name, folded, words)) evidence.push({ kind: 'name-birthdate', clientNumber: c.clientNumber });
    }
  }

  const desk = evidence.find((e) => e.kind === 'desk');
  if (desk) {
    const others = new Set(evidence.filter((e) => e.clientNumber !== desk.clientNumber).map((e) => e.clientNumber));
    if (others.size > 0) notes.push(`the document also names ${[...others].join(', ')}`);
    return { status: 'identified', clientNumber: desk.clientNumber, via: 'desk', evidence, notes };
  }
  const candidates = [...new Set(evidence.map((e) => e.clientNumber))];
  if (candidates.length === 0) return { status: 'none', evidence, notes };
  if (candidates.length > 1) return { status: 'conflict', candidates, evidence, notes };
  const order: EvidenceKind[] = ['client-number', 'bsn', 'name-birthdate'];
  const via = order.find((k) => evidence.some((e) => e.kind === k)) as EvidenceKind;
  return { status: 'identified', clientNumber: candidates[0] as string, via, evidence, notes };
}

const indexes = new WeakMap<Directory, ClientIndex>();

/** The client index of a loaded directory, built once per directory object. */
export function clientIndexFor(directory: Directory): ClientIndex {
  let index = indexes.get(directory);
  if (!index) {
    index = new ClientIndex(directory);
    indexes.set(directory, index);
  }
  return index;
}
