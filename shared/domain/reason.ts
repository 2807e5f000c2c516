/**
 * Why the machine decided something, for people: `text` in plain Dutch (the UI's language), `en`
 * in English when the UI is in English, `code` for scripts and statistics. Reasons name the
 * consultant, the team, the client number and the receipt number a person knows, never internal
 * ids, and never a BSN, a client's name or the document's text.
 */
export interface Reason {
  code: string;
  text: string;
  /** Older records carry only `text`. */
  en?: string;
}

/** A reason in both UI languages; each starts with a capital, as a sentence on its own line. */
export const reason = (code: string, nl: string, en: string): Reason => ({ code, text: capital(nl), en: capital(en) });
/** The text with a capital first letter, as a sentence on its own line. */
export const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The reason's words in a UI language: English when asked and present, else the Dutch text. */
export const reasonText = (r: Reason, language: string): string => (language === 'en' && r.en ? r.en : r.text);

const DAY_MONTH = {
  nl: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' }),
};

/** "7 augustus" / "7 August" for a calendar day (YYYY-MM-DD). */
export function dayMonth(isoDay: string, language: 'nl' | 'en'): string {
  // Absence dates are few and come up in every decision for that consultant's clients: format each once.
  const key = `${language}${isoDay}`;
  let text = dayMonths.get(key);
  if (text === undefined) {
    const [y, m, d] = isoDay.split('-').map(Number);
    text = DAY_MONTH[language].format(new Date(Date.UTC(y as number, (m as number) - 1, d as number)));
    if (dayMonths.size >= 10_000) dayMonths.clear();
    dayMonths.set(key, text);
  }
  return text;
}
const dayMonths = new Map<string, string>();

/** "a, b en c" / "a, b and c". */
export function listed(items: string[], language: 'nl' | 'en'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${language === 'nl' ? 'en' : 'and'} ${items.at(-1)}`;
}

/**
 * Why a file cannot be used (or a step gave up) in a UI language, and the language it is in:
 * `rejectReason` is English, `rejectReasonNl` Dutch; records from before carry only the English.
 */
export function rejectionText(
  doc: { rejectReason: string | null; rejectReasonNl?: string | null | undefined },
  language: string,
): { text: string; lang: 'nl' | 'en' } | null {
  if (!doc.rejectReason && !doc.rejectReasonNl) return null;
  if (language !== 'en' && doc.rejectReasonNl) return { text: capital(doc.rejectReasonNl), lang: 'nl' };
  if (doc.rejectReason) return { text: doc.rejectReason, lang: 'en' };
  return { text: capital(doc.rejectReasonNl as string), lang: 'nl' };
}
