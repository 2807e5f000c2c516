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
  close(): Promise<void>;
}

/** Languages every engine loads: Dutch first (most documents), English for UWV/IND/bank forms. */
export const OCR_LANGUAGES = ['nld', 'eng'] as const;
