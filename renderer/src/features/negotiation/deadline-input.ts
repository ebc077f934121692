import { isValidTimeZone } from '@shared/board/zoned-date';
import { zonedIso } from '@shared/time';
import { systemTimeZone } from '../editors/time-zones';

/** A deadline typed as a date and a time in `zone` (the offer's, else this computer's), as an instant; null when incomplete. */
export function deadlineFromInput(date: string, time: string, zone: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  return zonedIso(date, time, usableZone(zone));
}

export function usableZone(zone: string | undefined): string {
  return zone && isValidTimeZone(zone) ? zone : systemTimeZone();
}
