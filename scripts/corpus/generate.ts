/**
 * `npm run corpus`: generates the labelled training/evaluation corpus under data/corpus/.
 *
 *   tsx scripts/corpus/generate.ts [--seed postkamer-1] [--count 4500] [--ocr-share 0.16]
 *                                  [--budget 600] [--no-ocr] [--cache data/ocr-cache] [--out data/corpus]
 *
 * 1. Directory: examples/directory.json when it holds enough clients, else a generated one
 *    (written to data/corpus/directory.json either way: evaluation reads it from there).
 * 2. Documents: text from the templates (deterministic for the seed).
 * 3. A share of the documents is rendered to scanned page images (skew, blur, speckle, fax) and read
 *    by the real OCR engine, so the model learns from real OCR errors. OCR results are cached by
 *    content hash under data/ocr-cache/, so reruns are fast and identical. `--budget` (seconds)
 *    caps the OCR time of a cold run; documents not reached keep their clean text (a warning says
 *    how many), and the next run picks them up from where the cache ends.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { type Directory, parseDirectory } from '../../shared/domain/directory.ts';
import { type CorpusDoc, generateCorpus } from './corpus.ts';
import { generateDirectory } from './people.ts';
import { Rng } from './random.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const MIN_DIRECTORY_CLIENTS = 200;

type Noise = 'clean' | 'light' | 'heavy' | 'fax';
type RenderPage = (
  lines: string[],
  opts?: { noise?: Noise; seed?: number; rotate?: number; dpi?: number; fontSize?: number; handwritten?: boolean },
) => Promise<Buffer>;
interface OcrEngine {
  readonly name: string;
  recognize(png: Buffer, signal?: AbortSignal, languages?: readonly string[]): Promise<{ text: string; confidence: number }>;
  otherLanguages?(): Promise<string[]>;
  close(): Promise<void>;
}

function loadDirectory(seed: string): { directory: Directory; source: string } {
  const example = join(ROOT, 'examples/directory.json');
  if (existsSync(example)) {
    try {
      const dir = parseDirectory(JSON.parse(readFileSync(example, 'utf8')));
      const usable = dir.clients.filter((c) => c.bsn && c.birthDate).length;
      if (usable >= MIN_DIRECTORY_CLIENTS) return { directory: dir, source: 'examples/directory.json' };
      console.log(
        `examples/directory.json has ${usable} clients with BSN and birth date (< ${MIN_DIRECTORY_CLIENTS}): generating a directory`,
      );
    } catch (e) {
      console.log(`examples/directory.json is not usable (${(e as Error).message.split('\n')[0]}): generating a directory`);
    }
  }
  return { directory: parseDirectory(generateDirectory(new Rng(`${seed}:directory`))), source: 'generated' };
}

async function loadRenderer(): Promise<RenderPage> {
  const mod = (await import(pathToFileURL(join(ROOT, 'scripts/lib/render-page.ts')).href)) as { renderPage: RenderPage };
  return mod.renderPage;
}

async function loadEngines(n: number): Promise<OcrEngine[]> {
  const mod = (await import(pathToFileURL(join(ROOT, 'shared/adapters/local/ocr/select-ocr-engine.ts')).href)) as {
    createOcrEngine(kind: 'auto'): Promise<OcrEngine>;
  };
  return Promise.all(Array.from({ length: n }, () => mod.createOcrEngine('auto')));
}

/** Renders one page, shrinking the font when the lines do not fit on A4. */
async function renderFit(render: RenderPage, lines: string[], opts: Parameters<RenderPage>[1]): Promise<Buffer> {
  for (const fontSize of [11, 9.5, 8, 6.5]) {
    try {
      return await render(lines, { ...opts, fontSize });
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
    }
  }
  return render(lines.slice(0, 70), { ...opts, fontSize: 6.5 });
}

interface CachedPage {
  text: string;
  confidence: number;
  rotation?: number;
  rotationChecked?: boolean;
}

/** As the text extractor does (shared/adapters/local/text-extractor.ts): a poor reading is retried upside down. */
const LOW_CONFIDENCE = 60;
const ROTATION_MARGIN = 10;

async function readUpright(
  engine: OcrEngine,
  png: Buffer,
  upright: { text: string; confidence: number },
  languages?: readonly string[],
): Promise<CachedPage> {
  if (upright.confidence >= LOW_CONFIDENCE) return { text: upright.text, confidence: upright.confidence, rotation: 0 };
  const turned = await engine.recognize(await sharp(png).rotate(180).png({ compressionLevel: 1 }).toBuffer(), undefined, languages);
  if (turned.confidence > upright.confidence + ROTATION_MARGIN) return { text: turned.text, confidence: turned.confidence, rotation: 180 };
  return { text: upright.text, confidence: upright.confidence, rotation: 0 };
}

/** Tesseract models of the languages other than Dutch and English that the templates write in. */
const OCR_MODEL: Partial<Record<string, string>> = { tr: 'tur', pl: 'pol', uk: 'ukr', ar: 'ara' };

interface OcrJob {
  doc: CorpusDoc;
  noise: Noise;
  handwritten: boolean;
  seed: number;
  rotate: number;
}

async function main() {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: 'postkamer-1' },
      count: { type: 'string', default: '4500' },
      'ocr-share': { type: 'string', default: '0.16' },
      budget: { type: 'string', default: '600' },
      'no-ocr': { type: 'boolean', default: false },
      workers: { type: 'string', default: '2' },
      cache: { type: 'string', default: join(ROOT, 'data/ocr-cache') },
      out: { type: 'string', default: join(ROOT, 'data/corpus') },
    },
  });
  const t0 = Date.now();
  const seed = values.seed as string;
  const CACHE = values.cache as string;
  const OUT = values.out as string;
  mkdirSync(OUT, { recursive: true });
  mkdirSync(CACHE, { recursive: true });
  const { directory, source } = loadDirectory(seed);
  writeFileSync(join(OUT, 'directory.json'), `${JSON.stringify(directory, null, 1)}\n`);
  const docs = generateCorpus({ seed, count: Number(values.count), directory });
  const tText = Date.now() - t0;
  console.log(
    `generated ${docs.length} documents from the templates in ${tText} ms (directory: ${source}, ${directory.clients.length} clients)`,
  );

  // Which documents get scanned: a fixed share, fewer of the long ones (OCR time), chosen by the seed.
  const share = Number(values['ocr-share']);
  const jobs: OcrJob[] = [];
  for (const doc of docs) {
    const rng = new Rng(`${seed}:scan:${doc.id}`);
    const p = doc.pages.length <= 2 ? share * 1.1 : doc.pages.length <= 3 ? share * 0.7 : share * 0.25;
    if (!rng.chance(p)) continue;
    const noise = rng.weighted<Noise>([
      ['clean', 2],
      ['light', 4],
      ['heavy', 2.5],
      ['fax', 1.5],
    ]);
    const handwritten = doc.style !== 'printed' && rng.chance(doc.style === 'handwritten' ? 0.7 : 0.4);
    jobs.push({ doc, noise, handwritten, seed: rng.int(1, 2 ** 31), rotate: rng.chance(0.03) ? 180 : 0 });
  }

  let ocrDone = 0;
  let ocrCached = 0;
  let ocrPages = 0;
  let skipped = 0;
  let engineName = 'none';
  const tOcr = Date.now();
  if (!values['no-ocr'] && jobs.length) {
    const render = await loadRenderer();
    const workers = Number(values.workers);
    const engines = await loadEngines(workers);
    engineName = engines[0]?.name ?? 'none';
    const deadline = Date.now() + Number(values.budget) * 1000;
    let next = 0;
    const work = async (engine: OcrEngine) => {
      for (;;) {
        const job = jobs[next++];
        if (!job) return;
        const texts: string[] = [];
        let fromCache = true;
        // A page in Turkish, Polish, Ukrainian or Arabic ends up read with its own model (plus
        // Dutch) when the engine has it, as the text extractor reads it after its first reading.
        const model = OCR_MODEL[job.doc.lang];
        const languages = model && (await engine.otherLanguages?.())?.includes(model) ? [model, 'nld'] : undefined;
        for (let i = 0; i < job.doc.pages.length; i++) {
          const lines = (job.doc.pages[i] as string).split('\n');
          const opts = { noise: job.noise, seed: job.seed + i, rotate: job.rotate, dpi: 200, handwritten: job.handwritten };
          const key = createHash('sha256')
            .update(JSON.stringify({ v: 1, engine: engine.name, lines, opts, ...(languages ? { languages } : {}) }))
            .digest('hex');
          const file = join(CACHE, `${key.slice(0, 2)}/${key}.json`);
          let cached = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CachedPage) : undefined;
          // Entries from before the upside-down retry are completed, not redone.
          if (cached && (cached.rotationChecked || cached.confidence >= LOW_CONFIDENCE)) {
            texts.push(cached.text);
            continue;
          }
          if (Date.now() > deadline) {
            skipped++;
            texts.length = 0;
            break;
          }
          fromCache = false;
          const png = await renderFit(render, lines, opts);
          const upright = cached ?? (await engine.recognize(png, undefined, languages));
          cached = { ...(await readUpright(engine, png, upright, languages)), rotationChecked: true };
          mkdirSync(join(CACHE, key.slice(0, 2)), { recursive: true });
          writeFileSync(file, JSON.stringify(cached));
          texts.push(cached.text);
          ocrPages++;
        }
        if (texts.length !== job.doc.pages.length) continue;
        job.doc.sourcePages = job.doc.pages;
        job.doc.pages = texts;
        job.doc.ocr = true;
        job.doc.noise = job.handwritten ? `${job.noise}+hand` : job.noise;
        ocrDone++;
        if (fromCache) ocrCached++;
        if (ocrDone % 25 === 0)
          console.log(
            `  OCR ${ocrDone}/${jobs.length} documents (${ocrPages} pages read, ${ocrCached} from cache), ${Math.round((Date.now() - tOcr) / 1000)} s`,
          );
      }
    };
    await Promise.all(engines.map(work));
    await Promise.all(engines.map((e) => e.close()));
    if (skipped)
      console.warn(
        `WARNING: OCR budget reached: ${skipped} selected documents keep their clean text; rerun to OCR them (cached work is kept).`,
      );
  }

  const lines = docs.map((d) => JSON.stringify(d));
  writeFileSync(join(OUT, 'corpus.jsonl'), `${lines.join('\n')}\n`);
  const counts: Record<string, number> = {};
  for (const d of docs) counts[`${d.split}.${d.type}`] = (counts[`${d.split}.${d.type}`] ?? 0) + 1;
  const manifest = {
    seed,
    documents: docs.length,
    templates: new Set(docs.map((d) => d.template)).size,
    directory: source,
    ocr: { engine: engineName, selected: jobs.length, done: ocrDone, fromCache: ocrCached, pagesRead: ocrPages, skippedForBudget: skipped },
    ms: { text: tText, ocr: Date.now() - tOcr, total: Date.now() - t0 },
    counts,
  };
  writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(
    `wrote ${docs.length} documents (${ocrDone} OCR'd, ${ocrPages} pages read now) to ${join(OUT, 'corpus.jsonl')} in ${Math.round((Date.now() - t0) / 1000)} s`,
  );
}

await main();
