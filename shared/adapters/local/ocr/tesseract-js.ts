import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Tesseract from 'tesseract.js';
import { OCR_LANGUAGES, type OcrEngine, type OcrResult } from './ocr-engine.ts';

const require = createRequire(import.meta.url);

/** The npm traineddata (LSTM "best_int" models), gzipped, for a language code. */
function trainedDataFile(lang: string): string {
  return join(dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`)), '4.0.0_best_int', `${lang}.traineddata.gz`);
}

/**
 * tesseract.js 7 (WebAssembly) with the Dutch and English models from npm: no download, no cache
 * written anywhere. One worker, created on first use and reused; recreated only after an abort.
 */
export class TesseractJs implements OcrEngine {
  readonly name = 'tesseract.js';
  private worker: Promise<Tesseract.Worker> | undefined;

  recognize(png: Buffer, signal?: AbortSignal): Promise<OcrResult> {
    signal?.throwIfAborted();
    const worker = this.getWorker();
    return new Promise<OcrResult>((resolve, reject) => {
      // A running recognize cannot be cancelled: kill the worker; the next page starts a new one.
      const onAbort = () => {
        void this.close();
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      worker
        .then((w) => w.recognize(png))
        .then(
          ({ data }) => resolve({ text: data.text.trim(), confidence: Math.round(data.confidence * 10) / 10 }),
          (e: unknown) => reject(e instanceof Error ? e : new Error(String(e))),
        )
        .finally(() => signal?.removeEventListener('abort', onAbort));
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.then((w) => w.terminate()).catch(() => {});
  }

  private getWorker(): Promise<Tesseract.Worker> {
    if (!this.worker) {
      const worker = createWorker();
      this.worker = worker;
      // A failed start is not cached: the next page tries again.
      worker.catch(() => {
        if (this.worker === worker) this.worker = undefined;
      });
    }
    return this.worker;
  }
}

async function createWorker(): Promise<Tesseract.Worker> {
  // tesseract.js reads every language from one `langPath` folder, but each npm package has its
  // own; its Lang-object alternative is broken in v7 (it joins `data` instead of `code`). So: a
  // temporary folder of symlinks, removed as soon as the models are loaded.
  const langPath = await mkdtemp(join(tmpdir(), 'postkamer-tessdata-'));
  try {
    for (const lang of OCR_LANGUAGES) await symlink(trainedDataFile(lang), join(langPath, `${lang}.traineddata.gz`));
    const worker = await Tesseract.createWorker([...OCR_LANGUAGES], Tesseract.OEM.LSTM_ONLY, {
      langPath,
      gzip: true,
      cacheMethod: 'none',
      cachePath: langPath,
      logger: () => {},
      errorHandler: () => {},
    });
    // debug_file: tesseract's own chatter ("Detected 30 diacritics") would otherwise go to stdout.
    await worker.setParameters({ tessedit_pageseg_mode: Tesseract.PSM.AUTO, debug_file: '/dev/null' });
    return worker;
  } finally {
    await rm(langPath, { recursive: true, force: true });
  }
}
