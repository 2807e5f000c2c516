/**
 * `npm run eval:split`: how well `splitPages` separates envelopes and mailroom stacks into documents.
 *
 *   tsx scripts/eval-split.ts [--envelopes 300] [--seed split-eval-1] [--json]
 *   tsx scripts/eval-split.ts --files eval/independent-envelopes [--json]
 *
 * With `--files`, the PDFs of a folder with a `truth.json` (per file: its documents' pages, type,
 * client, restricted; its blank pages) go through the real text extraction (text layer, else OCR,
 * sheets read from the page images) against the example directory: the independent set, written
 * by someone who never saw the generator. Never tune on it.
 *
 * Envelopes are built from documents of the corpus generator's held-out templates (layouts the
 * classifier never saw), from a seed of their own: 2–12 documents, at most 40 pages, several
 * clients, the same client several times in a row, blank back sides. Clean text (no OCR): this
 * measures the separation logic, not the scanner.
 *
 * Definitions
 * - a boundary: a page (other than the file's first content page) where a document begins;
 *   precision and recall of the boundaries found against the true ones;
 * - exactDocumentRate: share of the true documents found with exactly their pages;
 * - blankPagesKept: blank pages that ended up inside a document (must be 0);
 * - restrictedMixed: documents that hold a restricted (medical) page next to other pages (must be 0);
 * - uncertainRate: share of envelopes with a boundary marked uncertain (they go to triage whole).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { silentLogger } from '../shared/adapters/local/json-logger.ts';
import { LocalTextExtractor } from '../shared/adapters/local/text-extractor.ts';
import { clientIndexFor } from '../shared/domain/client-matching.ts';
import { parseDirectory } from '../shared/domain/directory.ts';
import { DOCUMENT_TYPES } from '../shared/domain/document-types.ts';
import { type SplitPage, splitPages } from '../shared/domain/split.ts';
import { type CorpusDoc, generateCorpus } from './corpus/corpus.ts';
import { generateDirectory } from './corpus/people.ts';
import { Rng } from './corpus/random.ts';

const { values } = parseArgs({
  options: {
    envelopes: { type: 'string', default: '300' },
    seed: { type: 'string', default: 'split-eval-1' },
    json: { type: 'boolean', default: false },
    files: { type: 'string' },
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

interface Truth {
  pages: SplitPage[];
  documents: { pages: number[]; restricted: boolean }[];
  blank: number[];
}

function envelope(): Truth {
  const count = rng.int(2, 12);
  const pages: SplitPage[] = [];
  const documents: Truth['documents'] = [];
  const blank: number[] = [];
  let previous: CorpusDoc | undefined;
  for (let i = 0; i < count && pages.length < 40; i++) {
    // A third of the time the same client again (a client's envelope holds several documents).
    const sameClient = previous?.clientNumber ? pool.filter((d) => d.clientNumber === previous?.clientNumber) : [];
    const doc = sameClient.length > 0 && rng.chance(0.35) ? rng.pick(sameClient) : rng.pick(pool);
    if (pages.length + doc.pages.length > 40) break;
    const own: number[] = [];
    for (const text of doc.pages) {
      pages.push({ page: pages.length + 1, text, blank: false });
      own.push(pages.length);
      if (rng.chance(0.12)) {
        pages.push({ page: pages.length + 1, text: '', blank: true }); // a blank back side
        blank.push(pages.length);
      }
    }
    documents.push({ pages: own, restricted: DOCUMENT_TYPES[doc.type].restricted });
    previous = doc;
  }
  return { pages, documents, blank };
}

let truePositives = 0;
let found = 0;
let actual = 0;
let exact = 0;
let documents = 0;
let blankKept = 0;
let restrictedMixed = 0;
let uncertainEnvelopes = 0;
let pagesTotal = 0;
const started = performance.now();
const envelopes = FILES ? await filesWithTruth(FILES) : Array.from({ length: ENVELOPES }, envelope);
for (const truth of envelopes) {
  pagesTotal += truth.pages.length;
  const result = splitPages(truth.pages, index);
  const trueStarts = new Set(truth.documents.slice(1).map((d) => d.pages[0]));
  const foundStarts = new Set(result.parts.slice(1).map((p) => p.pages[0]));
  actual += trueStarts.size;
  found += foundStarts.size;
  for (const s of foundStarts) if (trueStarts.has(s)) truePositives++;
  const partKeys = new Set(result.parts.map((p) => p.pages.join(',')));
  documents += truth.documents.length;
  exact += truth.documents.filter((d) => partKeys.has(d.pages.join(','))).length;
  const blank = new Set(truth.blank);
  blankKept += result.parts.flatMap((p) => p.pages).filter((p) => blank.has(p)).length;
  const restrictedPages = new Set(truth.documents.filter((d) => d.restricted).flatMap((d) => d.pages));
  restrictedMixed += result.parts.filter(
    (p) => p.pages.some((x) => restrictedPages.has(x)) && p.pages.some((x) => !restrictedPages.has(x)),
  ).length;
  if (result.uncertain) uncertainEnvelopes++;
}
const seconds = (performance.now() - started) / 1000;

const round = (x: number) => Math.round(x * 10_000) / 10_000;
const report = {
  set: FILES ?? `generated (seed ${SEED})`,
  envelopes: envelopes.length,
  documents,
  pages: pagesTotal,
  boundaryPrecision: round(found ? truePositives / found : 1),
  boundaryRecall: round(actual ? truePositives / actual : 1),
  exactDocumentRate: round(exact / documents),
  blankPagesKept: blankKept,
  restrictedMixed,
  uncertainRate: round(uncertainEnvelopes / envelopes.length),
  msPerPage: round((seconds * 1000) / pagesTotal),
  targets: { boundaryPrecision: 0.98, boundaryRecall: 0.98, blankPagesKept: 0, restrictedMixed: 0 },
};
if (values.json) process.stdout.write(`${JSON.stringify(report)}\n`);
else {
  for (const [k, v] of Object.entries(report)) if (k !== 'targets') process.stdout.write(`${k.padEnd(20)} ${v}\n`);
  process.stdout.write('targets: boundary precision and recall ≥ 0.98, no blank page kept, no restricted page mixed in\n');
}

/** The independent set: each PDF read as the pipeline reads it, with the truth written next to it. */
async function filesWithTruth(dir: string): Promise<Truth[]> {
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as {
    file: string;
    documents: { pages: number[]; restricted: boolean }[];
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
        documents: t.documents.map((d) => ({ pages: d.pages, restricted: d.restricted })),
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
