import { TZDate } from '@date-fns/tz';
import Holidays from 'date-holidays';
import type { Directory } from './directory.ts';
import { ConfigurationError } from './errors.ts';
import { localDate } from './local-date.ts';

/**
 * The business calendar: when the organisation works, in its own timezone. All arithmetic walks
 * local calendar days and converts each day's opening and closing time to an instant, so weekends,
 * holidays, closed days and both daylight-saving changes come out right without special cases.
 *
 * Which public holidays count as days off: the days `date-holidays` marks as type `public` for NL
 * (Nieuwjaarsdag, 1e/2e Paasdag, Koningsdag — moved to Saturday when 27 April is a Sunday —,
 * Hemelvaartsdag, 1e/2e Pinksterdag, 1e/2e Kerstdag). The library marks Goede Vrijdag and
 * Bevrijdingsdag (5 May) as `school` days, not public ones, and does not distinguish the lustrum
 * years; municipal offices differ on both. We do not count them: an office that is closed on such a
 * day lists it in `organisation.closedDays`. The error goes the safe way: an alert a day early, never a
 * document left unseen because the calendar thought the office was closed.
 */
export const OBSERVED_HOLIDAY_TYPES = ['public'] as const;

export type IsoDay = string;

export interface BusinessHours {
  /** HH:MM local time. */
  start: string;
  end: string;
  /** ISO weekdays: 1 = Monday … 7 = Sunday. */
  days: readonly number[];
}

export interface CalendarSettings {
  timezone: string;
  businessHours: BusinessHours;
  /** Extra days off (YYYY-MM-DD), e.g. a bridge day or Christmas Eve. */
  closedDays: readonly IsoDay[];
  /** ISO 3166 country for public holidays. */
  country?: string;
}

export interface DayInfo {
  day: IsoDay;
  business: boolean;
  reason?: 'not a working day' | 'public holiday' | 'closed day';
  /** Dutch name of the public holiday, when it is one. */
  holiday?: string;
}

/** A configured duration: whole business days, then business time (both may be zero). */
export interface BusinessDuration {
  days: number;
  ms: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** No real calendar has ten years without a working day: beyond that the configuration is broken. */
const MAX_DAYS_SEARCHED = 3660;

export class BusinessCalendar {
  readonly timezone: string;
  private readonly hours: { start: number; end: number; days: ReadonlySet<number> };
  private readonly closed: ReadonlySet<IsoDay>;
  private readonly holidays: Holidays;
  private readonly holidaysByYear = new Map<number, Map<IsoDay, string>>();

  constructor(settings: CalendarSettings) {
    this.timezone = settings.timezone;
    try {
      new Intl.DateTimeFormat('en', { timeZone: settings.timezone });
    } catch (cause) {
      throw new ConfigurationError('calendar.timezone', `Unknown timezone "${settings.timezone}" in organisation.timezone.`, { cause });
    }
    const start = minutesOf(settings.businessHours.start);
    const end = minutesOf(settings.businessHours.end);
    if (end <= start)
      throw new ConfigurationError(
        'calendar.hours',
        `Business hours end (${settings.businessHours.end}) must be after they start (${settings.businessHours.start}).`,
      );
    const days = new Set(settings.businessHours.days);
    if (days.size === 0 || [...days].some((d) => !Number.isInteger(d) || d < 1 || d > 7))
      throw new ConfigurationError('calendar.days', 'Business days must be ISO weekdays 1 (Monday) to 7 (Sunday), at least one.');
    this.hours = { start, end, days };
    this.closed = new Set(settings.closedDays);
    this.holidays = new Holidays(settings.country ?? 'NL', {
      types: [...OBSERVED_HOLIDAY_TYPES],
      languages: 'nl',
      timezone: settings.timezone,
    });
  }

  static fromDirectory(directory: Pick<Directory, 'organisation'>): BusinessCalendar {
    const org = directory.organisation;
    return new BusinessCalendar({ timezone: org.timezone, businessHours: org.businessHours, closedDays: org.closedDays });
  }

  /** The local calendar day of an instant. */
  dayOf(at: Date): IsoDay {
    return localDate(at, this.timezone);
  }

  describeDay(dayOrInstant: IsoDay | Date): DayInfo {
    const day = typeof dayOrInstant === 'string' ? dayOrInstant : this.dayOf(dayOrInstant);
    const holiday = this.holidayName(day);
    if (holiday) return { day, business: false, reason: 'public holiday', holiday };
    if (!this.hours.days.has(isoWeekday(day))) return { day, business: false, reason: 'not a working day' };
    if (this.closed.has(day)) return { day, business: false, reason: 'closed day' };
    return { day, business: true };
  }

  /** Whether the office works on this local day (a date string) or on the local day of this instant. */
  isBusinessDay(dayOrInstant: IsoDay | Date): boolean {
    return this.describeDay(dayOrInstant).business;
  }

  /** Whether this instant falls within business hours on a business day. */
  isOpen(at: Date): boolean {
    const day = this.dayOf(at);
    if (!this.isBusinessDay(day)) return false;
    const t = at.getTime();
    return t >= this.opening(day).getTime() && t < this.closing(day).getTime();
  }

  /** Opening time of a local day, as an instant (whether or not it is a business day). */
  opening(day: IsoDay): Date {
    return zonedInstant(day, this.hours.start, this.timezone);
  }

  closing(day: IsoDay): Date {
    return zonedInstant(day, this.hours.end, this.timezone);
  }

  /** The first business day strictly after this one. */
  nextBusinessDay(day: IsoDay): IsoDay {
    let d = day;
    for (let i = 0; i < MAX_DAYS_SEARCHED; i++) {
      d = addLocalDays(d, 1);
      if (this.isBusinessDay(d)) return d;
    }
    throw new ConfigurationError(
      'calendar.no-business-day',
      `No business day within ten years after ${day}: check businessHours and closedDays.`,
    );
  }

  /** The last business day strictly before this one. */
  previousBusinessDay(day: IsoDay): IsoDay {
    let d = day;
    for (let i = 0; i < MAX_DAYS_SEARCHED; i++) {
      d = addLocalDays(d, -1);
      if (this.isBusinessDay(d)) return d;
    }
    throw new ConfigurationError(
      'calendar.no-business-day',
      `No business day within ten years before ${day}: check businessHours and closedDays.`,
    );
  }

  /**
   * The instant after `ms` of business time has passed from `start`. Time outside business hours
   * does not count; when the budget runs out exactly at closing time, the answer is that closing time.
   */
  addBusinessTime(start: Date, ms: number): Date {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`business time must be a non-negative number of ms, got ${ms}`);
    if (ms === 0) return new Date(start.getTime());
    let remaining = ms;
    let day = this.dayOf(start);
    const from = start.getTime();
    for (let i = 0; i < MAX_DAYS_SEARCHED * 10; i++) {
      if (this.isBusinessDay(day)) {
        const begin = Math.max(this.opening(day).getTime(), from);
        const end = this.closing(day).getTime();
        if (begin < end) {
          const available = end - begin;
          if (remaining <= available) return new Date(begin + remaining);
          remaining -= available;
        }
      }
      day = addLocalDays(day, 1);
    }
    throw new ConfigurationError('calendar.no-business-day', 'Business time could not be added: no business hours found.');
  }

  /** Business time (ms) between two instants; 0 when `b` is not after `a`. */
  businessTimeBetween(a: Date, b: Date): number {
    const from = a.getTime();
    const to = b.getTime();
    if (to <= from) return 0;
    let total = 0;
    const last = this.dayOf(b);
    for (let day = this.dayOf(a); day <= last; day = addLocalDays(day, 1)) {
      if (!this.isBusinessDay(day)) continue;
      const begin = Math.max(this.opening(day).getTime(), from);
      const end = Math.min(this.closing(day).getTime(), to);
      if (end > begin) total += end - begin;
    }
    return total;
  }

  /**
   * The same point of the business day, `n` business days later. A start outside business hours
   * counts from the next opening: Friday 18:00 + 2 business days = Wednesday 08:30 (with 08:30–17:00).
   */
  addBusinessDays(start: Date, n: number): Date {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`business days must be a non-negative integer, got ${n}`);
    if (n === 0) return new Date(start.getTime());
    const { day, offset } = this.position(start);
    let target = day;
    for (let i = 0; i < n; i++) target = this.nextBusinessDay(target);
    const open = this.opening(target).getTime();
    return new Date(Math.min(open + offset, this.closing(target).getTime()));
  }

  /** Adds a configured duration: whole business days first, then business time. */
  add(start: Date, duration: BusinessDuration): Date {
    return this.addBusinessTime(this.addBusinessDays(start, duration.days), duration.ms);
  }

  /** Length of one business day (ms of business time), for turning days into comparable time. */
  get businessDayMs(): number {
    return (this.hours.end - this.hours.start) * MINUTE;
  }

  /** Where an instant sits in business time: its business day and the time since that day's opening. */
  private position(at: Date): { day: IsoDay; offset: number } {
    const day = this.dayOf(at);
    if (this.isBusinessDay(day)) {
      const t = at.getTime();
      const open = this.opening(day).getTime();
      const close = this.closing(day).getTime();
      if (t <= open) return { day, offset: 0 };
      if (t <= close) return { day, offset: t - open };
    }
    return { day: this.nextBusinessDay(day), offset: 0 };
  }

  private holidayName(day: IsoDay): string | undefined {
    const year = Number(day.slice(0, 4));
    let days = this.holidaysByYear.get(year);
    if (!days) {
      days = new Map();
      for (const h of this.holidays.getHolidays(year))
        if ((OBSERVED_HOLIDAY_TYPES as readonly string[]).includes(h.type)) days.set(h.date.slice(0, 10), h.name);
      this.holidaysByYear.set(year, days);
    }
    return days.get(day);
  }
}

/**
 * Parses a configured duration: "4h", "30m", "2d" (business days), or combinations such as
 * "1d 4h" and "1h30m". Throws a `ConfigurationError` naming the bad value.
 */
export function parseBusinessDuration(text: string, name = 'duration'): BusinessDuration {
  const compact = text.trim().toLowerCase().replace(/\s+/g, '');
  const match = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/.exec(compact);
  if (!compact || !match || (match[1] === undefined && match[2] === undefined && match[3] === undefined))
    throw new ConfigurationError(
      'config.duration',
      `${name} must be a duration such as "4h", "30m", "2d" (business days) or "1d 4h"; got "${text}".`,
    );
  return { days: Number(match[1] ?? 0), ms: Number(match[2] ?? 0) * HOUR + Number(match[3] ?? 0) * MINUTE };
}

/** "2d", "4h", "1d 4h 30m": the inverse of `parseBusinessDuration`, for messages. */
export function formatBusinessDuration(d: BusinessDuration): string {
  const parts: string[] = [];
  if (d.days) parts.push(`${d.days}d`);
  const h = Math.floor(d.ms / HOUR);
  const m = Math.round((d.ms % HOUR) / MINUTE);
  if (h) parts.push(`${h}h`);
  if (m) parts.push(`${m}m`);
  return parts.join(' ') || '0m';
}

/** A calendar day plus `n` days (negative goes back), on the proleptic calendar: no timezone involved. */
export function addLocalDays(day: IsoDay, n: number): IsoDay {
  const [y, m, d] = splitDay(day);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/**
 * A calendar day plus `n` calendar months: the same day of the month, or the last day of the
 * month when it has no such day (31 January + 1 month → 28 or 29 February), as periods in months
 * are counted in EU law (Regulation 1182/71 art. 3(2)(c)).
 */
export function addLocalMonths(day: IsoDay, n: number): IsoDay {
  const [y, m, d] = splitDay(day);
  const lastOfTarget = new Date(Date.UTC(y, m - 1 + n + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + n, Math.min(d, lastOfTarget))).toISOString().slice(0, 10);
}

/** Whole calendar days from `a` to `b` (negative when `b` is earlier). */
export function localDaysBetween(a: IsoDay, b: IsoDay): number {
  const [ya, ma, da] = splitDay(a);
  const [yb, mb, db] = splitDay(b);
  return Math.round((Date.UTC(yb, mb - 1, db) - Date.UTC(ya, ma - 1, da)) / 86_400_000);
}

/** ISO weekday of a calendar day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: IsoDay): number {
  const [y, m, d] = splitDay(day);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay() || 7;
}

/**
 * The instant at a local wall-clock time (HH:MM, or minutes since midnight) on a local day. A time
 * skipped by the spring DST change lands just after the gap; a repeated autumn time takes the later one.
 */
export function zonedInstant(day: IsoDay, time: string | number, timeZone: string): Date {
  const [y, m, d] = splitDay(day);
  const minutes = typeof time === 'number' ? time : minutesOf(time);
  return new Date(new TZDate(y, m - 1, d, Math.floor(minutes / 60), minutes % 60, 0, 0, timeZone).getTime());
}

function splitDay(day: IsoDay): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new RangeError(`expected a day as YYYY-MM-DD, got "${day}"`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function minutesOf(time: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new ConfigurationError('calendar.time', `Expected a time as HH:MM, got "${time}".`);
  return Number(match[1]) * 60 + Number(match[2]);
}
