/**
 * `npm run eval:split`: how well `splitPages` separates envelopes and mailroom stacks into documents.
 *
 *   tsx scripts/eval-split.ts [--envelopes 300] [--seed split-eval-1] [--sheets] [--json]
 *   tsx scripts/eval-split.ts --files eval/independent-envelopes [--json]
 *
 * With `--files`, the PDFs of a folder with a `truth.json` (per file: its documents' pages, type,
 * client, restricted; its blank pages) go through the real text extraction (text layer, else OCR,
 * sheets read from the page images) against the example directory: the independent set, written
 * by someone who never saw the generator. Never tune on it.
 *
 * With `--sheets`, the mailroom put a cover sheet (or, for an unknown client, a separator sheet)
 * in front of every document after the first, as read from the page image.
 *
 * Envelopes are built from documents of the corpus generator's held-out templates (layouts the
 * classifier never saw), from a seed of their own: 2–12 documents, at most 40 pages, several
 * clients, the same client several times in a row, blank back sides, and a third of the one-page
 * documents run over onto unnumbered further pages (scripts/corpus/envelopes.ts). Clean text (no OCR): this
 * measures the separation logic, not the scanner.
 *
 * Definitions
 * - a boundary: a page (other than the file's first content page) where a document begins;
 *   boundaryPrecision / boundaryRecall: of the files the split step separates on its own (not
 *   uncertain), the boundaries found against the true ones;
 * - proposalPrecision / proposalRecall: the same over every file, an uncertain file counted as
 *   the split proposed to the person in triage (what they start from);
 * - exactDocumentRate: share of the true documents found with exactly their pages (uncertain
 *   files: in the proposal);
 * - blankPagesKept: blank pages that ended up inside a document (must be 0);
 * - restrictedMixed: documents that hold a restricted (medical) page next to other pages (must be 0);
 * - uncertainRate: share of envelopes with a boundary marked uncertain (from the doubt on, a person
 *   separates them);
 * - routing, per document found with exactly its pages: type and client accuracy, and the share
 *   routed right, sent to triage, or routed wrong (a wrong type or client), as the route step decides.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { silentLogger } from '../shared/adapters/local/json-logger.ts';
import { LocalTextExtractor } from '../shared/adapters/local/text-extractor.ts';
import { classify, routeThreshold } from '../shared/domain/classifier.ts';
import { clientIndexFor, identifyClient } from '../shared/domain/client-matching.ts';
import { parseDirectory } from '../shared/domain/directory.ts';
import { detectLanguage } from '../shared/domain/language.ts';
import { decideRoute } from '../shared/domain/routing.ts';
import { pageClassifier, proposeSplit, type SplitResult, splitPages } from '../shared/domain/split.ts';
import { generateCorpus } from './corpus/corpus.ts';
import { buildEnvelope, type Envelope } from './corpus/envelopes.ts';
import { generateDirectory } from './corpus/people.ts';
import { Rng } from './corpus/random.ts';

const { values } = parseArgs({
  options: {
    envelopes: { type: 'string', default: '300' },
    seed: { type: 'string', default: 'split-eval-1' },
    json: { type: 'boolean', default: false },
    files: { type: 'string' },
    sheets: { type: 'boolean', default: false },
  },
});
const SEED = values.seed as string;
const ENVELOPES = Number(values.envelopes);

const FILES = values.files as string | undefined;
const directory = FILES
  ? parseDirectory(JSON.parse(readFileSync('examples/directory.json', 'utf8')))
  : parseDirectory(generateDirectory(new Rng(`${SEED}:directory`)));
const index = clientIndexFor(directory);
const pool = FILES ? [] : generateCorpus({ seed: SEED, count: 6000, directory }).filter((d) => d.split === 'test' && !d.ocr);
const rng = new Rng(`${SEED}:envelopes`);

type Truth = Envelope;
const envelope = (): Truth => buildEnvelope(pool, rng, { sheets: values.sheets === true });

/** Boundary counts: true starts, starts found, and how many of those were right. */
const tally = () => ({ actual: 0, found: 0, right: 0 });
const decided = tally(); // files the split step separates on its own
const proposed = tally(); // every file, uncertain ones as proposed to the person in triage
let exact = 0;
let documents = 0;
let blankKept = 0;
let restrictedMixed = 0;
let uncertainEnvelopes = 0;
let pagesTotal = 0;
const count = (t: ReturnType<typeof tally>, truth: Set<number>, parts: SplitResult['parts']) => {
  const starts = new Set(parts.slice(1).map((p) => p.pages[0]));
  t.actual += truth.size;
  t.found += starts.size;
  for (const s of starts) if (truth.has(s as number)) t.right++;
};
/**
 * Routing of each document found with exactly its pages, as the route step decides it: type,
 * client, and whether it went to a wrong place (routed with a wrong type or client) instead of
 * the right one or a person (triage).
 */
const routing = { documents: 0, typeRight: 0, clientRight: 0, routedRight: 0, triage: 0, routedWrong: 0 };
const receivedAt = new Date('2026-06-15T08:00:00Z');
function routeFound(d: Envelope['documents'][number], truth: Envelope) {
  const own = new Set(d.pages);
  const text = truth.pages
    .filter((p) => own.has(p.page) && !p.blank)
    .map((p) => p.text)
    .join('\n\n');
  const classification = classify(text);
  const identification = identifyClient(text, index);
  const decision = decideRoute({
    classification,
    identification,
    directory,
    receivedAt,
    threshold: routeThreshold(classification.type),
    language: detectLanguage(text),
  });
  const typeRight = classification.type === d.type;
  const clientRight = (decision.clientNumber ?? null) === (d.clientNumber ?? null);
  routing.documents++;
  if (typeRight) routing.typeRight++;
  if (clientRight) routing.clientRight++;
  if (decision.status === 'triage') routing.triage++;
  else if (typeRight && clientRight) routing.routedRight++;
  else routing.routedWrong++;
}

const started = performance.now();
const envelopes = FILES ? await filesWithTruth(FILES) : Array.from({ length: ENVELOPES }, envelope);
for (const truth of envelopes) {
  pagesTotal += truth.pages.length;
  const classify = pageClassifier();
  const result = splitPages(truth.pages, index, { classify });
  const trueStarts = new Set(truth.documents.slice(1).map((d) => d.pages[0] as number));
  // An uncertain file is separated by a person, starting from the proposal.
  const parts = result.uncertain ? proposeSplit(truth.pages, index, { classify }).parts : result.parts;
  if (result.uncertain) uncertainEnvelopes++;
  else count(decided, trueStarts, parts);
  count(proposed, trueStarts, parts);
  const partKeys = new Set(parts.map((p) => p.pages.join(',')));
  documents += truth.documents.length;
  const found = truth.documents.filter((d) => partKeys.has(d.pages.join(',')));
  exact += found.length;
  for (const d of found) routeFound(d, truth);
  const blank = new Set(truth.blank);
  blankKept += parts.flatMap((p) => p.pages).filter((p) => blank.has(p)).length;
  const restrictedPages = new Set(truth.documents.filter((d) => d.restricted).flatMap((d) => d.pages));
  restrictedMixed += parts.filter(
    (p) => p.pages.some((x) => restrictedPages.has(x)) && p.pages.some((x) => !restrictedPages.has(x)),
  ).length;
}
const seconds = (performance.now() - started) / 1000;

const round = (x: number) => Math.round(x * 10_000) / 10_000;
const report = {
  set: FILES ?? `generated (seed ${SEED})${values.sheets ? ', with cover and separator sheets' : ''}`,
  envelopes: envelopes.length,
  documents,
  pages: pagesTotal,
  boundaryPrecision: round(decided.found ? decided.right / decided.found : 1),
  boundaryRecall: round(decided.actual ? decided.right / decided.actual : 1),
  proposalPrecision: round(proposed.found ? proposed.right / proposed.found : 1),
  proposalRecall: round(proposed.actual ? proposed.right / proposed.actual : 1),
  exactDocumentRate: round(exact / documents),
  blankPagesKept: blankKept,
  restrictedMixed,
  uncertainRate: round(uncertainEnvelopes / envelopes.length),
  msPerPage: round((seconds * 1000) / pagesTotal),
  routing: {
    documents: routing.documents,
    typeAccuracy: round(routing.typeRight / routing.documents),
    clientAccuracy: round(routing.clientRight / routing.documents),
    routedRight: round(routing.routedRight / routing.documents),
    triage: round(routing.triage / routing.documents),
    routedWrong: round(routing.routedWrong / routing.documents),
  },
  targets: { boundaryPrecision: 0.98, boundaryRecall: 0.98, blankPagesKept: 0, restrictedMixed: 0 },
};
if (values.json) process.stdout.write(`${JSON.stringify(report)}\n`);
else {
  for (const [k, v] of Object.entries(report))
    if (k !== 'targets') process.stdout.write(`${k.padEnd(20)} ${typeof v === 'object' ? JSON.stringify(v) : v}\n`);
  process.stdout.write('targets: boundary precision and recall ≥ 0.98, no blank page kept, no restricted page mixed in\n');
}

/** The independent set: each PDF read as the pipeline reads it, with the truth written next to it. */
async function filesWithTruth(dir: string): Promise<Truth[]> {
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as {
    file: string;
    documents: Envelope['documents'];
    blankPages?: number[];
  }[];
  const extractor = new LocalTextExtractor({ engine: 'auto', logger: silentLogger });
  try {
    const out: Truth[] = [];
    for (const t of truth) {
      const bytes = new Uint8Array(readFileSync(join(dir, 'files', t.file)));
      const { pages } = await extractor.extract({ bytes, mediaType: 'application/pdf', objectKey: t.file });
      out.push({
        pages: pages.map((p) => ({ page: p.page, text: p.text, blank: Boolean(p.blank), sheet: p.sheet ?? null })),
        documents: t.documents.map((d) => ({
          pages: d.pages,
          restricted: d.restricted,
          type: d.type,
          clientNumber: d.clientNumber ?? null,
        })),
        blank: t.blankPages ?? [],
      });
      if (!values.json) process.stderr.write('.');
    }
    if (!values.json) process.stderr.write('\n');
    return out;
  } finally {
    await extractor.close();
  }
}
