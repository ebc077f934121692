import { isValidTimeZone, resolveTimeZone } from '@shared/board/zoned-date';
import { dateTimeFormat } from '@shared/intl-cache';

/**
 * Time zones for deadlines: the recruiter says "Friday 5 pm New York time",
 * so the deadline keeps the zone it was given in.
 */

/** The zone this computer is set to, e.g. `Europe/Paris`. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

let allZones: { value: string; label: string }[] | undefined;

/** How a zone name is shown in the select. */
export function zoneLabel(zone: string): string {
  return zone.replaceAll('_', ' ');
}

/**
 * Every IANA zone the runtime knows, plus `current` if it is not one of them
 * (a plan from elsewhere may hold anything): kept as an option, marked "zone
 * unknown", so the select shows what the plan says and the user picks a real
 * zone. The same array comes back while `current` is a known zone, so the
 * select does not rework some 400 options on every keystroke elsewhere.
 */
export function timeZoneOptions(current: string): { value: string; label: string }[] {
  allZones ??= (typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC']).map((zone) => ({
    value: zone,
    label: zoneLabel(zone),
  }));
  if (!current || allZones.some((o) => o.value === current)) return allZones;
  const label = isValidTimeZone(current) ? zoneLabel(current) : `${current} (zone unknown)`;
  return [{ value: current, label }, ...allZones];
}

/**
 * The wall-clock date (`YYYY-MM-DD`) and time (`HH:mm`) of an instant in a
 * zone; for a zone that is not one (blank, or unknown), the clock the instant
 * was recorded with (the one deadline zone rule), so the fields show what
 * the recruiter said. Never throws.
 */
export function wallClock(iso: string, timeZone: string): { date: string; time: string } {
  const parts = dateTimeFormat('en-US', {
    timeZone: resolveTimeZone(timeZone, iso).timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

/** Today's date on this computer, as `YYYY-MM-DD`, for "is this in the past" warnings. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
