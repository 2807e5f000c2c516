import type { Directory } from '../../shared/domain/directory.ts';
import { DOCUMENT_TYPE_IDS, DOCUMENT_TYPES, type DocumentTypeId } from '../../shared/domain/document-types.ts';
import { type Person, personFromClient, randomPerson } from './people.ts';
import { Rng } from './random.ts';
import { assignSplits, groupOf, type Split } from './split.ts';
import {
  type ClientEvidence,
  type Ctx,
  fmtBsn,
  fmtIso,
  type Lang,
  type Page,
  type PageStyle,
  type Show,
  type Template,
} from './template.ts';
import { ALL_TEMPLATES } from './templates/index.ts';

/** One generated document with its labels. `pages` is what the classifier sees (OCR text when `ocr`). */
export interface CorpusDoc {
  id: string;
  template: string;
  group: string;
  split: Split;
  type: DocumentTypeId;
  /** The client the document is about; null when that person is not in the directory. */
  clientNumber: string | null;
  /** How the document identifies its client (the controlled mix). */
  clientEvidence: ClientEvidence;
  /** In conflict cases: the other directory client the document also points at. */
  otherClientNumber?: string;
  pages: string[];
  lang: Lang;
  style: PageStyle;
  ocr: boolean;
  /** For OCR'd documents: the text that was printed, before scanning and OCR. */
  sourcePages?: string[];
  /** For OCR'd documents: the scan quality used. */
  noise?: string;
}

/** Share of each type in a W&I mailroom's post (relative weights). */
export const TYPE_SHARE: Record<DocumentTypeId, number> = {
  payslip: 13,
  bank_statement: 12,
  change_form: 8,
  benefit_application: 5,
  objection: 6,
  complaint: 4,
  court_document: 4,
  uwv_decision: 5,
  tax_document: 6,
  rental_agreement: 4,
  holiday_notice: 4,
  medical_statement: 5,
  job_application_proof: 6,
  employment_contract: 4,
  identity_document: 4,
  debt_notice: 5,
  other: 5,
};

/** Chance that the document is about someone the directory does not know (new applicants, mostly). */
const UNKNOWN_SHARE: Partial<Record<DocumentTypeId, number>> = {
  benefit_application: 0.6,
  objection: 0.06,
  complaint: 0.08,
  court_document: 0.06,
  other: 0.5,
};
const CONFLICT_SHARE = 0.012;
const NO_EVIDENCE_SHARE = 0.012;

export interface GenerateOptions {
  seed: string;
  count: number;
  directory: Directory;
  templates?: Template[];
}

function pickTemplate(rng: Rng, byType: Map<DocumentTypeId, Template[]>, type: DocumentTypeId): Template {
  const list = byType.get(type) ?? [];
  return rng.weighted(list.map((t) => [t, t.weight ?? 1] as const));
}

function annotation(rng: Rng, kind: 'client-number' | 'bsn' | 'name-birthdate', p: Person): string {
  if (kind === 'client-number')
    return rng.pick([
      `Klantnummer ${p.clientNumber}`,
      `klantnr. ${p.clientNumber}`,
      `Klantnr: ${p.clientNumber}`,
      `${p.clientNumber}`,
      `Dossiernr ${p.clientNumber}`,
      `(klantnummer ${p.clientNumber})`,
    ]);
  if (kind === 'bsn') return rng.pick([`BSN ${fmtBsn(p.bsn, rng)}`, `bsn: ${p.bsn}`, `Burgerservicenummer ${p.bsn}`]);
  return rng.pick([
    `${p.name}, geb. ${fmtIso(p.birthDate)}`,
    `${p.name} geboren ${fmtIso(p.birthDate, 'long')}`,
    `Naam: ${p.name}  Geboortedatum: ${fmtIso(p.birthDate)}`,
  ]);
}

function conflictNote(rng: Rng, q: Person): string {
  return rng.pick([
    `Klantnummer ${q.clientNumber}`,
    `Partner: ${q.name}, BSN ${q.bsn}`,
    `ook namens ${q.name} (klantnummer ${q.clientNumber})`,
    `Mede-aanvrager ${q.name}, burgerservicenummer ${fmtBsn(q.bsn, rng)}`,
    `zie ook dossier ${q.clientNumber}`,
  ]);
}

/** Adds a short handwritten note to the first page: at the top or at the bottom. */
function annotate(pages: Page[], note: string, rng: Rng): Page[] {
  const [first, ...rest] = pages;
  const page = first ?? [];
  return [rng.chance(0.6) ? [note, ...page] : [...page, '', note], ...rest];
}

/** Generates the corpus: pure, deterministic for a seed, text only (OCR happens in generate.ts). */
export function generateCorpus(opts: GenerateOptions): CorpusDoc[] {
  const templates = opts.templates ?? ALL_TEMPLATES;
  const splits = assignSplits(templates);
  const byType = new Map<DocumentTypeId, Template[]>();
  for (const t of templates) byType.set(t.type, [...(byType.get(t.type) ?? []), t]);
  const clients = opts.directory.clients.filter((c) => c.bsn && c.birthDate);
  const rngFor = (key: string) => new Rng(`${opts.seed}:${key}`);
  const persons = new Map<string, Person>();
  const personOf = (i: number): Person => {
    const client = clients[i % clients.length];
    if (!client) throw new Error('the directory has no clients with a BSN and birth date');
    let p = persons.get(client.clientNumber);
    if (!p) {
      p = personFromClient(client, rngFor);
      persons.set(client.clientNumber, p);
    }
    return p;
  };
  const knownBsns = new Set(opts.directory.clients.map((c) => c.bsn).filter((b): b is string => !!b));
  const org = opts.directory.organisation;
  const orgInfo = {
    name: org.name,
    city: org.name.replace(/^Gemeente\s+/, ''),
    postbus: org.address ?? `Postbus ${100 + (knownBsns.size % 900)}, 1234 AA ${org.name.replace(/^Gemeente\s+/, '')}`,
    phone: org.phone ?? '14 0123',
    website: org.website ?? 'www.example.org',
  };
  const typeWeights = DOCUMENT_TYPE_IDS.filter((t) => byType.has(t)).map((t) => [t, TYPE_SHARE[t]] as const);
  const start = Date.UTC(2025, 8, 1);
  const span = Date.UTC(2026, 4, 31) - start;

  const docs: CorpusDoc[] = [];
  for (let i = 0; i < opts.count; i++) {
    const rng = rngFor(`doc:${i}`);
    const type = rng.weighted(typeWeights);
    const template = pickTemplate(rng, byType, type);
    const date = new Date(start + Math.floor((rng.next() * span) / 86_400_000) * 86_400_000);

    // Who is it about, and what identifies them?
    let evidence: ClientEvidence;
    const r = rng.next();
    if (r < (UNKNOWN_SHARE[type] ?? 0.01)) evidence = 'unknown';
    else if (r < (UNKNOWN_SHARE[type] ?? 0.01) + CONFLICT_SHARE) evidence = 'conflict';
    else if (r < (UNKNOWN_SHARE[type] ?? 0.01) + CONFLICT_SHARE + NO_EVIDENCE_SHARE) evidence = 'none';
    else {
      const s = template.supports;
      evidence = rng.weighted([
        ['bsn', s.includes('bsn') ? 5 : 1.2],
        ['client-number', s.includes('client-number') ? 4 : 3],
        ['name-birthdate', s.includes('name-birthdate') ? 2.5 : 0.6],
      ] as const);
    }
    if (type === 'other' && evidence !== 'unknown') evidence = rng.chance(0.7) ? 'none' : evidence;

    const subjectIdx = rng.int(0, clients.length - 1);
    const p = evidence === 'unknown' ? randomPerson(rng.fork('p'), knownBsns) : personOf(subjectIdx);
    let q = randomPerson(rng.fork('q'), knownBsns);
    if (evidence === 'conflict' && type === 'other') evidence = 'none';
    if (evidence === 'conflict') {
      let j = rng.int(0, clients.length - 1);
      if (j === subjectIdx) j = (j + 1) % clients.length;
      q = personOf(j);
    }
    const rPerson = randomPerson(rng.fork('r'), knownBsns);

    // The subject's own evidence (conflict documents carry one of these plus the other client's).
    let own: 'bsn' | 'client-number' | 'name-birthdate' | null =
      evidence === 'bsn' || evidence === 'client-number' || evidence === 'name-birthdate'
        ? evidence
        : evidence === 'conflict'
          ? rng.pick(['bsn', 'client-number', 'name-birthdate'] as const)
          : null;
    let native = own !== null && template.supports.includes(own);
    // Unrelated post carries no client evidence unless its layout has a place for it.
    if (type === 'other' && own !== null && !native) {
      evidence = 'none';
      own = null;
      native = false;
    }
    const show: Show =
      evidence === 'unknown'
        ? { bsn: rng.chance(0.5), clientNumber: false, birthDate: rng.chance(0.5) }
        : {
            bsn: native && own === 'bsn',
            clientNumber: native && own === 'client-number',
            birthDate: native && (own === 'name-birthdate' || (own === 'bsn' && rng.chance(0.3))),
          };
    const ctx: Ctx = { rng: rng.fork('render'), p, q, r: rPerson, show, date, org: orgInfo };
    let pages = template.render(ctx);
    if (own && !native) pages = annotate(pages, annotation(rng, own, p), rng);
    if (evidence === 'conflict') pages = annotate(pages, conflictNote(rng, q), rng);

    const texts = pages.map((lines) => lines.join('\n'));
    docs.push({
      id: `d${String(i).padStart(5, '0')}`,
      template: template.id,
      group: groupOf(template),
      split: splits.get(groupOf(template)) ?? 'train',
      type,
      clientNumber: p.clientNumber,
      clientEvidence: evidence,
      ...(evidence === 'conflict' && q.clientNumber ? { otherClientNumber: q.clientNumber } : {}),
      pages: texts,
      lang: template.lang,
      style: template.style,
      ocr: false,
    });
  }
  return docs;
}

/** Which documents of a corpus must be routable without a client (types whose team handles unknown people). */
export function acceptsUnknown(type: DocumentTypeId): boolean {
  return DOCUMENT_TYPES[type].acceptsUnknownClient;
}
