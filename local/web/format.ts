import type { Lang } from './i18n.ts';

/** Dates, times and ages for people, in the organisation's timezone. */
const locale = (lang: Lang) => (lang === 'nl' ? 'nl-NL' : 'en-GB');

export function dateTime(iso: string | Date, lang: Lang, timeZone: string): string {
  return new Intl.DateTimeFormat(locale(lang), {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

export function dayLabel(isoDay: string, lang: Lang): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(lang), { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' }).format(
    new Date(Date.UTC(y as number, (m as number) - 1, d as number)),
  );
}

export function longDay(isoDay: string, lang: Lang): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(lang), { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(Date.UTC(y as number, (m as number) - 1, d as number)),
  );
}

/** "3 uur", "2 dagen": how long since an instant, in whole units. */
export function age(sinceIso: string, now: Date, lang: Lang): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - new Date(sinceIso).getTime()) / 60_000));
  const nl = lang === 'nl';
  if (minutes < 60) return nl ? `${minutes} min` : `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return nl ? `${hours} uur` : `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  const days = Math.floor(hours / 24);
  return nl ? `${days} dagen` : `${days} days`;
}

export function ageMinutes(sinceIso: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(sinceIso).getTime()) / 60_000));
}

export function percent(confidence: number | null): string {
  return confidence === null ? '–' : `${Math.round(confidence * 100)}%`;
}
