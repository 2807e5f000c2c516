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
  /**
   * Reads a PNG (greyscale, with its DPI set) in Dutch and English, or in `languages` (Tesseract
   * codes, e.g. ['ara', 'nld']) when given and the engine has them. Rejects when `signal` aborts.
   */
  recognize(png: Buffer, signal?: AbortSignal, languages?: readonly string[]): Promise<OcrResult>;
  /**
   * Which of `OCR_OTHER_LANGUAGES`' models the engine has (optional: engines without it read
   * Dutch and English only). Nothing is ever downloaded for it.
   */
  otherLanguages?(): Promise<string[]>;
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
  /** The script the page is written in, when the engine tells ('Latin', 'Arabic', 'Cyrillic', …). */
  script?: string;
  /** How sure the engine is of `script` (Tesseract: above about 1 it is rarely wrong). */
  scriptConfidence?: number;
}

/** A page image for `recognizeMany`: the PNG and the resolution it was prepared at. */
export interface OcrPage {
  png: Buffer;
  dpi: number;
}

/** Languages every engine loads: Dutch first (most documents), English for UWV/IND/bank forms. */
export const OCR_LANGUAGES = ['nld', 'eng'] as const;

/**
 * Models for the languages clients here write in besides Dutch and English (Debian
 * tesseract-ocr-tur, -pol, -ukr, -ara), by the language `detectLanguage` names. A page is read
 * again with one of them (plus Dutch, for the address block) only when its first reading or its
 * script says so: Dutch pages are read once, as before.
 */
export const OCR_OTHER_LANGUAGES: Readonly<Record<string, string>> = { tr: 'tur', pl: 'pol', uk: 'ukr', ru: 'ukr', ar: 'ara' };
/** The model for a script Tesseract's script detection names. */
export const OCR_SCRIPT_LANGUAGES: Readonly<Record<string, string>> = { Arabic: 'ara', Cyrillic: 'ukr' };
