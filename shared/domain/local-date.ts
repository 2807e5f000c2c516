// Intl formatters cost tens of microseconds to build, far more than a format call: build one per zone.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (YYYY-MM-DD) of an instant in a timezone, e.g. for inclusive absence dates. */
export function localDate(at: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  // The same instant again (the documents split from one file share its received time): no format call.
  const time = at.getTime();
  const last = lastDays.get(timeZone);
  if (last && last.time === time) return last.day;
  const day = format.format(at);
  lastDays.set(timeZone, { time, day });
  return day;
}
const lastDays = new Map<string, { time: number; day: string }>();
