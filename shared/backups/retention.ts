/**
 * Which backups of one plan to keep: a pure rule, applied after every backup.
 *
 *   - the newest backup is always kept, however old (it may be all there is);
 *   - every backup from the last hour, up to `recent` of them (several today);
 *   - the newest backup of each of the last `days` calendar days (UTC);
 *   - never more than `max` in all (the oldest kept ones go first).
 *
 * Everything else is dropped. Backups are small (one plan each), so the
 * bound is about tidiness, not disk space.
 */

/** A backup as the rule sees it: an id and when it was taken. */
export interface BackupStamp {
  id: string;
  /** ISO date-time. */
  takenAt: string;
}

export interface RetentionPolicy {
  /** How long counts as "recent", in milliseconds. */
  recentMs: number;
  /** At most this many recent backups are kept. */
  recent: number;
  /** One backup a day is kept for this many days, today included. */
  days: number;
  /** The bound on the total kept. */
  max: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { recentMs: 60 * 60 * 1000, recent: 10, days: 7, max: 30 };

const DAY_MS = 24 * 60 * 60 * 1000;

function dayNumber(ms: number): number {
  return Math.floor(ms / DAY_MS);
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
  if (sorted[0]) kept.add(sorted[0]);

  let recentKept = 0;
  const daysSeen = new Set<number>();
  for (const backup of sorted) {
    const at = Date.parse(backup.takenAt);
    if (nowMs - at <= policy.recentMs && recentKept < policy.recent) {
      kept.add(backup);
      recentKept++;
    }
    const day = dayNumber(at);
    // `sorted` is newest first, so the first backup met for a day is its newest.
    if (today - day < policy.days && !daysSeen.has(day)) {
      daysSeen.add(day);
      kept.add(backup);
    }
  }
  const keep = sorted.filter((b) => kept.has(b)).slice(0, Math.max(1, policy.max));
  const keepSet = new Set(keep);
  return { keep, drop: sorted.filter((b) => !keepSet.has(b)) };
}
