/**
 * Which backups of one plan to keep: a pure rule, applied after every backup.
 *
 *   - the newest backup is always kept, however old (it may be all there is);
 *   - every backup from the last hour, up to `recent` of them (several today);
 *   - the newest backup of each of the last `days` calendar days (UTC);
 *   - the oldest backup of the last 24 hours: the plan as it was before the
 *     day's work, however many backups a burst of saves or imports made since;
 *   - every backup taken before something replaced the plan other than typing
 *     (an import over it, a restore, a delete, another window's version kept
 *     over it, an upgrade or a repair) from the last `days` days, whatever
 *     the burst: each holds a state the user did not choose to lose;
 *   - scheduled backups beyond that are dropped, and never more than `max`
 *     kept in all except those protected above (the oldest kept ones go first).
 *
 * Backups are small (one plan each), so the bound is about tidiness, not disk
 * space; the protected ones are bounded by age (`days`), not by count.
 */

/** A backup as the rule sees it: an id, when it was taken and (optionally) why. */
export interface BackupStamp {
  id: string;
  /** ISO date-time. */
  takenAt: string;
  /** Why it was taken; anything but `scheduled` (or none) is protected for `days` days. */
  reason?: string;
}

export interface RetentionPolicy {
  /** How long counts as "recent", in milliseconds. */
  recentMs: number;
  /** At most this many recent backups are kept. */
  recent: number;
  /** One backup a day is kept for this many days, today included. */
  days: number;
  /** The bound on the total kept, protected backups aside. */
  max: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { recentMs: 60 * 60 * 1000, recent: 10, days: 7, max: 30 };

const DAY_MS = 24 * 60 * 60 * 1000;

function dayNumber(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/** Taken before an action that replaced the plan (not by the save schedule). */
export function isProtectedReason(reason: string | undefined): boolean {
  return reason !== undefined && reason !== 'scheduled';
}

/**
 * Splits `backups` into those to keep and those to drop, as of `now`.
 * Order of the input does not matter; both lists come back newest first.
 * Backups dated in the future (a clock that jumped) count as recent.
 */
export function applyRetention<T extends BackupStamp>(
  backups: readonly T[],
  now: Date,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): { keep: T[]; drop: T[] } {
  const sorted = [...backups].sort((a, b) => Date.parse(b.takenAt) - Date.parse(a.takenAt) || b.id.localeCompare(a.id));
  const nowMs = now.getTime();
  const today = dayNumber(nowMs);
  const kept = new Set<T>();
  const protectedOnes = new Set<T>();
  if (sorted[0]) protectedOnes.add(sorted[0]);

  let recentKept = 0;
  let oldestOfLastDay: T | undefined;
  const daysSeen = new Set<number>();
  for (const backup of sorted) {
    const at = Date.parse(backup.takenAt);
    if (nowMs - at <= policy.recentMs && recentKept < policy.recent) {
      kept.add(backup);
      recentKept++;
    }
    if (nowMs - at <= DAY_MS) oldestOfLastDay = backup;
    const day = dayNumber(at);
    // `sorted` is newest first, so the first backup met for a day is its newest.
    if (today - day < policy.days && !daysSeen.has(day)) {
      daysSeen.add(day);
      kept.add(backup);
    }
    if (isProtectedReason(backup.reason) && today - day < policy.days) protectedOnes.add(backup);
  }
  if (oldestOfLastDay) protectedOnes.add(oldestOfLastDay);
  // The bound drops the oldest of the unprotected ones first.
  let room = Math.max(0, policy.max - protectedOnes.size);
  const keepSet = new Set<T>();
  for (const backup of sorted) {
    if (protectedOnes.has(backup)) keepSet.add(backup);
    else if (kept.has(backup) && room > 0) {
      keepSet.add(backup);
      room--;
    }
  }
  return { keep: sorted.filter((b) => keepSet.has(b)), drop: sorted.filter((b) => !keepSet.has(b)) };
}
