/**
 * How the pipeline does on folders of single documents written by people who never saw the corpus
 * generator (independent sets: `truth.json` + `files/`). Never tune on such a set; report its
 * figures apart from the generated test set. Used by `npm run eval -- --set independent` and
 * `npm run eval:documents -- <folder>…`.
 *
 * Each file is read as the extract step reads it (text layer, else OCR), classified, its client
 * identified against examples/directory.json, checked for a request under the AVG and routed as the
 * route step decides, with the per-type thresholds of the model.
 *
 * Definitions (per document)
 * - expected destination: triage when the truth says a person must look (`expected: "triage"`:
 *   conflicting or missing evidence, type other); else where routing sends the true type and the
 *   true client (team and consultant), as `decideRoute` does with certainty;
 * - routed right: routed to the expected team and consultant; misroute: routed anywhere else
 *   (also a document a person must see that was routed): a lost paper;
 * - triage recall: of the documents a person must see, the share in triage;
 * - auto-route rate: of the documents that should be routed, the share routed (anywhere);
 * - clientWrong: a routed document that names another client than the truth's;
 * - calibration: expected calibration error and a reliability table of the type confidence
 *   against "the type is right" (10 equal-width bins).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { silentLogger } from '../../shared/adapters/local/json-logger.ts';
import { LocalTextExtractor } from '../../shared/adapters/local/text-extractor.ts';
import { classify, routeThreshold, typeRouteThreshold } from '../../shared/domain/classifier.ts';
import { clientIndexFor, type Identification, identifyClient } from '../../shared/domain/client-matching.ts';
import { recogniseDataProtectionRequest } from '../../shared/domain/data-protection-request.ts';
import type { Directory } from '../../shared/domain/directory.ts';
import { DOCUMENT_TYPE_IDS, type DocumentTypeId } from '../../shared/domain/document-types.ts';
import { UnusableInputError } from '../../shared/domain/errors.ts';
import { detectLanguage } from '../../shared/domain/language.ts';
import { decideRoute } from '../../shared/domain/routing.ts';
import { calibrationError } from '../training/calibration.ts';

export interface Truth {
  file: string;
  type: DocumentTypeId;
  clientNumber: string | null;
  expected: 'route' | 'triage';
  language?: string;
  render?: string;
}

/** Targets of issue 16, on the independent sets and the generated test set alike. */
export const INDEPENDENT_TARGETS = {
  typeAccuracy: 0.97,
  misrouteRate: 0.005,
  triageRecall: 0.99,
  autoRouteRate: 0.85,
  ece: 0.03,
};

export interface DocumentOutcome {
  file: string;
  language: string;
  type: DocumentTypeId;
  predicted: DocumentTypeId | null;
  confidence: number;
  expected: string;
  decided: string;
  outcome: 'routed-right' | 'misroute' | 'triage-right' | 'abstained' | 'unreadable';
  clientWrong: boolean;
}

const RECEIVED_AT = new Date('2026-06-15T08:00:00Z');

const destination = (d: { status: string; team: string; consultantId: string | null }) =>
  d.status === 'triage' ? 'triage' : `${d.team}/${d.consultantId ?? '-'}`;

function expectedDestination(truth: Truth, directory: Directory): string {
  if (truth.expected === 'triage') return 'triage';
  const identification: Identification = truth.clientNumber
    ? { status: 'identified', clientNumber: truth.clientNumber, via: 'desk', evidence: [], notes: [] }
    : { status: 'none', evidence: [], notes: [] };
  return destination(
    decideRoute({
      classification: { type: truth.type, confidence: 1, alternatives: [] },
      identification,
      directory,
      receivedAt: RECEIVED_AT,
      threshold: 0,
    }),
  );
}

export interface EvaluateOptions {
  onDocument?: () => void;
  /**
   * A folder keeping each file's extracted text by the file's sha256: a second run reads no page
   * again (OCR is most of a run's time) and measures only classification, identification and
   * routing. Leave it out after a change to reading (OCR, the text layer).
   */
  textCache?: string;
}

/** The text of a file as the extract step reads it (non-blank pages), from `cache` when it holds it. */
async function extractedText(extractor: LocalTextExtractor, path: string, cache: string | undefined): Promise<string> {
  const bytes = new Uint8Array(readFileSync(path));
  const cached = cache && join(cache, `${createHash('sha256').update(bytes).digest('hex')}.txt`);
  if (cached && existsSync(cached)) return readFileSync(cached, 'utf8');
  const { pages } = await extractor.extract({ bytes, mediaType: 'application/octet-stream', objectKey: path });
  const text = pages
    .filter((p) => !p.blank)
    .map((p) => p.text)
    .join('\n\n');
  if (cached) {
    mkdirSync(cache, { recursive: true });
    writeFileSync(cached, text);
  }
  return text;
}

/** Reads, classifies, identifies and routes every file of a set folder. */
export async function evaluateSet(folder: string, directory: Directory, options: EvaluateOptions = {}): Promise<DocumentOutcome[]> {
  const { onDocument = () => {}, textCache } = options;
  const truths = JSON.parse(readFileSync(join(folder, 'truth.json'), 'utf8')) as Truth[];
  const index = clientIndexFor(directory);
  const extractor = new LocalTextExtractor({ engine: 'auto', logger: silentLogger });
  const outcomes: DocumentOutcome[] = [];
  try {
    for (const truth of truths) {
      if (!(DOCUMENT_TYPE_IDS as readonly string[]).includes(truth.type))
        throw new Error(`${folder}: ${truth.file}: unknown type ${truth.type}`);
      const expected = expectedDestination(truth, directory);
      const base = { file: truth.file, language: truth.language ?? 'nl', type: truth.type, expected };
      let text: string;
      try {
        text = await extractedText(extractor, join(folder, 'files', truth.file), textCache);
      } catch (error) {
        if (!(error instanceof UnusableInputError)) throw error;
        // A file the pipeline rejects is seen by a person (rejected with a reason): never routed.
        outcomes.push({ ...base, predicted: null, confidence: 0, decided: 'rejected', outcome: 'unreadable', clientWrong: false });
        continue;
      }
      const classification = classify(text);
      const decision = decideRoute({
        classification,
        identification: identifyClient(text, index),
        directory,
        receivedAt: RECEIVED_AT,
        threshold: routeThreshold(classification.type),
        typeRouteThreshold: typeRouteThreshold(classification.type),
        dataProtectionRequest: recogniseDataProtectionRequest(text),
        language: detectLanguage(text),
      });
      const decided = destination(decision);
      const outcome =
        decision.status === 'triage'
          ? expected === 'triage'
            ? 'triage-right'
            : 'abstained'
          : decided === expected
            ? 'routed-right'
            : 'misroute';
      outcomes.push({
        ...base,
        predicted: classification.type,
        confidence: classification.confidence,
        decided,
        outcome,
        clientWrong: decision.status === 'routed' && decision.clientNumber !== null && decision.clientNumber !== truth.clientNumber,
      });
      onDocument();
    }
  } finally {
    await extractor.close();
  }
  return outcomes;
}

const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 10_000) / 10_000 : null);

/** The figures of a set (or of several together), with the targets and whether each is met. */
export function summariseOutcomes(outcomes: DocumentOutcome[]) {
  const n = outcomes.length;
  const count = (f: (o: DocumentOutcome) => boolean) => outcomes.filter(f).length;
  const mustSee = outcomes.filter((o) => o.expected === 'triage');
  const shouldRoute = outcomes.filter((o) => o.expected !== 'triage');
  const read = outcomes.filter((o) => o.predicted !== null);
  const cal = calibrationError(
    read.map((o) => o.confidence),
    read.map((o) => o.predicted === o.type),
    10,
  );
  const figures = {
    documents: n,
    typeAccuracy: ratio(
      count((o) => o.predicted === o.type),
      n,
    ),
    routedRight: ratio(
      count((o) => o.outcome === 'routed-right'),
      n,
    ),
    misrouteRate: ratio(
      count((o) => o.outcome === 'misroute'),
      n,
    ),
    misroutes: count((o) => o.outcome === 'misroute'),
    triageRecall: ratio(mustSee.filter((o) => o.outcome !== 'misroute').length, mustSee.length),
    autoRouteRate: ratio(shouldRoute.filter((o) => o.outcome === 'routed-right' || o.outcome === 'misroute').length, shouldRoute.length),
    triage: ratio(
      count((o) => o.outcome === 'triage-right' || o.outcome === 'abstained'),
      n,
    ),
    clientWrongRouted: count((o) => o.clientWrong),
    unreadable: count((o) => o.outcome === 'unreadable'),
    ece: Math.round(cal.ece * 10_000) / 10_000,
  };
  const met = {
    typeAccuracy: (figures.typeAccuracy ?? 0) >= INDEPENDENT_TARGETS.typeAccuracy,
    misrouteRate: (figures.misrouteRate ?? 1) <= INDEPENDENT_TARGETS.misrouteRate,
    triageRecall: (figures.triageRecall ?? 1) >= INDEPENDENT_TARGETS.triageRecall,
    autoRouteRate: (figures.autoRouteRate ?? 0) >= INDEPENDENT_TARGETS.autoRouteRate,
    ece: figures.ece <= INDEPENDENT_TARGETS.ece,
  };
  return {
    ...figures,
    targets: INDEPENDENT_TARGETS,
    met,
    reliability: cal.bins.map((b) => ({
      from: b.from,
      to: b.to,
      documents: b.count,
      meanConfidence: Math.round(b.meanConfidence * 1000) / 1000,
      accuracy: Math.round(b.accuracy * 1000) / 1000,
    })),
  };
}

/** Which types were taken for which, most frequent first: "payslip → bank_statement × 3". */
function confusions(outcomes: DocumentOutcome[]): string[] {
  const counts = new Map<string, number>();
  for (const o of outcomes)
    if (o.predicted !== o.type) {
      const key = `${o.type} → ${o.predicted ?? 'unreadable'}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([key, n]) => `${key} × ${n}`);
}

/** Per set and all sets together, with the figures per language, the misrouted files and the type confusions. */
export function reportOutcomes(bySet: Record<string, DocumentOutcome[]>) {
  const all = Object.values(bySet).flat();
  const perLanguage = (outcomes: DocumentOutcome[]) => {
    const languages = [...new Set(outcomes.map((o) => o.language))].sort();
    return Object.fromEntries(
      languages.map((l) => {
        const { reliability, targets, met, ...figures } = summariseOutcomes(outcomes.filter((o) => o.language === l));
        return [l, figures];
      }),
    );
  };
  return {
    all: { ...summariseOutcomes(all), byLanguage: perLanguage(all) },
    sets: Object.fromEntries(
      Object.entries(bySet).map(([folder, outcomes]) => [
        folder,
        {
          ...summariseOutcomes(outcomes),
          byLanguage: perLanguage(outcomes),
          misroutedFiles: outcomes
            .filter((o) => o.outcome === 'misroute')
            .map(({ file, type, predicted, expected, decided }) => ({ file, type, predicted, expected, decided })),
          typeConfusions: confusions(outcomes),
        },
      ]),
    ),
  };
}

/** The report as text: per set, then all sets together. */
export function printReport(r: ReturnType<typeof reportOutcomes>, out: (s: string) => void = (s) => process.stdout.write(s)) {
  const line = (label: string, figures: Record<string, unknown>) => {
    const { byLanguage, reliability, misroutedFiles, typeConfusions, targets, met, ...rest } = figures as Record<string, unknown>;
    out(`\n${label}\n`);
    for (const [k, v] of Object.entries(rest)) {
      const ok = (met as Record<string, boolean> | undefined)?.[k];
      out(
        `  ${k.padEnd(18)} ${v}${ok === undefined ? '' : ok ? '  (target met)' : `  (target ${(targets as Record<string, number>)[k]} not met)`}\n`,
      );
    }
    for (const [lang, s] of Object.entries((byLanguage as object) ?? {})) out(`  ${lang}: ${JSON.stringify(s)}\n`);
    if (reliability) {
      out('  reliability: confidence bin → documents, mean confidence, accuracy\n');
      for (const b of reliability as { from: number; to: number; documents: number; meanConfidence: number; accuracy: number }[])
        out(
          `    ${b.from.toFixed(1)}–${b.to.toFixed(1)}  ${String(b.documents).padStart(4)}  ${b.meanConfidence.toFixed(3)}  ${b.accuracy.toFixed(3)}\n`,
        );
    }
    if (misroutedFiles) for (const f of misroutedFiles as object[]) out(`  misrouted: ${JSON.stringify(f)}\n`);
    if (typeConfusions) out(`  type confusions: ${(typeConfusions as string[]).join('; ') || 'none'}\n`);
  };
  for (const [folder, figures] of Object.entries(r.sets)) line(`${folder} (independent: never tune on it)`, figures);
  if (Object.keys(r.sets).length > 1) line('all independent sets together', r.all);
}
