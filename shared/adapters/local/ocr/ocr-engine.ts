/**
 * One OCR engine behind one small interface, so the extractor does not care whether it runs the
 * native `tesseract` binary or tesseract.js (WebAssembly). Engines are created once and reused:
 * loading the Dutch and English models costs more than reading a page.
 */
export interface OcrResult {
  text: string;
  /** Mean word confidence, 0–100 (0 when no words were found). */
  confidence: number;
}

export interface OcrEngine {
  readonly name: string;
  /** Reads a PNG (greyscale, with its DPI set) in Dutch and English. Rejects when `signal` aborts. */
  recognize(png: Buffer, signal?: AbortSignal): Promise<OcrResult>;
  /**
   * Reads several pages in one go, loading the language models once for all of them (optional:
   * engines that keep their models loaded between pages do not need it). Results in page order.
   */
  recognizeMany?(pages: readonly OcrPage[], signal?: AbortSignal): Promise<OcrResult[]>;
  /**
   * Which way the page lies, for engines with orientation detection (optional): undefined when the
   * engine cannot tell (too little text, no detection model).
   */
  orientation?(png: Buffer, signal?: AbortSignal): Promise<Orientation | undefined>;
  close(): Promise<void>;
}

/** How far (degrees, clockwise) to turn a page to set it upright, and how sure the engine is. */
export interface Orientation {
  rotate: 0 | 90 | 180 | 270;
  /** Tesseract's orientation confidence: above about 2 it is rarely wrong. */
  confidence: number;
}

/** A page image for `recognizeMany`: the PNG and the resolution it was prepared at. */
export interface OcrPage {
  png: Buffer;
  dpi: number;
}

/** Languages every engine loads: Dutch first (most documents), English for UWV/IND/bank forms. */
export const OCR_LANGUAGES = ['nld', 'eng'] as const;
