import { availableParallelism } from 'node:os';
import type { PageText } from '../../domain/document.ts';
import { TransientError, UnusableInputError } from '../../domain/errors.ts';
import { detectLanguage } from '../../domain/language.ts';
import { sniffMediaType } from '../../domain/sniff.ts';
import type { ExtractionResult, Logger, TextExtractor } from '../../ports.ts';
import { imagePages } from './ocr/image-pages.ts';
import { OCR_OTHER_LANGUAGES, OCR_SCRIPT_LANGUAGES, type OcrEngine, type OcrResult, type Orientation } from './ocr/ocr-engine.ts';
import { type InkedPage, turnPage } from './ocr/page-image.ts';
import { prefetchOne, type SourceLimits } from './ocr/page-source.ts';
import { pdfPages } from './ocr/pdf-pages.ts';
import { createOcrEngine, type OcrEngineKind } from './ocr/select-ocr-engine.ts';
import { readSheet } from './ocr/sheet-reader.ts';

/** Faint pages of an otherwise blank file read on a second look, at most (their images wait in memory). */
const MAX_FAINT_PAGES = 20;
/** Words (three letters or more) a faint page must give to count as read: speckle gives one or two. */
const MIN_FAINT_WORDS = 3;
const wordsIn = (text: string) => text.match(/\p{L}{3,}/gu)?.length ?? 0;

/**
 * The embedded TextExtractor: text per page from a PDF's text layer, else OCR (Dutch + English).
 * Pages stream one at a time, so a 300-page scan needs no more memory than a two-page one.
 */
export interface LocalTextExtractorOptions {
  /** An engine kind (created on first use, reused, closed by `close()`), or an engine you own. Default 'auto'. */
  engine?: OcrEngineKind | OcrEngine;
  /** Default 500. */
  maxPages?: number;
  /** Pixels per page image. Default 60 megapixels. */
  maxPixels?: number;
  /** Decoded bytes of one PDF content stream. Default 2 MiB. */
  maxContentBytes?: number;
  /** Wall-clock time to draw one PDF page. Default 6 s. */
  renderTimeoutMs?: number;
  /** Time one page may spend in OCR. Default 120 s. */
  ocrTimeoutMs?: number;
  /** Render resolution for PDF pages that need OCR and hold no single scan image. Default 300. */
  dpi?: number;
  /** Letters a PDF page's text layer needs to be used instead of OCR. Default 20. */
  minTextLayerLetters?: number;
  /** Below this OCR confidence (0–100) the page is also read turned 180°. Default 60. */
  lowConfidence?: number;
  logger?: Logger;
}

/** A turned reading must beat the upright one by this much: noise alone should not turn a page. */
const ROTATION_MARGIN = 10;
/** Orientation detection below this confidence is a guess: then only upside down is tried. */
const MIN_ORIENTATION_CONFIDENCE = 2;
/** Script detection below this confidence is a guess: the page is not read again for it. */
const MIN_SCRIPT_CONFIDENCE = 1;
/** Letters a reading needs before its script is worth checking (fewer: a form with numbers, a short note). */
const MIN_LETTERS_FOR_SCRIPT = 60;
/** A reading with the language's own model may score a little lower and still be the better one (diacritics read). */
const LANGUAGE_MARGIN = 5;
/** Pages per OCR run for engines that read several at once (models loaded once per run, not per page). */
const OCR_BATCH_PAGES = 8;

export class LocalTextExtractor implements TextExtractor {
  private readonly limits: SourceLimits;
  private readonly ocrTimeoutMs: number;
  private readonly lowConfidence: number;
  private readonly logger: Logger | undefined;
  private readonly ownsEngine: boolean;
  private engine: Promise<OcrEngine> | undefined;

  constructor(private readonly options: LocalTextExtractorOptions = {}) {
    this.limits = {
      maxPages: options.maxPages ?? 500,
      maxPixels: options.maxPixels ?? 60_000_000,
      dpi: options.dpi ?? 300,
      minTextLayerLetters: options.minTextLayerLetters ?? 20,
      ...(options.maxContentBytes === undefined ? {} : { maxContentBytes: options.maxContentBytes }),
      ...(options.renderTimeoutMs === undefined ? {} : { renderTimeoutMs: options.renderTimeoutMs }),
    };
    this.ocrTimeoutMs = options.ocrTimeoutMs ?? 120_000;
    this.lowConfidence = options.lowConfidence ?? 60;
    this.logger = options.logger;
    this.ownsEngine = typeof options.engine !== 'object';
    if (typeof options.engine === 'object') this.engine = Promise.resolve(options.engine);
  }

  async extract(input: Parameters<TextExtractor['extract']>[0]): Promise<ExtractionResult> {
    const { bytes, signal, onPages } = input;
    if (bytes.byteLength === 0)
      throw new UnusableInputError('extract.empty', 'The file is empty (0 bytes). Scan the document again.', {
        nl: 'Het bestand is leeg (0 bytes). Scan het document opnieuw.',
      });
    // The bytes decide, not the recorded type: intake may have stored an older or wrong guess.
    const sniffed = sniffMediaType(bytes, input.objectKey);
    if (!sniffed.supported || !sniffed.mediaType)
      throw new UnusableInputError(
        'extract.unsupported-format',
        sniffed.reason ?? 'This type of file cannot be read. Send the document as PDF or JPEG.',
        { nl: sniffed.reasonNl ?? 'Dit soort bestand kunnen wij niet lezen. Stuur het document als PDF of JPEG.' },
      );
    const mediaType = sniffed.mediaType;
    const source =
      mediaType === 'application/pdf' ? pdfPages(bytes, this.limits, signal, true) : imagePages(bytes, mediaType, this.limits, signal);

    const pages: PageText[] = [];
    /** Which pages are read; the read ones from the start go to `onPages` whenever there are more. */
    const read: boolean[] = [];
    let reported = 0;
    const settle = (index: number) => {
      read[index] = true;
      let upTo = reported;
      while (read[upTo]) upTo++;
      if (upTo > reported && onPages) onPages(pages.slice(0, upTo));
      reported = upTo;
    };
    let engineName: string | undefined;
    // Pages needing OCR go in batches, read while the source decodes the next pages; at most one
    // batch per core in flight (the engine caps its processes too), one page at a time for engines
    // that read page by page. The first failure stops this document's other batches.
    let batch: { index: number; image: InkedPage }[] = [];
    const inFlight = new Set<Promise<void>>();
    const failed = new AbortController();
    const ocrSignal = signal ? AbortSignal.any([signal, failed.signal]) : failed.signal;
    const startBatch = (engine: OcrEngine) => {
      const todo = batch;
      batch = [];
      if (todo.length === 0) return;
      const run = this.readPages(
        engine,
        todo.map((b) => b.image),
        ocrSignal,
      ).then((texts) => {
        todo.forEach((b, i) => {
          pages[b.index] = { page: (pages[b.index] as PageText).page, ...(texts[i] as Omit<PageText, 'page'>) };
        });
        for (const b of todo) settle(b.index);
      });
      inFlight.add(run);
      run.then(
        () => inFlight.delete(run),
        () => {
          inFlight.delete(run);
          failed.abort();
        },
      );
    };
    let engine: OcrEngine | undefined;
    // Pages too faint for the blank test, kept while every page so far is blank: read only if all are.
    const faint: { index: number; image: InkedPage }[] = [];
    let allBlank = true;
    try {
      for await (const page of prefetchOne(source)) {
        if (!page.image?.blank) {
          allBlank = false;
          faint.length = 0;
        }
        if (page.image === undefined) {
          pages.push({ page: page.page, text: page.text, source: 'text-layer' });
          settle(pages.length - 1);
          continue;
        }
        if (page.image.blank) {
          pages.push({ page: page.page, text: '', source: 'ocr', blank: true });
          if (allBlank && page.image.faint && faint.length < MAX_FAINT_PAGES)
            faint.push({ index: pages.length - 1, image: page.image.faint });
          settle(pages.length - 1);
          continue;
        }
        // A cover or separator sheet is recorded, not read: its QR code says all there is.
        const sheet = await readSheet({ png: page.image.png });
        if (sheet) {
          pages.push({ page: page.page, text: '', source: 'ocr', sheet });
          settle(pages.length - 1);
          continue;
        }
        engine ??= await this.getEngine();
        engineName = engine.name;
        pages.push({ page: page.page, text: '', source: 'ocr' });
        batch.push({ index: pages.length - 1, image: page.image });
        if (batch.length >= (engine.recognizeMany ? OCR_BATCH_PAGES : 1)) {
          const maxInFlight = engine.recognizeMany ? availableParallelism() : 1;
          while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
          startBatch(engine);
        }
      }
      if (engine) startBatch(engine);
      while (inFlight.size > 0) await Promise.race(inFlight);
    } finally {
      if (inFlight.size > 0) {
        failed.abort();
        await Promise.allSettled(inFlight);
      }
    }
    if (allBlank && faint.length > 0) {
      // A second look before refusing the file: a pale copy or pencil is read; dust and text
      // showing through from the back give no words.
      engine ??= await this.getEngine();
      const texts = await this.readPages(
        engine,
        faint.map((f) => f.image),
        signal,
      );
      faint.forEach((f, i) => {
        const text = texts[i];
        if (text && wordsIn(text.text) >= MIN_FAINT_WORDS) {
          pages[f.index] = { page: (pages[f.index] as PageText).page, ...text };
          engineName = engine?.name;
        }
      });
    }
    if (pages.length > 0 && pages.every((p) => p.blank))
      throw new UnusableInputError(
        'extract.empty',
        'Every page of the scan is blank. Check that the paper lies face down on the scanner glass and scan it again.',
        {
          nl: 'Alle pagina’s van de scan zijn leeg. Kijk of het papier met de tekst naar beneden op de glasplaat ligt en scan het opnieuw.',
        },
      );
    const used = [pages.some((p) => p.source === 'text-layer') ? 'text-layer' : undefined, engineName].filter(Boolean);
    return { mediaType, pages, engine: used.join('+') || 'none' };
  }

  /** Stops the OCR engine if this extractor created it. */
  async close(): Promise<void> {
    const engine = this.engine;
    this.engine = undefined;
    if (engine && this.ownsEngine) await (await engine).close();
  }

  private getEngine(): Promise<OcrEngine> {
    if (!this.engine) {
      const kind = typeof this.options.engine === 'string' ? this.options.engine : 'auto';
      this.engine = createOcrEngine(kind);
      this.engine.then(
        (e) => this.logger?.info('ocr engine ready', { engine: e.name }),
        () => {},
      );
    }
    return this.engine;
  }

  /** OCR pages, several in one engine run when the engine can (then one time budget per page for the run). */
  private async readPages(engine: OcrEngine, images: InkedPage[], signal?: AbortSignal): Promise<Omit<PageText, 'page'>[]> {
    let upright: OcrResult[] = [];
    if (engine.recognizeMany && images.length > 1) {
      const budgetMs = this.ocrTimeoutMs * images.length;
      const timeout = AbortSignal.timeout(budgetMs);
      try {
        upright = await engine.recognizeMany(images, signal ? AbortSignal.any([signal, timeout]) : timeout);
      } catch (error) {
        signal?.throwIfAborted();
        if (timeout.aborted)
          throw new TransientError(
            'extract.ocr-timeout',
            `OCR of ${images.length} pages took longer than ${Math.round(budgetMs / 1000)} s.`,
            {
              cause: error,
            },
          );
        throw error;
      }
    }
    const read: Omit<PageText, 'page'>[] = [];
    for (const [i, image] of images.entries()) read.push(await this.readPage(engine, image, signal, upright[i]));
    return read;
  }

  /**
   * OCR one page (unless read already). A poor reading is retried the way the engine's orientation
   * detection says the page lies (sideways or upside down), or, without one, upside down: sheets
   * fed the wrong way round, a landscape page scanned in portrait.
   */
  private async readPage(engine: OcrEngine, image: InkedPage, signal?: AbortSignal, read?: OcrResult): Promise<Omit<PageText, 'page'>> {
    // One budget for the page, every reading included.
    const timeout = AbortSignal.timeout(this.ocrTimeoutMs);
    const upright = read ?? (await this.recognize(engine, image.png, timeout, signal));
    const asRead = { text: upright.text, source: 'ocr' as const, ocrConfidence: upright.confidence, rotation: 0 };
    if (upright.confidence >= this.lowConfidence) return this.inItsLanguage(engine, image, asRead, undefined, timeout, signal);
    const lies = engine.orientation
      ? await engine.orientation(image.png, AbortSignal.any([timeout, ...(signal ? [signal] : [])]))
      : undefined;
    const rotation = lies && lies.confidence >= MIN_ORIENTATION_CONFIDENCE ? lies.rotate : 180;
    if (rotation === 0) return this.inItsLanguage(engine, image, asRead, lies, timeout, signal);
    const turned = await this.recognize(engine, await turnPage(image, rotation), timeout, signal);
    if (turned.confidence > upright.confidence + ROTATION_MARGIN)
      return this.inItsLanguage(
        engine,
        image,
        { text: turned.text, source: 'ocr', ocrConfidence: turned.confidence, rotation },
        lies,
        timeout,
        signal,
      );
    return this.inItsLanguage(engine, image, asRead, lies, timeout, signal);
  }

  /**
   * A page in Turkish, Polish, Ukrainian or Arabic, read again with that language's model (plus
   * Dutch) when the engine has it. The first reading (Dutch + English) says which: the language
   * detected in its text, or, when the text is in no language (Cyrillic or Arabic read as Latin
   * gives gibberish), the script the engine's script detection sees. A Dutch or English page costs
   * one language detection on its text (well under a millisecond): no second reading, no script check.
   */
  private async inItsLanguage(
    engine: OcrEngine,
    image: InkedPage,
    first: Omit<PageText, 'page'>,
    lies: Orientation | undefined,
    timeout: AbortSignal,
    signal?: AbortSignal,
  ): Promise<Omit<PageText, 'page'>> {
    if (!engine.otherLanguages) return first;
    const language = detectLanguage(first.text);
    if (language === 'nl' || language === 'en') return first;
    const installed = await engine.otherLanguages();
    if (installed.length === 0) return first;
    let model = OCR_OTHER_LANGUAGES[language];
    let margin = LANGUAGE_MARGIN;
    if (!model) {
      if (letterCount(first.text) < MIN_LETTERS_FOR_SCRIPT) return first;
      // Script detection sees the script whichever way the page lies: the orientation check's answer will do.
      const script =
        lies ??
        (engine.orientation ? await engine.orientation(image.png, AbortSignal.any([timeout, ...(signal ? [signal] : [])])) : undefined);
      if (!script?.script || (script.scriptConfidence ?? 0) < MIN_SCRIPT_CONFIDENCE) return first;
      model = OCR_SCRIPT_LANGUAGES[script.script];
      margin = 0;
    }
    if (!model || !installed.includes(model)) return first;
    const png = first.rotation ? await turnPage(image, first.rotation as 90 | 180 | 270) : image.png;
    const again = await this.recognize(engine, png, timeout, signal, [model, 'nld']);
    const before = first.ocrConfidence ?? 0;
    if (again.confidence + margin < before) return first;
    this.logger?.info('page read again in its language', { model, confidence: again.confidence, firstConfidence: before });
    return { ...first, text: again.text, ocrConfidence: again.confidence };
  }

  private async recognize(
    engine: OcrEngine,
    png: Buffer,
    timeout: AbortSignal,
    signal?: AbortSignal,
    languages?: readonly string[],
  ): Promise<OcrResult> {
    try {
      return await engine.recognize(png, signal ? AbortSignal.any([signal, timeout]) : timeout, languages);
    } catch (error) {
      signal?.throwIfAborted();
      // A page that takes this long is retried by the queue, and ends as "failed" (alerted) if it keeps doing so.
      if (timeout.aborted)
        throw new TransientError('extract.ocr-timeout', `OCR of one page took longer than ${Math.round(this.ocrTimeoutMs / 1000)} s.`, {
          cause: error,
        });
      throw error;
    }
  }
}

function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}
