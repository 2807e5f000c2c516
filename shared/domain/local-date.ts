/** The calendar day (YYYY-MM-DD) of an instant in a timezone, e.g. for inclusive absence dates. */
export function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** "7 Aug" style short date for reasons shown to staff. */
export function shortDate(isoDay: string): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(y as number, (m as number) - 1, d as number)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}
