import {
  classifyPage,
  DEFAULT_FEATURE_WEIGHTS,
  type FeatureWeights,
  type PageClassification,
  PageStartModel,
  type WeightTable,
} from './classifier.ts';
import { type ClientIndex, identifyClient } from './client-matching.ts';
import { DOCUMENT_TYPES, type DocumentTypeId } from './document-types.ts';
import boundaryModelJson from './model/boundary-model.json' with { type: 'json' };
import type { Reason } from './routing.ts';

/**
 * Separating a file into documents: where does the next document begin? A person leafing through a
 * mailroom stack looks at the page numbers ("pagina 2 van 3"), at whose papers these are (client
 * number, BSN), at the letterhead and the kind of paper, at blank sheets and at cover sheets. This
 * weighs the same evidence per page boundary and explains every decision in plain Dutch. Pure: the
 * page texts, the sheets found on the page images and the client index come in, the parts go out.
 *
 * What decides, strongest first:
 * - a cover or separator sheet: a new document after it, always (the sheet is no document); once a
 *   file is separated with sheets, only sheets (and a restricted type) start documents;
 * - page numbering: "2 van 3" after "1 van 3" continues, "1 van 3" starts; a numbered document is
 *   never cut in the middle;
 * - a restricted type (medical statement) always stands alone;
 * - another client's evidence on the page than on the document so far;
 * - the rest is weighed by the boundary model (model/boundary-model.json, `npm run train:split`): the
 *   classifier's first-page probability, a new letterhead, a salutation, a closing formula or
 *   signature on the page before, a page that starts or the page before that ends mid-sentence, a
 *   running header, a change of type, a blank page before it.
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
  /** The boundary model's inputs, when the model (not a rule) decided: kept for training and review. */
  evidence?: BoundaryEvidence;
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
  /** The boundary model; the trained one by default. */
  model?: BoundaryModel;
  /**
   * Training only: the pages where documents truly begin. Parts follow the truth instead of the
   * decisions, so each boundary's evidence is what it would be after a right decision before it.
   */
  truthStarts?: ReadonlySet<number>;
  /** The split shown to a person (`proposeSplit`): in doubt across a confidential line, it separates. */
  proposal?: boolean;
}
/** A type change counts only between pages the classifier is this sure of. */
const CONFIDENT_TYPE = 0.8;

export function splitPages(pages: SplitPage[], index: ClientIndex, options: SplitOptions = {}): SplitResult {
  const model = options.model ?? BOUNDARY_MODEL;
  const thresholds = options.thresholds ?? model.thresholds;
  const blankPages = pages.filter((p) => p.blank && !p.sheet).map((p) => p.page);
  const sheetPages = pages.filter((p) => p.sheet).map((p) => p.page);
  const content = pages.filter((p) => !p.blank && !p.sheet);
  const classify = options.classify ?? ((texts: string[]) => texts.map((text) => classifyWithPageStart(text, model)));
  const classified = classify(content.map((p) => p.text));

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
      inLetter: signals.opensLetter && !signals.closes,
      header: signals.header,
      lastPage: signals,
      ...(pendingSheet?.kind === 'cover'
        ? { coverClientNumber: pendingSheet.clientNumber, coverDocumentType: pendingSheet.documentType }
        : {}),
    };
    parts.push(current);
    pendingSheet = undefined;
  };

  // Once the mailroom separates with sheets (a separator sheet, or a cover sheet after the first
  // page), only sheets start documents from there on: a person marked every document. Decided as
  // the pages come, so the pages read so far decide the same way as the whole file.
  let sheetsInUse = false;
  let contentIndex = 0;
  for (const p of pages) {
    if (p.sheet) {
      pendingSheet = p.sheet;
      if (p.sheet.kind === 'separator' || current) sheetsInUse = true;
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
      const decision = decideBoundary(current, signals, p.page, blankBefore, sheetsInUse, model, thresholds, options.proposal);
      boundaries.push(decision);
      if (options.truthStarts ? options.truthStarts.has(p.page) : decision.split) start(p, decision.reasons, signals);
      else {
        current.pages.push(p.page);
        for (const c of signals.clients) current.clients.add(c);
        current.type ??= signals.confidentType;
        if (signals.numbering) current.numbering = signals.numbering;
        // Only the page right after the salutation counts: a letter left open for pages on end is no evidence.
        current.letterOpen = signals.leavesLetterOpen;
        current.inLetter = (current.inLetter || signals.opensLetter) && !signals.closes;
        current.lastPage = signals;
      }
    }
    blankBefore = false;
  }
  return { parts, blankPages, sheetPages, boundaries, uncertain: boundaries.some((b) => b.uncertain) };
}

/**
 * The parts no later page can change: each closed by a confident boundary (the next part has begun),
 * with no uncertain boundary before that. Over the pages read so far, these can go on to be routed
 * while the rest of the file is still being read; over a whole file, they are the parts a person
 * need not look at when a later boundary is uncertain. The last part read is never settled here:
 * the next page may still belong to it.
 */
export function settledParts(result: SplitResult): SplitPart[] {
  const firstUncertain = result.boundaries.find((b) => b.uncertain)?.page ?? Number.POSITIVE_INFINITY;
  return result.parts.filter((_, i) => {
    const next = result.parts[i + 1];
    return next !== undefined && (next.pages[0] as number) < firstUncertain;
  });
}

/**
 * The split to show a person when the file goes to triage: every boundary the model leans towards
 * (score ≥ 0.5) is proposed, the rules as always. The person confirms or corrects it.
 */
export function proposeSplit(pages: SplitPage[], index: ClientIndex, options: SplitOptions = {}): SplitResult {
  return splitPages(pages, index, { ...options, thresholds: { split: 0.5, keep: 0.5 }, proposal: true });
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
  /** A closing formula or signature line near the end of the page: a document ends here. */
  closes: boolean;
  /** Sender's address, a date line or a subject line ("Betreft") near the top: a letterhead. */
  letterhead: boolean;
  /** The first text starts in lower case or with punctuation: the page goes on mid-sentence. */
  startsMidSentence: boolean;
  /** The last line of text ends without a full stop, as a sentence cut off by the page end. */
  endsMidSentence: boolean;
  /** The first line, normalised: a running header repeats it on every page of a document. */
  header: string;
  /** A title in the first lines: a document's name, in capitals or as a form's title. */
  title: boolean;
  lines: number;
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
    closes: CLOSING.test(lastLines(p.text, 10)),
    letterhead: LETTERHEAD.some((re) => re.test(firstLines(p.text, 12))),
    startsMidSentence: /^[a-zà-ÿ,;)]/.test(p.text.trimStart()),
    endsMidSentence: /[a-zà-ÿ,;]$/.test(lastLines(p.text, 1).trimEnd()) && lastLines(p.text, 1).trim().split(/\s+/).length >= 4,
    header: normaliseHeader(firstLines(p.text, 1)),
    title: firstLines(p.text, 3)
      .split('\n')
      .some((line) => TITLE.test(line.trim())),
    lines: p.text.split('\n').filter((line) => line.trim() !== '').length,
  };
}

const CLOSING =
  /(met (vriendelijke|hartelijke|beleefde) groet|vriendelijke groeten|hoogachtend|kind regards|best regards|yours (sincerely|faithfully)|saygılarımla|z poważaniem|mit freundlichen|handtekening|ondertekening|getekend|signed|signature|\bw\.g\.|_{6,})/i;
/** A title on the first line: capitals ("BEZWAARSCHRIFT", "RESIDENTIAL TENANCY AGREEMENT") or a form's name. */
const TITLE =
  /^(?=[^a-z]*[A-Z]{4})[^a-z]{6,80}$|^\s*(aanvraag|formulier|verklaring|overeenkomst|bezwaarschrift|beschikking|besluit|loonstrook|salarisspecificatie|rekeningafschrift|agreement|application|statement)\b/i;
const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
const LETTERHEAD: RegExp[] = [
  /\b[1-9]\d{3}\s?[A-Z]{2}\b/, // a Dutch postcode: the sender's or the addressee's address
  /\bpostbus\b/i,
  /^\s*(datum|betreft|onderwerp|ons kenmerk|uw kenmerk|kenmerk|date|subject|re)\s*[:.]/im,
  new RegExp(`\\b\\d{1,2}\\s+(${MONTHS})\\s+20\\d{2}\\b`, 'i'),
];
/** The first `n` lines of a page that hold text. */
function firstLines(text: string, n: number): string {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, n)
    .join('\n');
}
/** A header line compared across pages: case, digits and spacing left out (dates and page numbers change). */
function normaliseHeader(line: string): string {
  return line
    .toLowerCase()
    .replace(/[\d\W_]+/g, ' ')
    .trim();
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
  /** The part holds a salutation and no closing formula since: a letter not yet signed off. */
  inLetter: boolean;
  /** The part's first line, normalised (its letterhead or running header). */
  header: string;
  /** The part's last page so far. */
  lastPage: PageSignals;
}

function decideBoundary(
  part: OpenPart,
  s: PageSignals,
  page: number,
  blankBefore: boolean,
  sheetsInUse: boolean,
  model: BoundaryModel,
  thresholds: { split: number; keep: number },
  proposal = false,
): BoundaryDecision {
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

  // "pagina 1 van 3": the page says itself that a document of several pages starts on it.
  if (n?.index === 1 && n.total !== undefined && n.total >= 2)
    return decided(true, { code: 'split.numbering-starts', text: `nieuw document vanaf pagina ${page}: blad 1 van ${n.total}` });

  const restricted = (t: DocumentTypeId | null) => (t ? DOCUMENT_TYPES[t].restricted : false);
  if (s.confidentType && restricted(s.confidentType) !== restricted(part.type) && part.type !== null)
    return decided(true, {
      code: 'split.restricted',
      text: `pagina ${page} is een ${DOCUMENT_TYPES[s.confidentType].nl}: een vertrouwelijk document staat altijd apart`,
    });

  if (sheetsInUse)
    return decided(false, {
      code: 'split.sheets-in-use',
      text: `het bestand is met voor- of scheidingsbladen gescheiden: pagina ${page} hoort bij het document ervoor`,
    });

  const otherClient = s.clients.length > 0 && part.clients.size > 0 && !s.clients.some((c) => part.clients.has(c));
  if (otherClient) return decided(true, { code: 'split.client', text: `nieuw document vanaf pagina ${page}: ander klantnummer of BSN` });

  // A page that ends with "Geacht college," is not where the letter ends: its body follows.
  if (part.letterOpen && !s.opensLetter)
    return decided(false, { code: 'split.letter-continues', text: `de brief ervoor is nog niet afgesloten: pagina ${page} hoort erbij` });

  const evidence = boundaryEvidence(part, s, blankBefore);
  let logit = model.bias;
  const pushes: { weight: number; reason: Reason }[] = [];
  for (const [i, name] of model.features.entries()) {
    const contribution = (model.weights[i] as number) * evidence[name];
    logit += contribution;
    const reason = evidence[name] ? EVIDENCE_REASONS[name](page, part, s) : null;
    if (reason) pushes.push({ weight: contribution, reason });
  }
  const score = 1 / (1 + Math.exp(-logit));
  // A page of another or unknown type (not sure enough for the rule above) joined to a confidential
  // document, or a confidential page to another: never silently, or one would hide inside the other. A
  // proposal separates them: splitting wrongly costs a person one click, joining wrongly shows a
  // confidential page to someone else.
  const pageType = s.classification.type;
  const acrossRestricted =
    part.type !== null && (pageType === 'other' ? restricted(part.type) : restricted(pageType) !== restricted(part.type));
  const split = score >= thresholds.split || (proposal && acrossRestricted);
  const uncertain = (score > thresholds.keep && score < thresholds.split) || (!split && acrossRestricted);
  // Uncertain only because of the rule: say so (the evidence alone said "continues").
  if (acrossRestricted && score <= thresholds.keep)
    pushes.push({
      weight: 1,
      reason: {
        code: 'split.restricted-doubt',
        text: `pagina ${page} ${pageType === 'other' ? 'is van onbekend soort' : `lijkt een ${DOCUMENT_TYPES[pageType].nl}`}: of die bij de ${DOCUMENT_TYPES[part.type as DocumentTypeId].nl} ervoor hoort, beslist een mens (een vertrouwelijk document staat apart)`,
      },
    });
  // The reasons a person reads: the evidence that pushed the decision the way it went, strongest first.
  const reasons = pushes
    .filter((x) => (split ? x.weight >= 0.5 : x.weight <= -0.5) || (uncertain && Math.abs(x.weight) >= 0.5))
    .sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight))
    .map((x) => x.reason);
  reasons.unshift(
    split
      ? { code: 'split.new', text: `nieuw document vanaf pagina ${page}` }
      : uncertain
        ? { code: 'split.uncertain', text: `twijfel of pagina ${page} een nieuw document begint` }
        : { code: 'split.continues', text: `pagina ${page} hoort bij het document ervoor` },
  );
  return { page, split, score: Math.round(score * 1000) / 1000, uncertain, reasons, evidence };
}

/**
 * What the boundary model weighs, each 0–1 (the first-page logit scaled to about −2…2). Named, so
 * the model file says what each weight is for and a reason can be given for each.
 */
export const EVIDENCE = [
  'firstPage',
  'classifierFirstPage',
  'numberingStarts',
  'typeChange',
  'typeSame',
  'blankBefore',
  'letterhead',
  'title',
  'salutation',
  'closedBefore',
  'letterOpen',
  'startsMidSentence',
  'endedMidSentence',
  'sameHeader',
  'sameClient',
  'newClientEvidence',
  'noClientEvidence',
  'shortPage',
] as const;
export type EvidenceName = (typeof EVIDENCE)[number];
export type BoundaryEvidence = Record<EvidenceName, number>;

export interface BoundaryModel {
  features: EvidenceName[];
  weights: number[];
  bias: number;
  thresholds: { split: number; keep: number };
  /** Its own first-page model, trained on pages that run over, without the page-length cue (else the classifier's is used). */
  pageStart?: { hashBits: number; features: FeatureWeights; table: WeightTable & { bias: number } };
}

const BOUNDARY_MODEL: BoundaryModel = boundaryModelJson as BoundaryModel;

const pageStartModels = new WeakMap<BoundaryModel, PageStartModel>();
function pageStartOf(model: BoundaryModel): PageStartModel | undefined {
  const spec = model.pageStart;
  if (!spec) return undefined;
  let pageStart = pageStartModels.get(model);
  if (!pageStart) {
    pageStart = new PageStartModel(spec.table, spec.hashBits, { ...DEFAULT_FEATURE_WEIGHTS, ...spec.features }, false);
    pageStartModels.set(model, pageStart);
  }
  return pageStart;
}

/** The classifier's page type, with the boundary model's own first-page probability. */
function classifyWithPageStart(text: string, model: BoundaryModel): PageClassification {
  const c = classifyPage(text);
  const starts = pageStartOf(model);
  return starts ? { ...c, firstPage: 1 / (1 + Math.exp(-starts.logit(text))), classifierFirstPage: c.firstPage } : c;
}

/**
 * Page classification for one file that remembers each page: the split step's early release runs
 * `splitPages` on the pages read so far after every page, and a doubtful file is split twice (the
 * decision and the proposal); classifying is most of the cost.
 */
export function pageClassifier(model: BoundaryModel = BOUNDARY_MODEL): (texts: string[]) => PageClassification[] {
  const seen = new Map<string, PageClassification>();
  return (texts) =>
    texts.map((text) => {
      let c = seen.get(text);
      if (!c) {
        c = classifyWithPageStart(text, model);
        seen.set(text, c);
      }
      return c;
    });
}

function boundaryEvidence(part: OpenPart, s: PageSignals, blankBefore: boolean): BoundaryEvidence {
  const logit = (x: number) => {
    const p = Math.min(Math.max(x, 0.002), 0.998);
    return Math.log(p / (1 - p)) / 3;
  };
  const prev = part.lastPage;
  const bit = (b: boolean) => (b ? 1 : 0);
  return {
    firstPage: logit(s.classification.firstPage),
    classifierFirstPage: logit(s.classification.classifierFirstPage ?? s.classification.firstPage),
    numberingStarts: bit(s.numbering?.index === 1),
    typeChange: bit(!!s.confidentType && !!part.type && s.confidentType !== part.type),
    typeSame: bit(!!s.confidentType && s.confidentType === part.type),
    blankBefore: bit(blankBefore),
    letterhead: bit(s.letterhead),
    title: bit(s.title),
    salutation: bit(s.opensLetter),
    closedBefore: bit(prev.closes),
    letterOpen: bit(part.inLetter),
    startsMidSentence: bit(s.startsMidSentence),
    endedMidSentence: bit(prev.endsMidSentence),
    sameHeader: bit(s.header.length >= 4 && (s.header === part.header || s.header === prev.header)),
    sameClient: bit(s.clients.some((c) => part.clients.has(c))),
    newClientEvidence: bit(s.clients.length > 0 && part.clients.size === 0),
    noClientEvidence: bit(s.clients.length === 0),
    shortPage: bit(s.lines < 8),
  };
}

type ReasonFor = (page: number, part: OpenPart, s: PageSignals) => Reason | null;
const EVIDENCE_REASONS: Record<EvidenceName, ReasonFor> = {
  firstPage: (page, _, s) =>
    s.classification.firstPage >= 0.5
      ? { code: 'split.first-page', text: `pagina ${page} ziet eruit als een eerste pagina` }
      : { code: 'split.not-first-page', text: `pagina ${page} ziet er niet uit als een eerste pagina` },
  classifierFirstPage: () => null,
  numberingStarts: (page, _, s) => ({
    code: 'split.numbering-starts',
    text: `pagina ${page} is blad 1${s.numbering?.total ? ` van ${s.numbering.total}` : ''}`,
  }),
  typeChange: (_, part, s) =>
    s.confidentType && part.type
      ? { code: 'split.type', text: `ander soort document: ${DOCUMENT_TYPES[s.confidentType].nl} na ${DOCUMENT_TYPES[part.type].nl}` }
      : null,
  typeSame: () => ({ code: 'split.type-same', text: 'zelfde soort document' }),
  blankBefore: (page) => ({ code: 'split.blank-before', text: `lege pagina voor pagina ${page}` }),
  letterhead: () => ({ code: 'split.letterhead', text: 'nieuw briefhoofd (adres, datum of onderwerp bovenaan)' }),
  title: () => ({ code: 'split.title', text: 'een titel bovenaan (naam van een formulier of document)' }),
  salutation: () => ({ code: 'split.salutation', text: 'nieuwe aanhef' }),
  closedBefore: () => ({ code: 'split.closed-before', text: 'de pagina ervoor sluit af met een groet of handtekening' }),
  letterOpen: () => ({ code: 'split.letter-open', text: 'de brief ervoor is nog niet ondertekend' }),
  startsMidSentence: () => ({ code: 'split.starts-mid-sentence', text: 'de pagina begint midden in een zin' }),
  endedMidSentence: () => ({ code: 'split.ended-mid-sentence', text: 'de pagina ervoor eindigt midden in een zin' }),
  sameHeader: () => ({ code: 'split.same-header', text: 'zelfde kopregel als de pagina ervoor' }),
  sameClient: () => ({ code: 'split.same-client', text: 'zelfde klant' }),
  newClientEvidence: () => ({ code: 'split.client-evidence', text: 'klantgegevens die het document ervoor niet had' }),
  noClientEvidence: () => null,
  shortPage: () => null,
};

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
