/**
 * A repair of the current schema version, not a migration: a plan file may
 * hold a deadline time zone that is not an IANA zone this runtime knows (any
 * text passed the schema once, and an imported or hand-edited file can carry
 * one). Such a zone becomes '' — "zone unknown", which the one zone rule
 * (resolveTimeZone in shared/board/zoned-date.ts) shows in the deadline's own
 * offset — and the caller backs the file up first and tells the user.
 * Pure: the input is not changed.
 */
import { isValidTimeZone } from '../board/zoned-date';

/** One field the repair changed. */
export interface ZoneRepair {
  /** Where in the plan, e.g. `offers.0.deadlineTimeZone`. */
  path: string;
  /** The text it held. */
  was: string;
  /** The offer's company, to name it to the user. */
  company: string;
}

function isBadZone(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && !isValidTimeZone(value.trim());
}

/** The document with every unknown zone cleared, and what was cleared; the same object when nothing was. */
export function repairZones(doc: Record<string, unknown>): { doc: Record<string, unknown>; repairs: ZoneRepair[] } {
  const offers = doc.offers;
  if (!Array.isArray(offers) || !offers.some((o: unknown) => isBadZone((o as { deadlineTimeZone?: unknown } | null)?.deadlineTimeZone))) {
    return { doc, repairs: [] };
  }
  const repairs: ZoneRepair[] = [];
  const repaired = offers.map((offer: unknown, i) => {
    const zone = (offer as { deadlineTimeZone?: unknown } | null)?.deadlineTimeZone;
    if (!isBadZone(zone)) return offer;
    const company = (offer as { company?: unknown }).company;
    repairs.push({ path: `offers.${i}.deadlineTimeZone`, was: zone.slice(0, 80), company: typeof company === 'string' ? company : '' });
    return { ...(offer as Record<string, unknown>), deadlineTimeZone: '' };
  });
  return { doc: { ...doc, offers: repaired }, repairs };
}

/** The sentence the plans screen shows for a repaired plan. */
export function describeZoneRepairs(planName: string, repairs: readonly ZoneRepair[]): string {
  const which = repairs.map((r) => `“${r.was}”${r.company.trim() ? ` (offer from ${r.company.trim().slice(0, 60)})` : ''}`).join(', ');
  const plural = repairs.length > 1;
  return (
    `The plan “${planName.slice(0, 80)}” had ${plural ? 'deadline time zones' : 'a deadline time zone'} this app does not know: ${which}. ` +
    `${plural ? 'They were' : 'It was'} cleared, so the deadline shows in the offset it was given with; pick the zone again in the offer if you know it. ` +
    'The file as it was is kept in the plan’s backups.'
  );
}
