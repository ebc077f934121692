import { z } from 'zod';
import { dateTimeFormat } from './intl-cache';

/** A calendar date without time zone: `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();
/** An instant with an explicit offset or `Z`: `2026-12-02T17:00:00+01:00`. */
export const IsoDateTime = z.iso.datetime({ offset: true });

const DAY_MS = 86_400_000;

/** The calendar date `days` after the given instant's UTC date, as `YYYY-MM-DD`. */
export function isoDateAfter(now: Date, days: number): string {
  return new Date(now.getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** Offset of `timeZone` from UTC at the given instant, in minutes (east positive). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant a wall-clock time on a date has in a zone, as ISO with that
 * zone's offset, e.g. `2026-12-02T17:00:00-05:00`. Correct across daylight
 * saving changes because the offset is looked up at that moment, twice (the
 * second lookup settles times near a transition).
 */
export function zonedIso(date: string, time: string, timeZone: string): string {
  const naiveUtc = new Date(`${date}T${time}:00Z`);
  let offset = zoneOffsetMinutes(naiveUtc, timeZone);
  offset = zoneOffsetMinutes(new Date(naiveUtc.getTime() - offset * 60_000), timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${date}T${time}:00${sign}${hh}:${mm}`;
}
