/**
 * `npm run bench`: how fast the embedded pipeline is on this machine, measured side by side with
 * the bare OCR engine on the same pages in the same run.
 *
 *   npm run bench -- [--quick] [--json] [--keep-going]
 *
 * --quick   a small version (CI, < 2 minutes); the sizes used are in the report's `params`.
 * --json    the last line of stdout is one JSON object (progress goes to stderr); a table otherwise.
 * --reports where to write bench.json and bench.md (default reports/).
 * --only    a comma-separated list of sections (classify, overhead, throughput, born-digital,
 *           scaling, surge, split, memory, mail) while working on one of them; the others report null.
 * Reports: reports/bench.json and reports/bench.md. Installs nothing: it reports the OCR engine it
 * found (native `tesseract` with nld+eng when installed, else tesseract.js) and skips what needs a
 * missing tool (ocrmypdf), saying so in `notes`.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { intake } from '../functions/intake/intake.ts';
import { takeInMail } from '../functions/mail-intake/mail-intake.ts';
import { mailIntakeDeps } from '../local/mailbox-watcher.ts';
import { Worker } from '../local/worker.ts';
import { pdfPages } from '../shared/adapters/local/ocr/pdf-pages.ts';
import { isNativeTesseractUsable } from '../shared/adapters/local/ocr/select-ocr-engine.ts';
import { classify, routeThreshold } from '../shared/domain/classifier.ts';
import { clientIndexFor, identifyClient } from '../shared/domain/client-matching.ts';
import { parseDirectory } from '../shared/domain/directory.ts';
import { decideRoute } from '../shared/domain/routing.ts';
import { Fixtures, SCAN_DPI, type ScannedPage } from './bench/fixtures.ts';
import {
  bareTesseract,
  bareTesseractList,
  benchRuntime,
  CORES,
  cpuSeconds,
  linearFit,
  loadAverage,
  logLogSlope,
  ocrmypdf,
  ocrmypdfVersion,
  pipeline,
  round,
  sum,
  type Timing,
  tesseractVersion,
  timed,
} from './bench/measure.ts';
import { markdownReport, type Target, tableReport } from './bench/report.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIRECTORY = join(ROOT, 'examples', 'directory.json');

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    only: { type: 'string' },
    reports: { type: 'string', default: 'reports' },
  },
});
const SECTIONS = ['classify', 'overhead', 'throughput', 'born-digital', 'scaling', 'surge', 'split', 'memory', 'mail'] as const;
const only = args.only ? new Set(args.only.split(',')) : new Set<string>(SECTIONS);
for (const name of only)
  if (!(SECTIONS as readonly string[]).includes(name)) throw new Error(`--only: unknown section "${name}" (${SECTIONS.join(', ')})`);
const runs = (section: (typeof SECTIONS)[number]) => only.has(section);
const quick = args.quick === true;
const log = (line: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

/** Sizes: the full run takes about 8 minutes on 2 cores; --quick keeps every section, smaller. */
const params = quick
  ? {
      overheadDocs: 2,
      throughputDocs: 4,
      bornDigitalDocs: 60,
      classifySeconds: 0.5,
      memoryPages: 40,
      memoryInkedPages: 4,
      surgeObjections: 6,
      stackPages: 20,
      scalingSizes: [10, 20, 40],
      scalingRounds: 3,
    }
  : {
      overheadDocs: 8,
      throughputDocs: 24,
      bornDigitalDocs: 120,
      classifySeconds: 2,
      memoryPages: 300,
      memoryInkedPages: 300,
      surgeObjections: 150,
      stackPages: 40,
      scalingSizes: [50, 100, 200],
      scalingRounds: 1,
    };
const PAGES_PER_SCAN = 2;
const ENCLOSURE_SUBJECTS = [
  'de afwijzing van de energietoeslag',
  'de terugvordering van bijstand',
  'de verlaging van de uitkering',
  'de afwijzing van bijzondere bijstand',
  'de beëindiging van de uitkering',
];

function enclosurePage(subject: string, i: number): string {
  return [
    `Bijlage ${1 + (i % 2)} bij bezwaarschrift - kopie van het besluit`,
    '',
    'Gemeente Voorbeeld',
    'Team Inkomen',
    '',
    'Naam: [onleesbaar gemaakt]',
    `Datum besluit: ${10 + i}-10-2026`,
    `Onderwerp: besluit over ${subject}`,
    '',
    'Geachte heer/mevrouw,',
    '',
    `Wij hebben uw situatie beoordeeld. In deze brief leest u ons besluit over ${subject}`,
    'en de redenen daarvoor. Wij hebben gekeken naar uw inkomen, uw vermogen en de',
    'gegevens die u ons heeft gestuurd. Op grond van de Participatiewet hebben wij besloten',
    'dat u geen recht heeft op het gevraagde bedrag.',
    '',
    'Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van',
    'deze brief bezwaar maken. Stuur uw bezwaarschrift naar het college van burgemeester',
    'en wethouders. Vermeld daarin uw naam, adres, de datum en waarom u het niet eens bent.',
    '',
    'Met vriendelijke groet,',
    '',
    'het college van burgemeester en wethouders,',
    'namens dezen, de teamleider Inkomen',
  ].join('\n');
}

const notes: string[] = [];
const directory = parseDirectory(JSON.parse(readFileSync(DIRECTORY, 'utf8')));
const fixtures = new Fixtures(directory, join(ROOT, 'data', 'bench-cache'), mkdtempSync(join(tmpdir(), 'postkamer-bench-files-')));
const startedAt = new Date();
const loadStart = loadAverage();

// ---------------------------------------------------------------- engine
const native = await isNativeTesseractUsable();
const engine = native
  ? `tesseract-native (${tesseractVersion()}, nld+eng, OMP_THREAD_LIMIT=1)`
  : 'tesseract.js (WebAssembly, nld+eng from npm)';
if (!native)
  notes.push(
    'Native tesseract with nld+eng is not installed: the pipeline used tesseract.js, and the bare-tesseract comparisons are skipped (see README "Performance" for the install).',
  );
log(`OCR engine: ${engine}; ${CORES} cores`);

// ---------------------------------------------------------------- fixtures
log('preparing pages (rendered once, cached in data/bench-cache/)');
const scanSeedBase = 7000;
/** 2-page scans: the first two pages of realistic multi-page documents (statements, court letters, applications, contracts…). */
async function scannedDocs(prefix: string, count: number, seed: string) {
  const multiPage = fixtures
    .documents(seed, count * 12)
    .filter((d) => d.pages.length >= PAGES_PER_SCAN)
    .slice(0, count);
  if (multiPage.length < count) throw new Error('the corpus gave too few multi-page documents');
  const docs: { pdf: string; pages: ScannedPage[] }[] = [];
  for (const [i, doc] of multiPage.entries()) {
    const pages: ScannedPage[] = [];
    for (const [p, text] of doc.pages.slice(0, PAGES_PER_SCAN).entries()) pages.push(await fixtures.scan(text, scanSeedBase + i * 10 + p));
    docs.push({ pdf: await fixtures.scanPdf(`${prefix}-${i + 1}.pdf`, pages), pages });
  }
  return docs;
}
const maxScanDocs = Math.max(params.overheadDocs, params.throughputDocs);
// Only what the chosen sections need (everything is cached after the first run).
const needsScans = runs('overhead') || runs('throughput') || runs('surge') || runs('memory');
const scanDocs = needsScans ? await scannedDocs('scan', maxScanDocs, 'bench-scans') : [];
const warmupScan = needsScans ? await fixtures.scanPdf('warmup-scan.pdf', [scanDocs[0]?.pages[0] as ScannedPage], 'warm-up') : '';

const bornDigitalDocs = fixtures.documents('bench-born-digital', params.bornDigitalDocs + Math.max(...params.scalingSizes) + 1);
const textFiles: { path: string; pages: number }[] = [];
for (const [i, doc] of bornDigitalDocs.entries()) {
  const pages = doc.pages.slice(0, 3);
  textFiles.push({ path: await fixtures.textPdf(`digital-${i + 1}.pdf`, pages), pages: pages.length });
}

const objections = fixtures
  .documents('bench-surge', params.surgeObjections * 3, ['objection'])
  .filter((d) => d.clientNumber !== null && d.clientEvidence !== 'conflict' && d.clientEvidence !== 'none')
  .slice(0, params.surgeObjections);
if (objections.length < params.surgeObjections) throw new Error('the corpus gave too few objections with a known client');
// The second page: the objection's own, else an enclosure without personal details (a copy of the
// decision objected to, names blacked out), so the client evidence stays on page one.
const enclosures = ENCLOSURE_SUBJECTS.map((subject, i) => enclosurePage(subject, i));
const surgeFiles: string[] = [];
for (const [i, doc] of (runs('surge') ? objections : []).entries()) {
  const first = await fixtures.scan(doc.pages[0] ?? '', 9000 + i);
  const secondText = doc.pages[1] ?? enclosures[i % enclosures.length] ?? '';
  const second = await fixtures.scan(secondText, doc.pages[1] ? 9500 + i : 9900 + (i % enclosures.length));
  surgeFiles.push(await fixtures.scanPdf(`bezwaar-${i + 1}.pdf`, [first, second]));
}

// The 300-page scan: distinct page images, repeated (each page embedded on its own, as a scanner would).
async function bulkScan(): Promise<string> {
  const pool = scanDocs.flatMap((d) => d.pages);
  const blank = await fixtures.scan('', 4242);
  const pages = Array.from({ length: params.memoryPages }, (_, i) =>
    i < params.memoryInkedPages ? (pool[i % pool.length] as ScannedPage) : blank,
  );
  return fixtures.scanPdf(`bulk-${params.memoryPages}.pdf`, pages);
}
const bigPdf = runs('memory') ? await bulkScan() : '';
log(
  `fixtures ready: ${scanDocs.length} scans, ${textFiles.length} born-digital PDFs, ${surgeFiles.length} objections${bigPdf ? `, ${params.memoryPages}-page PDF` : ''}`,
);

// ---------------------------------------------------------------- 1. classify + identify + route
let classifyRoutePerSecond = Number.NaN;
let classifyRoute: Record<string, unknown> = {};
if (runs('classify')) {
  log('classify + identify + route');
  const texts = fixtures.documents('bench-classify', 1500).map((d) => d.pages.join('\n\n'));
  const index = clientIndexFor(directory);
  const receivedAt = new Date('2026-11-25T10:00:00+01:00');
  const decideAll = () => {
    for (const text of texts) {
      const classification = classify(text);
      const identification = identifyClient(text, index);
      decideRoute({ classification, identification, directory, receivedAt, threshold: routeThreshold(classification.type) });
    }
  };
  decideAll(); // after load: the model, the client index and the JIT are warm
  let decided = 0;
  const cpu0 = cpuSeconds();
  const classifyStart = performance.now();
  while (performance.now() - classifyStart < params.classifySeconds * 1000) {
    decideAll();
    decided += texts.length;
  }
  classifyRoutePerSecond = decided / ((performance.now() - classifyStart) / 1000);
  const meanChars = sum(texts.map((t) => t.length)) / texts.length;
  // CPU time too: on a shared machine other jobs take wall-clock time from the loop, not CPU time.
  classifyRoute = { texts: texts.length, meanChars: Math.round(meanChars), decided, cpuSeconds: round(cpuSeconds().self - cpu0.self, 3) };
}

// ---------------------------------------------------------------- 2. OCR overhead (one worker)
let ocrOverhead: Record<string, unknown> = {};
let ocrOverheadRatio: number | null = null;
let ocrmypdfRatio: number | null = null;
const engineUsed = new Set<string>();
if (runs('overhead')) {
  log(`OCR overhead: ${params.overheadDocs} scans × ${PAGES_PER_SCAN} pages, bare tesseract and the pipeline (1 worker) taking turns`);
  const rt = await benchRuntime(DIRECTORY, 1);
  await pipeline(rt, [warmupScan]); // pdfjs, the classifier, the OCR engine choice: loaded before the clock runs
  const bare: Timing[] = [];
  const bareList: Timing[] = [];
  const pipe: Timing[] = [];
  for (const [i, doc] of scanDocs.slice(0, params.overheadDocs).entries()) {
    // Alternating which goes first evens out background load and cache warmth.
    const runBare = async () => {
      if (native) bare.push(await bareTesseract(doc.pages.map((p) => p.path)));
    };
    const runPipe = async () => {
      const run = await pipeline(rt, [doc.pdf]);
      pipe.push(run);
      for (const line of run.value) if (line.documentId) await collectEngine(rt, line.documentId);
    };
    if (i % 2 === 0) {
      await runBare();
      await runPipe();
    } else {
      await runPipe();
      await runBare();
    }
    if (native) bareList.push(await bareTesseractList(doc.pages.map((p) => p.path)));
  }
  await rt.close();
  const pages = params.overheadDocs * PAGES_PER_SCAN;
  const pipeSeconds = sum(pipe.map((t) => t.seconds));
  const bareSeconds = sum(bare.map((t) => t.seconds));
  ocrOverheadRatio = native ? pipeSeconds / bareSeconds : null;
  ocrOverhead = {
    pages,
    pipelineSecondsPerPage: round(pipeSeconds / pages, 3),
    bareSecondsPerPage: native ? round(bareSeconds / pages, 3) : null,
    pipelineCpuSecondsPerPage: round(sum(pipe.map((t) => t.cpuSeconds)) / pages, 3),
    bareCpuSecondsPerPage: native ? round(sum(bare.map((t) => t.cpuSeconds)) / pages, 3) : null,
    cpuRatio: native ? round(sum(pipe.map((t) => t.cpuSeconds)) / sum(bare.map((t) => t.cpuSeconds)), 3) : null,
    // Reference: the bare command once per document (models loaded once), which is what the pipeline's batches do.
    bareOncePerDocumentSecondsPerPage: native ? round(sum(bareList.map((t) => t.seconds)) / pages, 3) : null,
    bareOncePerDocumentCpuSecondsPerPage: native ? round(sum(bareList.map((t) => t.cpuSeconds)) / pages, 3) : null,
  };
  const ocrmypdfAt = ocrmypdfVersion();
  if (!ocrmypdfAt) notes.push('ocrmypdf is not installed: ocrmypdfRatio is null (the benchmark installs nothing).');
  else if (native) {
    const times: Timing[] = [];
    for (const doc of scanDocs.slice(0, params.overheadDocs)) times.push(await ocrmypdf(doc.pdf));
    ocrmypdfRatio = sum(times.map((t) => t.seconds)) / bareSeconds;
    ocrOverhead.ocrmypdf = { version: ocrmypdfAt, secondsPerPage: round(sum(times.map((t) => t.seconds)) / pages, 3) };
  }
}

async function collectEngine(rt: Awaited<ReturnType<typeof benchRuntime>>, documentId: string) {
  for (const e of await rt.ledger.listEvents(documentId))
    if (e.type === 'extracted') engineUsed.add(String((e.data as { engine?: string }).engine ?? 'unknown'));
}

// ---------------------------------------------------------------- 3. throughput on all cores
let throughput: Record<string, unknown> = {};
let parallelEfficiency: number | null = null;
if (runs('throughput')) {
  const docs = scanDocs.slice(0, params.throughputDocs);
  // Two rounds over the same pages in ABBA order (evens out drift in background load); the second
  // round's PDFs differ in their bytes only, or intake would link them to the first as duplicates.
  const again = await Promise.all(
    docs.map(async (d, i) => ({ ...d, pdf: await fixtures.scanPdf(`scan-again-${i + 1}.pdf`, d.pages, `again ${i + 1}`) })),
  );
  const rounds = [docs, again];
  log(`throughput: ${docs.length} scans × 2 rounds on ${CORES} cores, pipeline (default workers) and bare tesseract ×${CORES}, ABBA order`);
  const rt = await benchRuntime(DIRECTORY);
  const workers = new Worker(rt).concurrency;
  await pipeline(rt, [warmupScan]);
  const bare: Timing[] = [];
  const pipe: Timing[] = [];
  for (const [i, half] of rounds.entries()) {
    const runBare = async () => {
      if (native)
        bare.push(
          await bareTesseract(
            half.flatMap((d) => d.pages.map((p) => p.path)),
            CORES,
          ),
        );
    };
    const runPipe = async () =>
      void pipe.push(
        await pipeline(
          rt,
          half.map((d) => d.pdf),
        ),
      );
    if (i === 0) {
      await runBare();
      await runPipe();
    } else {
      await runPipe();
      await runBare();
    }
  }
  await rt.close();
  const pages = rounds.length * docs.length * PAGES_PER_SCAN;
  const pipelinePagesPerMinute = (pages / sum(pipe.map((t) => t.seconds))) * 60;
  const barePagesPerMinute = native ? (pages / sum(bare.map((t) => t.seconds))) * 60 : null;
  parallelEfficiency = barePagesPerMinute ? pipelinePagesPerMinute / barePagesPerMinute : null;
  throughput = {
    pages,
    workers,
    pipelinePagesPerMinute: round(pipelinePagesPerMinute, 1),
    barePagesPerMinute: barePagesPerMinute === null ? null : round(barePagesPerMinute, 1),
    pipelineCpuSecondsPerPage: round(sum(pipe.map((t) => t.cpuSeconds)) / pages, 3),
    bareCpuSecondsPerPage: native ? round(sum(bare.map((t) => t.cpuSeconds)) / pages, 3) : null,
    // The same comparison in CPU time (bare ÷ pipeline per page): what the wall-clock figure tends
    // to when the cores are fully used, and hardly moved by other load on a shared machine.
    cpuEfficiency: native ? round(sum(bare.map((t) => t.cpuSeconds)) / sum(pipe.map((t) => t.cpuSeconds)), 3) : null,
  };
}

// ---------------------------------------------------------------- 4. born-digital fast path
let bornDigital: Record<string, unknown> = {};
let bornDigitalPagesPerSecond = Number.NaN;
if (runs('born-digital')) {
  const files = textFiles.slice(0, params.bornDigitalDocs);
  const pages = sum(files.map((f) => f.pages));
  log(`born-digital: ${files.length} PDFs with a text layer (${pages} pages), default workers`);
  const rt = await benchRuntime(DIRECTORY);
  await pipeline(rt, [textFiles[textFiles.length - 1]?.path as string]);
  const run = await pipeline(
    rt,
    files.map((f) => f.path),
  );
  await rt.close();
  const ocrd = run.value.filter((l) => l.status === 'rejected').length;
  bornDigitalPagesPerSecond = pages / run.seconds;
  bornDigital = { documents: files.length, pages, seconds: round(run.seconds, 2), cpuSeconds: round(run.cpuSeconds, 2), rejected: ocrd };
}

// ---------------------------------------------------------------- 5. scaling
let scaling: Record<string, unknown> = {};
let scalingExponent = Number.NaN;
if (runs('scaling')) {
  log(
    `scaling: ${params.scalingSizes.join(', ')} born-digital documents, each size on a fresh database, median of ${params.scalingRounds} round(s)`,
  );
  // Quick mode times runs of a fraction of a second: one slow moment (other jobs, a garbage
  // collection, the first run's warm-up) would set the slope. So there each size runs in several
  // rounds, in a rotated order, and its median run counts; in CPU time as well as wall-clock time.
  const runsOf = new Map<number, Timing[]>();
  for (let r = 0; r < params.scalingRounds; r++)
    for (let i = 0; i < params.scalingSizes.length; i++) {
      const n = params.scalingSizes[(i + r) % params.scalingSizes.length] as number;
      const rt = await benchRuntime(DIRECTORY);
      await pipeline(rt, [textFiles[textFiles.length - 1]?.path as string]);
      const files = textFiles.slice(0, n).map((f) => f.path);
      const run = await pipeline(rt, files);
      await rt.close();
      runsOf.set(n, [...(runsOf.get(n) ?? []), run]);
    }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  const points = params.scalingSizes.map((n) => ({ x: n, y: median((runsOf.get(n) ?? []).map((t) => t.seconds)) }));
  const cpuPoints = params.scalingSizes.map((n) => ({ x: n, y: median((runsOf.get(n) ?? []).map((t) => t.cpuSeconds)) }));
  const perSize = Object.fromEntries(points.map((p) => [String(p.x), round(p.y, 3)]));
  const cpuPerSize = Object.fromEntries(cpuPoints.map((p) => [String(p.x), round(p.y, 3)]));
  scalingExponent = logLogSlope(points);
  const line = linearFit(points);
  scaling = {
    input: 'born-digital PDFs (1–3 pages), whole pipeline, default workers',
    seconds: perSize,
    // The same in CPU time, which other jobs on the machine move far less than wall-clock time.
    cpuSeconds: cpuPerSize,
    cpuExponent: round(logLogSlope(cpuPoints), 3),
    // y = fixed + n × perDocument: what each further document costs, apart from the run's fixed part.
    perDocumentMs: round(line.slope * 1000, 2),
    fixedSeconds: round(line.intercept, 3),
  };
}

// ---------------------------------------------------------------- 5b. page preparation (no OCR)
const pagePreparation: Record<string, unknown> = {};
if (runs('throughput')) {
  log('page preparation: decoding scanned PDF pages into OCR-ready images, lossless and JPEG scans');
  const pages = scanDocs.slice(0, params.throughputDocs).flatMap((d) => d.pages);
  const limits = { maxPages: 500, maxPixels: 60_000_000, dpi: 300, minTextLayerLetters: 20 };
  for (const format of ['flate', 'jpeg'] as const) {
    const pdf = readFileSync(await fixtures.scanPdf(`prep-${format}.pdf`, pages, `prep-${format}`, format));
    for await (const _ of pdfPages(pdf, limits)); // warm
    const run = await timed(async () => {
      for await (const _ of pdfPages(pdf, limits));
    });
    pagePreparation[`${format}CpuMsPerPage`] = round((run.cpuSeconds / pages.length) * 1000, 1);
    pagePreparation[`${format}WallMsPerPage`] = round((run.seconds / pages.length) * 1000, 1);
  }
}

// ---------------------------------------------------------------- 6. surge
let surge: Record<string, unknown> = {};
let surgeSeconds = Number.NaN;
if (runs('surge')) {
  log(`surge: ${surgeFiles.length} objections × ${PAGES_PER_SCAN} scanned pages, uploaded while the workers run`);
  const rt = await benchRuntime(DIRECTORY);
  await pipeline(rt, [warmupScan]);
  const worker = new Worker(rt);
  worker.start();
  const ids: string[] = [];
  const cpu0 = cpuSeconds();
  const t0 = performance.now();
  const firstUpload = Date.now();
  for (const file of surgeFiles) {
    const result = await intake(rt.intakeDeps, {
      bytes: readFileSync(file),
      filename: basename(file),
      channel: 'post',
      source: 'bench',
      maxBytes: rt.maxBytes,
    });
    ids.push(result.document.id);
    worker.nudge();
  }
  const uploadSeconds = (performance.now() - t0) / 1000;
  while (rt.queue.pending() > 0) await new Promise((r) => setTimeout(r, 50));
  const drainedSeconds = (performance.now() - t0) / 1000;
  const cpu1 = cpuSeconds();
  await worker.stop();
  const docs = await Promise.all(ids.map((id) => rt.ledger.getDocument(id)));
  const sent = docs.map((d) => d?.receipt?.sentAt).filter((s): s is string => !!s);
  const lastReceipt = Math.max(...sent.map((s) => Date.parse(s)));
  const statuses: Record<string, number> = {};
  for (const d of docs) statuses[d?.status ?? 'missing'] = (statuses[d?.status ?? 'missing'] ?? 0) + 1;
  await rt.close();
  // The last receipt written, or the queue drained when some receipt waits for triage.
  surgeSeconds = sent.length === docs.length ? (lastReceipt - firstUpload) / 1000 : drainedSeconds;
  surge = {
    objections: surgeFiles.length,
    pages: surgeFiles.length * PAGES_PER_SCAN,
    workers: worker.concurrency,
    uploadSeconds: round(uploadSeconds, 2),
    drainedSeconds: round(drainedSeconds, 2),
    receiptsWritten: sent.length,
    statuses,
    cpuSeconds: round(cpu1.self - cpu0.self + (cpu1.children - cpu0.children), 1),
  };
}

// ---------------------------------------------------------------- split: a mailroom stack
// A scanned stack of several clients' post (documents of the generator's test templates, letters
// run over onto unnumbered pages), read page by page as the extract step does, then separated.
// splitStackRatio = (reading + separating) / reading: what the split step adds to a stack; and
// firstRoutedBeforeLastPageRead: whether the runtime routes the stack's first document before it has
// read the last page (OCR reads pages in batches of 8, so a stack needs more than one batch).
let split: Record<string, unknown> = {};
let splitStackRatio = Number.NaN;
let firstRoutedBeforeLastPageRead: boolean | null = null;
if (runs('split')) {
  const { buildEnvelope } = await import('./corpus/envelopes.ts');
  const { Rng } = await import('./corpus/random.ts');
  const { LocalTextExtractor } = await import('../shared/adapters/local/text-extractor.ts');
  const { silentLogger } = await import('../shared/adapters/local/json-logger.ts');
  const { splitPages } = await import('../shared/domain/split.ts');
  const pool = fixtures.documents('bench-stack', 1500).filter((d) => d.split === 'test' && !d.ocr);
  const rng = new Rng('bench-stack');
  // Envelopes one after another until the stack is full (the last document may be cut off).
  const texts: string[] = [];
  let documents = 0;
  while (texts.length < params.stackPages) {
    const envelope = buildEnvelope(pool, rng, { blankBackSide: 0 });
    documents += envelope.documents.filter((d) => texts.length + (d.pages[0] as number) <= params.stackPages).length;
    texts.push(...envelope.pages.map((p) => p.text).slice(0, params.stackPages - texts.length));
  }
  log(`split: a ${texts.length}-page stack of ${documents} documents, scanned, read and separated`);
  const scans: ScannedPage[] = [];
  for (const [i, text] of texts.entries()) scans.push(await fixtures.scan(text, 12_000 + i));
  const pdf = await fixtures.scanPdf(`stack-${texts.length}.pdf`, scans);
  const extractor = new LocalTextExtractor({ engine: 'auto', logger: silentLogger });
  try {
    const bytes = new Uint8Array(readFileSync(pdf));
    await extractor.extract({ bytes: new Uint8Array(readFileSync(warmupScan || pdf)), mediaType: 'application/pdf', objectKey: 'warm-up' });
    const t0 = performance.now();
    const { pages } = await extractor.extract({ bytes, mediaType: 'application/pdf', objectKey: basename(pdf) });
    const readingSeconds = (performance.now() - t0) / 1000;
    const index = clientIndexFor(parseDirectory(JSON.parse(readFileSync(DIRECTORY, 'utf8'))));
    const t1 = performance.now();
    const result = splitPages(
      pages.map((p) => ({ page: p.page, text: p.text, blank: Boolean(p.blank), sheet: p.sheet ?? null })),
      index,
    );
    const splitSeconds = (performance.now() - t1) / 1000;
    splitStackRatio = (readingSeconds + splitSeconds) / readingSeconds;
    split = {
      pages: pages.length,
      documents,
      partsFound: result.parts.length,
      uncertain: result.uncertain,
      readingSeconds: round(readingSeconds, 2),
      splitMs: round(splitSeconds * 1000, 1),
    };
  } finally {
    await extractor.close();
  }
  // The same stack through the runtime with its workers: is the first document routed before the
  // last page is read (settled parts go on while the rest of the stack is read)?
  const rt = await benchRuntime(DIRECTORY);
  const worker = new Worker(rt);
  worker.start();
  const t2 = performance.now();
  const { document: file } = await intake(rt.intakeDeps, {
    bytes: readFileSync(pdf),
    filename: basename(pdf),
    channel: 'post',
    source: 'bench',
    maxBytes: rt.maxBytes,
  });
  worker.nudge();
  let lastPageReadSeconds: number | null = null;
  let firstRoutedSeconds: number | null = null;
  for (;;) {
    const seconds = (performance.now() - t2) / 1000;
    if (lastPageReadSeconds === null && (await rt.ledger.getDocument(file.id))?.status !== 'received') lastPageReadSeconds = seconds;
    if (firstRoutedSeconds === null) {
      const parts = (await rt.ledger.listDocuments({})).filter((d) => d.parentId === file.id);
      if (parts.some((d) => d.status === 'routed' || d.status === 'triage')) firstRoutedSeconds = seconds;
    }
    if (rt.queue.pending() === 0 && lastPageReadSeconds !== null) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  await worker.stop();
  await rt.close();
  split.lastPageReadSeconds = round(lastPageReadSeconds ?? Number.NaN, 2);
  split.firstDocumentRoutedSeconds = firstRoutedSeconds === null ? null : round(firstRoutedSeconds, 2);
  firstRoutedBeforeLastPageRead = firstRoutedSeconds !== null && firstRoutedSeconds < (lastPageReadSeconds ?? 0);
  if (params.stackPages !== 40) notes.push(`quick mode: the split stack had ${params.stackPages} pages, not 40.`);
}

// ---------------------------------------------------------------- 7. memory: one big scanned PDF in a child process
let memory: Record<string, unknown> = {};
let peakRssMb300Pages = Number.NaN;
if (runs('memory')) {
  log(`memory: ${params.memoryPages}-page image-only PDF (${params.memoryInkedPages} pages with text to OCR) in a child process`);
  const child = await runMemoryChild(bigPdf);
  peakRssMb300Pages = Math.max(child.maxRssMb, child.vmHwmMb ?? 0);
  memory = { ...child, pdfMb: round(readFileSync(bigPdf).byteLength / 1024 / 1024, 1), pdfPages: params.memoryPages };
  if (params.memoryPages !== 300) notes.push(`quick mode: the memory test used a ${params.memoryPages}-page PDF, not 300 pages.`);
  if (params.memoryInkedPages < params.memoryPages)
    notes.push(
      `memory test: ${params.memoryInkedPages} of ${params.memoryPages} pages carry text (OCR'd); the others are blank scans (decoded and checked, no OCR).`,
    );
}

async function runMemoryChild(pdf: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'bench', 'memory-child.ts'), pdf, DIRECTORY], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, LOG_LEVEL: 'silent' },
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => {
    out += c.toString();
  });
  // Cross-check from outside: the kernel's high-water mark of the child's resident set, and the
  // OCR processes it starts (their memory is not in the child's own RSS).
  let vmHwmKb = 0;
  let ocrPeakKb = 0;
  const sampler = setInterval(() => {
    vmHwmKb = Math.max(vmHwmKb, statusKb(child.pid, 'VmHWM'));
    let ocr = 0;
    for (const pid of childPids(child.pid)) ocr += statusKb(pid, 'VmRSS');
    ocrPeakKb = Math.max(ocrPeakKb, ocr);
  }, 200);
  const code = await new Promise<number | null>((r) => child.on('close', r));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`memory child exited with ${code}`);
  const result = JSON.parse(out.trim().split('\n').pop() ?? '{}') as {
    maxRssMb: number;
    startRssMb: number;
    seconds: number;
    status: string;
    pages: number;
    ocrPages: number;
    engine: string;
  };
  if (result.engine) engineUsed.add(result.engine);
  return {
    ...result,
    maxRssMb: round(result.maxRssMb, 1),
    startRssMb: round(result.startRssMb, 1),
    seconds: round(result.seconds, 1),
    vmHwmMb: vmHwmKb ? round(vmHwmKb / 1024, 1) : null,
    ocrProcessesPeakRssMb: ocrPeakKb ? round(ocrPeakKb / 1024, 1) : null,
  };
}

function statusKb(pid: number | undefined, field: string): number {
  if (!pid) return 0;
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

function childPids(pid: number | undefined): number[] {
  if (!pid) return [];
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

// ---------------------------------------------------------------- 8. mail: intake bookkeeping of e-mailed post (OCR excluded)
// Each message: parsed, stored whole and recorded, three attachments taken in (stored, fingerprinted,
// receipt numbers), one reply written to the outbox. The pipeline steps after intake are not run.
let mail: Record<string, unknown> = {};
let mailMessagesPerSecond = Number.NaN;
if (runs('mail')) {
  const count = quick ? 40 : 200;
  log(`mail: ${count} messages with three attachments each through the mail intake`);
  const { default: MailComposer } = await import('nodemailer/lib/mail-composer/index.js');
  // A letter (PDF), a small scan (PNG) and a phone photo (JPEG) from examples/scans: 98 KB of attachments.
  const scans = ['uwv-beslissing-ww.pdf', 'aanmaning-fax.png', 'loonstrook-van-dam.jpg'].map((f) => ({
    name: f,
    bytes: readFileSync(join(ROOT, 'examples', 'scans', f)),
  }));
  const messages: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    // Distinct bytes per attachment (a trailing comment): none is a duplicate of another.
    const attachments = scans.map((f) => ({ filename: f.name, content: Buffer.concat([f.bytes, Buffer.from(`\n% ${i}\n`)]) }));
    const built = await new MailComposer({
      from: `client${i % 50}@example.org`,
      to: 'post@gemeente.example',
      subject: 'Papieren',
      text: 'Zie bijlagen.',
      attachments,
    })
      .compile()
      .build();
    messages.push(new Uint8Array(built));
  }
  const rt = await benchRuntime(DIRECTORY);
  const deps = mailIntakeDeps(rt);
  deps.settings.replyLimit = { max: 1_000_000, windowMs: 3_600_000 };
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const bytes of messages) await takeInMail(deps, { bytes, source: 'bench' });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  await rt.close();
  mailMessagesPerSecond = count / seconds;
  mail = {
    messages: count,
    attachmentsEach: 3,
    attachmentKb: 98,
    messagesPerCpuSecond: round(count / ((cpu.user + cpu.system) / 1e6), 1),
    seconds: round(seconds, 2),
    cpuSeconds: round((cpu.user + cpu.system) / 1e6, 2),
  };
}

// ---------------------------------------------------------------- report
const targets: Target[] = [
  { metric: 'ocrOverheadRatio', value: ocrOverheadRatio, op: '<=', target: 1.1 },
  { metric: 'parallelEfficiency', value: parallelEfficiency, op: '>=', target: 0.85 },
  { metric: 'bornDigitalPagesPerSecond', value: bornDigitalPagesPerSecond, op: '>=', target: 50 },
  { metric: 'classifyRoutePerSecond', value: classifyRoutePerSecond, op: '>=', target: 5000 },
  { metric: 'peakRssMb300Pages', value: peakRssMb300Pages, op: '<=', target: 400 },
  { metric: 'scalingExponent', value: scalingExponent, op: '<=', target: 1.05 },
  { metric: 'surgeSeconds', value: surgeSeconds, op: '<=', target: 360 },
  { metric: 'splitStackRatio', value: splitStackRatio, op: '<=', target: 1.1 },
  { metric: 'mailMessagesPerSecond', value: mailMessagesPerSecond, op: '>=', target: 20 },
];
const result = {
  bench: 'postkamer',
  mode: quick ? 'quick' : 'full',
  startedAt: startedAt.toISOString(),
  durationSeconds: round((Date.now() - startedAt.getTime()) / 1000, 1),
  machine: {
    cores: CORES,
    cpu: cpus()[0]?.model ?? null,
    memoryGb: round(totalmem() / 1024 ** 3, 1),
    node: process.version,
    loadAverageStart: loadStart,
    loadAverageEnd: loadAverage(),
  },
  ocrEngine: engine,
  ocrEnginesSeen: [...engineUsed],
  scans: `the first 2 pages of multi-page documents from the training-corpus generator, typeset on A4 with light scanner noise, ${SCAN_DPI} dpi 8-bit grey stored losslessly (DeviceGray, Flate) in image-only PDFs`,
  ocrOverheadRatio: ocrOverheadRatio === null ? null : round(ocrOverheadRatio, 3),
  ocrmypdfRatio: ocrmypdfRatio === null ? null : round(ocrmypdfRatio, 3),
  parallelEfficiency: parallelEfficiency === null ? null : round(parallelEfficiency, 3),
  bornDigitalPagesPerSecond: round(bornDigitalPagesPerSecond, 1),
  classifyRoutePerSecond: Math.round(classifyRoutePerSecond),
  peakRssMb300Pages: round(peakRssMb300Pages, 1),
  surgeSeconds: round(surgeSeconds, 1),
  scalingExponent: round(scalingExponent, 3),
  splitStackRatio: round(splitStackRatio, 4),
  mailMessagesPerSecond: round(mailMessagesPerSecond, 1),
  firstRoutedBeforeLastPageRead,
  details: {
    ocrOverhead,
    throughput,
    pagePreparation,
    bornDigital,
    classifyRoute,
    memory,
    surge,
    split,
    scaling,
    mail,
  },
  targets: Object.fromEntries(targets.map((t) => [t.metric, { target: `${t.op} ${t.target}`, met: met(t) }])),
  params,
  notes,
};

function met(t: Target): boolean | null {
  if (t.value === null || Number.isNaN(t.value)) return null;
  return t.op === '<=' ? t.value <= t.target : t.value >= t.target;
}

const reportsDir = resolve(ROOT, args.reports ?? 'reports');
mkdirSync(reportsDir, { recursive: true });
writeFileSync(join(reportsDir, 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(join(reportsDir, 'bench.md'), markdownReport(result, targets));
log(`reports written: ${join(reportsDir, 'bench.json')}, ${join(reportsDir, 'bench.md')}`);
if (args.json) process.stdout.write(`${JSON.stringify(result)}\n`);
else process.stdout.write(tableReport(result, targets, relative(process.cwd(), reportsDir) || '.'));
