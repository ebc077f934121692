/**
 * Calendar arithmetic in a named time zone, without reading the clock.
 *
 * Days are counted as *calendar dates in the zone*, never as elapsed
 * milliseconds / 86,400,000: a day that loses or gains an hour to daylight
 * saving is still one day.
 */

import { dateTimeFormat } from '../intl-cache';

const zoneCache = new Map<string, boolean>();

/** True when `zone` is an IANA zone this runtime knows. Never throws. */
export function isValidTimeZone(zone: string): boolean {
  if (typeof zone !== 'string' || zone.trim() === '') return false;
  const cached = zoneCache.get(zone);
  if (cached !== undefined) return cached;
  let ok = true;
  try {
    dateTimeFormat('en-US', { timeZone: zone });
  } catch {
    ok = false;
  }
  zoneCache.set(zone, ok);
  return ok;
}

/**
 * The one time-zone rule for a deadline, used by the board, the scripts, the
 * call sheet and the calendar: the deadline's own zone when it is a valid IANA
 * zone; otherwise (blank, or unknown, as an imported file may hold) the fixed
 * offset the deadline instant was stored with, when it is a whole hour
 * (`2026-10-19T17:00:00-07:00` → `Etc/GMT+7`); otherwise UTC. `fellBack` says
 * the recorded zone was not usable, so screens can say "zone unknown".
 */
export function resolveTimeZone(zone: string | null | undefined, instant?: string | null): { timeZone: string; fellBack: boolean } {
  const z = (zone ?? '').trim();
  if (isValidTimeZone(z)) return { timeZone: z, fellBack: false };
  return { timeZone: offsetZone(instant) ?? 'UTC', fellBack: true };
}

/** `Etc/GMT±N` for an ISO instant's whole-hour offset (the Etc sign is inverted by convention), else `null`. */
function offsetZone(instant: string | null | undefined): string | null {
  if (typeof instant !== 'string') return null;
  const m = /([+-])(\d{2}):(\d{2})$/.exec(instant.trim());
  if (!m) return /Z$/i.test(instant.trim()) ? 'UTC' : null;
  const hours = Number(m[2]);
  if (m[3] !== '00' || hours > 12) return null;
  if (hours === 0) return 'UTC';
  const zone = `Etc/GMT${m[1] === '+' ? '-' : '+'}${hours}`;
  return isValidTimeZone(zone) ? zone : null;
}

function dateFormatter(zone: string): Intl.DateTimeFormat {
  return dateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
}

/** The calendar date (`YYYY-MM-DD`) an instant falls on in `zone` (must be valid). */
export function calendarDateIn(instant: Date, zone: string): string {
  const parts = dateFormatter(zone).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * Day number (days since 1970-01-01) of a `YYYY-MM-DD` date, or `null` when the
 * text is not a real calendar date (2026-02-30 is refused).
 */
export function dayNumber(isoDate: string | null | undefined): number | null {
  if (typeof isoDate !== 'string') return null;
  const m = ISO_DATE.exec(isoDate);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / DAY_MS;
}

/** `YYYY-MM-DD` of a day number. */
export function isoDateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: number): boolean {
  const w = weekdayOfDay(day);
  return w === 0 || w === 6;
}

/**
 * Weekdays (Mon–Fri) after `fromDay` up to and including `toDay`; negative
 * (counted the same way backwards) when `toDay` is earlier. O(1).
 */
export function businessDaysBetween(fromDay: number, toDay: number): number {
  if (toDay < fromDay) return -businessDaysBetween(toDay, fromDay);
  const span = toDay - fromDay;
  const weeks = Math.floor(span / 7);
  let count = weeks * 5;
  for (let d = fromDay + weeks * 7 + 1; d <= toDay; d++) if (!isWeekend(d)) count++;
  return count;
}

/** A parsed instant, or `null` when the text is not a valid date-time. */
export function parseInstant(iso: string | null | undefined): Date | null {
  if (typeof iso !== 'string' || iso.trim() === '') return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}
