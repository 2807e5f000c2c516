import { NativeTesseract, nativeTesseractLanguages } from './native-tesseract.ts';
import { OCR_LANGUAGES, type OcrEngine } from './ocr-engine.ts';
import { TesseractJs } from './tesseract-js.ts';

export type OcrEngineKind = 'auto' | 'native' | 'tesseract.js';

/** True when the `tesseract` binary is installed with every language we read. */
export async function isNativeTesseractUsable(): Promise<boolean> {
  const langs = await nativeTesseractLanguages();
  return OCR_LANGUAGES.every((l) => langs.includes(l));
}

/**
 * The OCR engine to use: `auto` prefers native tesseract (faster, multi-process) when it knows
 * Dutch and English, else tesseract.js from npm. Create once and reuse; `close()` when done.
 */
export async function createOcrEngine(kind: OcrEngineKind = 'auto'): Promise<OcrEngine> {
  if (kind === 'tesseract.js') return new TesseractJs();
  if (kind === 'native' || (await isNativeTesseractUsable())) return new NativeTesseract();
  return new TesseractJs();
}
