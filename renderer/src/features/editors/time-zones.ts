/**
 * Time zones for deadlines: the recruiter says "Friday 5 pm New York time",
 * so the deadline keeps the zone it was given in.
 */

/** The zone this computer is set to, e.g. `Europe/Paris`. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

let cached: string[] | undefined;

/** Every IANA zone the runtime knows, plus `current` if it is unusual. */
export function timeZoneOptions(current: string): { value: string; label: string }[] {
  cached ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];
  const zones = cached.includes(current) || !current ? cached : [current, ...cached];
  return zones.map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }));
}

/** The wall-clock date (`YYYY-MM-DD`) and time (`HH:mm`) of an instant in a zone. */
export function wallClock(iso: string, timeZone: string): { date: string; time: string } {
  let zone: string | undefined = timeZone;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    zone = undefined;
  }
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
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
