import { resolveTimeZone } from '@shared/board/zoned-date';
import { dateTimeFormat } from '@shared/intl-cache';

/**
 * Dates and times as the user reads them: their locale, and for an offer's
 * deadline the zone it was given in (with the zone's name shown), because
 * "5 pm New York time" is what the recruiter said.
 */
export function formatDeadline(iso: string, timeZone?: string, locale?: string): string {
  // A blank or unknown zone (as an imported file may hold) falls back to the
  // clock the deadline was recorded with, and says so; it never throws.
  const { timeZone: zone, fellBack } = resolveTimeZone(timeZone, iso);
  const text = dateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: zone }).format(new Date(iso));
  return `${text} (${fellBack ? 'zone unknown' : zone.replaceAll('_', ' ')})`;
}

/** A calendar date (`YYYY-MM-DD`) in the user's locale, without shifting the day. */
export function formatCalendarDate(date: string, locale?: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** A short date for lists: "Dec 2, 2026". */
export function formatShortDate(iso: string, locale?: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
}
