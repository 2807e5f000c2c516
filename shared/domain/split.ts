import { classifyPages, type PageClassification } from './classifier.ts';
import { type ClientIndex, identifyClient } from './client-matching.ts';
import { DOCUMENT_TYPES, type DocumentTypeId } from './document-types.ts';
import type { Reason } from './routing.ts';

/**
 * Separating a file into documents: where does the next document begin? A person leafing through a
 * mailroom stack looks at the page numbers ("pagina 2 van 3"), at whose papers these are (client
 * number, BSN), at the letterhead and the kind of paper, at blank sheets and at cover sheets. This
 * weighs the same evidence per page boundary and explains every decision in plain Dutch. Pure: the
 * page texts, the sheets found on the page images and the client index come in, the parts go out.
 *
 * What decides, strongest first:
 * - a cover or separator sheet: a new document after it, always (the sheet is no document);
 * - page numbering: "2 van 3" after "1 van 3" continues, "1 van n" starts; a numbered document is
 *   never cut in the middle;
 * - a restricted type (medical statement) always stands alone;
 * - another client's evidence on the page than on the document so far;
 * - the classifier's first-page probability, a confident change of type, a blank page before it.
 * A boundary whose evidence is weak either way is marked uncertain: the caller sends the file to
 * triage with the proposed split instead of guessing.
 */

/** A page as the split step sees it: the text read from it, and what was found on its image. */
export interface SplitPage {
  /** 1-based page number in the file. */
  page: number;
  text: string;
  blank: boolean;
  /** A cover or separator sheet read from the page image (its QR code), if any. */
  sheet?: { kind: 'cover' | 'separator'; clientNumber?: string | undefined; documentType?: DocumentTypeId | undefined } | null;
}

export interface SplitPart {
  /** The file's pages that make up this document, in order (blank pages and sheets excluded). */
  pages: number[];
  /** Why a document starts here (the first part: that the file starts). */
  reasons: Reason[];
  /** Set by a cover sheet in front of this part: the client (and type) the mailroom named. */
  coverClientNumber?: string | undefined;
  coverDocumentType?: DocumentTypeId | undefined;
}

export interface BoundaryDecision {
  /** The page the decision is about: does a new document start on it? */
  page: number;
  split: boolean;
  /** Probability-like strength of "a new document starts here", 0–1. */
  score: number;
  uncertain: boolean;
  reasons: Reason[];
}

export interface SplitResult {
  parts: SplitPart[];
  blankPages: number[];
  sheetPages: number[];
  boundaries: BoundaryDecision[];
  /** Some boundary was neither clearly a split nor clearly a continuation: a person should look. */
  uncertain: boolean;
}

export interface SplitOptions {
  /** Below `split` and above `keep`, a boundary is uncertain. */
  thresholds?: { split: number; keep: number };
  /** Page classification; the trained model by default (tests may pass their own). */
  classify?: (pages: string[]) => PageClassification[];
}

const DEFAULT_THRESHOLDS = { split: 0.6, keep: 0.4 };
/** A type change counts only between pages the classifier is this sure of. */
const CONFIDENT_TYPE = 0.8;

export function splitPages(pages: SplitPage[], index: ClientIndex, options: SplitOptions = {}): SplitResult {
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const blankPages = pages.filter((p) => p.blank && !p.sheet).map((p) => p.page);
  const sheetPages = pages.filter((p) => p.sheet).map((p) => p.page);
  const content = pages.filter((p) => !p.blank && !p.sheet);
  const classified = (options.classify ?? classifyPages)(content.map((p) => p.text));

  const parts: SplitPart[] = [];
  const boundaries: BoundaryDecision[] = [];
  let current: (SplitPart & OpenPart) | undefined;
  let pendingSheet: SplitPage['sheet'] | undefined;
  let blankBefore = false;

  const start = (p: SplitPage, reasons: Reason[], signals: PageSignals) => {
    current = {
      pages: [p.page],
      reasons,
      clients: new Set(signals.clients),
      type: signals.confidentType,
      numbering: signals.numbering,
      letterOpen: signals.leavesLetterOpen,
      ...(pendingSheet?.kind === 'cover'
        ? { coverClientNumber: pendingSheet.clientNumber, coverDocumentType: pendingSheet.documentType }
        : {}),
    };
    parts.push(current);
    pendingSheet = undefined;
  };

  let contentIndex = 0;
  for (const p of pages) {
    if (p.sheet) {
      pendingSheet = p.sheet;
      continue;
    }
    if (p.blank) {
      blankBefore = true;
      continue;
    }
    const classification = classified[contentIndex++] as PageClassification;
    const signals = pageSignals(p, classification, index);
    if (!current) {
      start(p, [{ code: 'split.first', text: `document begint op pagina ${p.page}` }], signals);
    } else if (pendingSheet) {
      const reason: Reason =
        pendingSheet.kind === 'cover'
          ? {
              code: 'split.cover-sheet',
              text: `voorblad voor pagina ${p.page}${pendingSheet.clientNumber ? ` (klant ${pendingSheet.clientNumber})` : ''}`,
            }
          : { code: 'split.separator-sheet', text: `scheidingsblad voor pagina ${p.page}` };
      boundaries.push({ page: p.page, split: true, score: 1, uncertain: false, reasons: [reason] });
      start(p, [reason], signals);
    } else {
      const decision = decideBoundary(current, signals, p.page, blankBefore, thresholds);
      boundaries.push(decision);
      if (decision.split) start(p, decision.reasons, signals);
      else {
        current.pages.push(p.page);
        for (const c of signals.clients) current.clients.add(c);
        current.type ??= signals.confidentType;
        if (signals.numbering) current.numbering = signals.numbering;
        // Only the page right after the salutation counts: a letter left open for pages on end is no evidence.
        current.letterOpen = signals.leavesLetterOpen;
      }
    }
    blankBefore = false;
  }
  return { parts, blankPages, sheetPages, boundaries, uncertain: boundaries.some((b) => b.uncertain) };
}

interface PageSignals {
  classification: PageClassification;
  /** The page's type when the classifier is sure of it, else null. */
  confidentType: DocumentTypeId | null;
  clients: string[];
  numbering: Numbering | null;
  /** The page addresses someone ("Geacht college,", "Dear Sir"): a letter starts on it. */
  opensLetter: boolean;
  /** The page ends right after a salutation ("Geacht college,"): the letter's body is on the next page. */
  leavesLetterOpen: boolean;
}

function pageSignals(p: SplitPage, classification: PageClassification, index: ClientIndex): PageSignals {
  const identification = identifyClient(p.text, index);
  const clients =
    identification.status === 'identified'
      ? [identification.clientNumber]
      : identification.status === 'conflict'
        ? identification.candidates
        : [];
  return {
    classification,
    confidentType: classification.confidence >= CONFIDENT_TYPE ? classification.type : null,
    clients,
    numbering: pageNumbering(p.text),
    opensLetter: SALUTATION.test(p.text),
    leavesLetterOpen: SALUTATION.test(lastLines(p.text, 2)),
  };
}

const SALUTATION = /^\s*(geacht[e]?\b|beste\b|dear\b|sehr geehrte|szanown|sayın)[^\n]{0,60},?\s*$/im;
/** The last `n` lines of a page that hold text. */
function lastLines(text: string, n: number): string {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(-n)
    .join('\n');
}

interface OpenPart {
  clients: Set<string>;
  type: DocumentTypeId | null;
  numbering: Numbering | null;
  /** The part's last page ends right after a salutation: the letter goes on over the page. */
  letterOpen: boolean;
}

function decideBoundary(
  part: OpenPart,
  s: PageSignals,
  page: number,
  blankBefore: boolean,
  thresholds: { split: number; keep: number },
): BoundaryDecision {
  const reasons: Reason[] = [];
  const decided = (split: boolean, reason: Reason): BoundaryDecision => ({
    page,
    split,
    score: split ? 1 : 0,
    uncertain: false,
    reasons: [reason],
  });

  // Page numbering is what a person trusts most: a numbered document stays whole.
  const n = s.numbering;
  const before = part.numbering;
  // A page that numbers itself 2 or higher is never a first page, whatever it looks like.
  if (n && n.index > 1)
    return decided(false, {
      code: 'split.numbering-continues',
      text: `pagina ${page} is blad ${n.index}${n.total ? ` van ${n.total}` : ''}: geen eerste pagina`,
    });
  if (before?.total !== undefined && before.index < before.total && !(n && n.index === 1))
    return decided(false, {
      code: 'split.numbering-incomplete',
      text: `het document ervoor is pas bij blad ${before.index} van ${before.total}: pagina ${page} hoort erbij`,
    });

  const restricted = (t: DocumentTypeId | null) => (t ? DOCUMENT_TYPES[t].restricted : false);
  if (s.confidentType && restricted(s.confidentType) !== restricted(part.type) && part.type !== null)
    return decided(true, {
      code: 'split.restricted',
      text: `pagina ${page} is een ${DOCUMENT_TYPES[s.confidentType].nl}: een vertrouwelijk document staat altijd apart`,
    });

  const otherClient = s.clients.length > 0 && part.clients.size > 0 && !s.clients.some((c) => part.clients.has(c));
  if (otherClient) return decided(true, { code: 'split.client', text: `nieuw document vanaf pagina ${page}: ander klantnummer of BSN` });

  // A page that ends with "Geacht college," is not where the letter ends: its body follows.
  if (part.letterOpen && !s.opensLetter)
    return decided(false, { code: 'split.letter-continues', text: `de brief ervoor is nog niet afgesloten: pagina ${page} hoort erbij` });

  // Softer evidence, weighed on a log-odds scale around the classifier's first-page probability.
  const p = Math.min(Math.max(s.classification.firstPage, 0.01), 0.99);
  let logit = Math.log(p / (1 - p));
  if (p >= 0.5)
    reasons.push({
      code: 'split.first-page',
      text: `pagina ${page} ziet eruit als een eerste pagina (briefhoofd, aanhef, formuliertitel)`,
    });
  if (n?.index === 1) {
    logit += 3;
    reasons.push({ code: 'split.numbering-starts', text: `pagina ${page} is blad 1${n.total ? ` van ${n.total}` : ''}` });
  }
  if (s.confidentType && part.type && s.confidentType !== part.type) {
    logit += 1.5;
    reasons.push({
      code: 'split.type',
      text: `ander soort document: ${DOCUMENT_TYPES[s.confidentType].nl} na ${DOCUMENT_TYPES[part.type].nl}`,
    });
  }
  if (blankBefore) {
    logit += 0.5;
    reasons.push({ code: 'split.blank-before', text: `lege pagina voor pagina ${page}` });
  }
  const score = 1 / (1 + Math.exp(-logit));
  const split = score >= thresholds.split;
  const uncertain = score > thresholds.keep && score < thresholds.split;
  if (!split)
    reasons.unshift({
      code: uncertain ? 'split.uncertain' : 'split.continues',
      text: uncertain ? `twijfel of pagina ${page} een nieuw document begint` : `pagina ${page} hoort bij het document ervoor`,
    });
  else reasons.unshift({ code: 'split.new', text: `nieuw document vanaf pagina ${page}` });
  return { page, split, score: Math.round(score * 1000) / 1000, uncertain, reasons };
}

export interface Numbering {
  index: number;
  total?: number;
}

const NUMBERING_PATTERNS: RegExp[] = [
  /\b(?:pagina|page|blad|bladzijde|sayfa|strona|seite)\s*(\d{1,2})\s*(?:van|of|\/|de|z|von)\s*(\d{1,2})\b/i,
  /\b(?:pagina|page|blad|bladzijde)\s*(\d{1,2})\b/i,
  /^\s*[-–]\s*(\d{1,2})\s*[-–]\s*$/m,
  /^\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*$/m,
];

/** The page's own number ("pagina 2 van 3", "blad 2", "2/3", "- 2 -"), when it states one plausibly. */
export function pageNumbering(text: string): Numbering | null {
  for (const pattern of NUMBERING_PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const index = Number(m[1]);
    const total = m[2] !== undefined ? Number(m[2]) : undefined;
    if (index < 1 || (total !== undefined && (total < index || total > 60))) continue;
    return total === undefined ? { index } : { index, total };
  }
  return null;
}
