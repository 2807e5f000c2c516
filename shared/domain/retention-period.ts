import { DOCUMENT_TYPE_IDS } from './document-types.ts';

/**
 * Retention periods as the directory's `retention` section sets them (per document type, for
 * rejected files and for documents without a type), over conservative defaults. Kept apart from
 * the decision (retention.ts) so the directory schema can use it without importing documents.
 */

/** What a retention period is set for: a document type, a rejected file, or a document without a type. */
export const RETENTION_CLASSES = [...DOCUMENT_TYPE_IDS, 'rejected', 'unclassified'] as const;
export type RetentionClass = (typeof RETENTION_CLASSES)[number];

/** A period as written in the directory: `10y`, `18m`, `90d`, or `forever`. */
export const RETENTION_PERIOD = /^(?:(\d{1,3})([ymd])|forever)$/;

export type RetentionPeriod = { amount: number; unit: 'y' | 'm' | 'd' } | 'forever';

/**
 * The defaults, conservative on purpose: ten years after the case is done for every document type
 * and for documents without one, one year for a rejected file (the submitter was told it could not
 * be used). They are not legal advice: a municipality sets its own in the directory's `retention`
 * section, after its archive rules.
 */
export const DEFAULT_RETENTION: Readonly<Record<RetentionClass, string>> = Object.fromEntries(
  RETENTION_CLASSES.map((c) => [c, c === 'rejected' ? '1y' : '10y']),
) as Record<RetentionClass, string>;

export type RetentionSettings = Readonly<Record<RetentionClass, RetentionPeriod>>;

export function parseRetentionPeriod(text: string): RetentionPeriod {
  const m = RETENTION_PERIOD.exec(text.trim());
  if (!m) throw new RangeError(`expected a retention period such as 10y, 18m, 90d or forever, got "${text}"`);
  if (!m[1]) return 'forever';
  return { amount: Number(m[1]), unit: m[2] as 'y' | 'm' | 'd' };
}

/** The directory's `retention` section over the defaults. */
export function retentionSettings(configured: Partial<Record<RetentionClass, string>> = {}): RetentionSettings {
  return Object.fromEntries(RETENTION_CLASSES.map((c) => [c, parseRetentionPeriod(configured[c] ?? DEFAULT_RETENTION[c])])) as Record<
    RetentionClass,
    RetentionPeriod
  >;
}

export const formatPeriod = (p: RetentionPeriod) => (p === 'forever' ? 'forever' : `${p.amount}${p.unit}`);

/** A calendar date plus a period; a day that does not exist in the target month is its last day (29 Feb + 1y = 28 Feb). */
export function addPeriod(date: string, period: Exclude<RetentionPeriod, 'forever'>): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (period.unit === 'd') return new Date(Date.UTC(y, m - 1, d + period.amount)).toISOString().slice(0, 10);
  const months = (m - 1 + (period.unit === 'y' ? 12 * period.amount : period.amount)) % 12;
  const year = y + Math.floor((m - 1 + (period.unit === 'y' ? 12 * period.amount : period.amount)) / 12);
  const lastDay = new Date(Date.UTC(year, months + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(months + 1).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}
