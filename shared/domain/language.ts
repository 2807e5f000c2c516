import { eld } from 'eld/extrasmall';
import type { PageText } from './document.ts';

/**
 * The language a document is written in, from its text: an ISO 639-1 code ('nl', 'en', 'tr',
 * 'pl', 'uk', 'ar', 'de', 'fr', …) or 'und' when the text does not say (too little of it, or
 * nothing the detector is sure of). Pure: the n-gram tables are a module of the `eld` package
 * (its smallest database, 60 languages, ~0.4 s to load once per process).
 *
 * What the detector sees is the document's words only: digits, amounts, dates, client numbers and
 * IBANs say nothing about a language, and a scan's OCR noise (stray marks, single letters) is
 * mostly left out with them.
 */
export type LanguageCode = string;

export const UNDETERMINED = 'und';

/** The head of a long document says which language it is in; more only costs time. */
const MAX_CHARS = 6000;
/** Fewer letters than this (a name and an address, a form with only numbers filled in) say nothing. */
const MIN_LETTERS = 12;

/** Words: two or more letters of any script (Latin with diacritics, Cyrillic, Arabic, …). */
const WORD = /\p{L}[\p{L}\p{M}'’]*\p{L}/gu;

export function detectLanguage(text: string): LanguageCode {
  const head = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const words = head.match(WORD);
  if (!words) return UNDETERMINED;
  const clean = words.join(' ');
  let letters = 0;
  for (const w of words) letters += w.length;
  if (letters < MIN_LETTERS) return UNDETERMINED;
  const result = eld.detect(clean);
  if (!result.language || !result.isReliable()) return UNDETERMINED;
  return result.language;
}

/** The language of a document's pages (blank pages left out): for a file, and for each part of a file the split step separates. */
export function languageOf(pages: readonly PageText[]): LanguageCode {
  return detectLanguage(
    pages
      .filter((p) => !p.blank)
      .map((p) => p.text)
      .join('\n\n'),
  );
}

/** The writing system a language is written in, as OCR needs to know it. */
export function scriptOf(language: LanguageCode): 'latin' | 'cyrillic' | 'arabic' | 'other' | undefined {
  if (language === UNDETERMINED) return undefined;
  if (CYRILLIC.has(language)) return 'cyrillic';
  if (ARABIC.has(language)) return 'arabic';
  if (OTHER_SCRIPT.has(language)) return 'other';
  return 'latin';
}
const CYRILLIC = new Set(['uk', 'ru', 'bg', 'be', 'sr', 'mk']);
const ARABIC = new Set(['ar', 'fa', 'ur', 'ku']);
const OTHER_SCRIPT = new Set([
  'am',
  'bn',
  'el',
  'gu',
  'he',
  'hi',
  'hy',
  'ja',
  'ka',
  'kn',
  'ko',
  'lo',
  'ml',
  'mr',
  'or',
  'pa',
  'ta',
  'te',
  'th',
  'zh',
]);
