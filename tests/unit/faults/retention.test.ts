import { describe, expect, it } from 'vitest';
import { applyRetention, DEFAULT_RETENTION, type BackupStamp } from '@shared/backups/retention';

const NOW = new Date('2026-03-10T12:00:00.000Z');
const ago = (ms: number): string => new Date(NOW.getTime() - ms).toISOString();
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

function stamps(...times: string[]): BackupStamp[] {
  return times.map((takenAt, i) => ({ id: `b${i}`, takenAt }));
}

describe('backup retention', () => {
  it('keeps every backup of the last hour, up to ten', () => {
    const backups = stamps(...Array.from({ length: 14 }, (_, i) => ago(i * 4 * MIN)));
    const { keep, drop } = applyRetention(backups, NOW);
    // Ten recent ones are kept (b0..b9), and the oldest of the last day (b13): the state before the burst.
    expect(keep.map((b) => b.id)).toEqual(['b0', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8', 'b9', 'b13']);
    expect(drop.map((b) => b.id)).toEqual(['b10', 'b11', 'b12']);
  });

  it('keeps the newest backup of each of the last seven days and drops older days', () => {
    // Two backups per day, at 10:00 and 08:00 UTC, for ten days.
    const times = Array.from({ length: 10 }, (_, d) => [ago(d * DAY + 2 * HOUR), ago(d * DAY + 4 * HOUR)]).flat();
    const { keep } = applyRetention(stamps(...times), NOW);
    // And today's 08:00 one: the oldest of the last 24 hours.
    const daily = Array.from({ length: 7 }, (_, d) => ago(d * DAY + 2 * HOUR));
    expect(keep.map((b) => b.takenAt)).toEqual([daily[0], ago(4 * HOUR), ...daily.slice(1)]);
  });

  it('always keeps the newest backup, even when it is months old', () => {
    const { keep, drop } = applyRetention(stamps(ago(90 * DAY), ago(91 * DAY)), NOW);
    expect(keep.map((b) => b.id)).toEqual(['b0']);
    expect(drop.map((b) => b.id)).toEqual(['b1']);
  });

  it('never keeps more than the bound, dropping the oldest unprotected first', () => {
    const policy = { ...DEFAULT_RETENTION, recent: 50, max: 5 };
    const backups = stamps(...Array.from({ length: 20 }, (_, i) => ago(i * MIN)));
    const { keep, drop } = applyRetention(backups, NOW, policy);
    // b19 is the oldest of the last day, which the bound never drops.
    expect(keep.map((b) => b.id)).toEqual(['b0', 'b1', 'b2', 'b3', 'b19']);
    expect(drop).toHaveLength(15);
  });

  it('keeps every backup taken before an import, restore or delete in the last days, past the bound', () => {
    const policy = { ...DEFAULT_RETENTION, max: 5 };
    const backups = Array.from({ length: 40 }, (_, i) => ({ id: `i${i}`, takenAt: ago(i * MIN), reason: i % 2 ? 'import' : 'delete' }));
    const old = { id: 'old', takenAt: ago(8 * DAY), reason: 'restore' };
    const { keep, drop } = applyRetention([...backups, old], NOW, policy);
    expect(keep).toHaveLength(40);
    expect(drop.map((b) => b.id)).toEqual(['old']);
  });

  it('scheduled backups of a busy day still leave the day’s oldest', () => {
    const backups = Array.from({ length: 60 }, (_, i) => ({ id: `s${i}`, takenAt: ago(i * 20 * MIN), reason: 'scheduled' }));
    const { keep } = applyRetention(backups, NOW);
    const oldestOfDay = backups.filter((b) => NOW.getTime() - Date.parse(b.takenAt) <= DAY).at(-1)!;
    expect(keep).toContain(oldestOfDay);
  });

  it('does not depend on input order, and keep + drop is exactly the input', () => {
    const backups = stamps(...Array.from({ length: 40 }, (_, i) => ago((i * 7919 * MIN) % (12 * DAY))));
    const forward = applyRetention(backups, NOW);
    const backward = applyRetention([...backups].reverse(), NOW);
    expect(backward.keep.map((b) => b.id)).toEqual(forward.keep.map((b) => b.id));
    expect(new Set([...forward.keep, ...forward.drop])).toEqual(new Set(backups));
    expect(forward.keep.length).toBeLessThanOrEqual(DEFAULT_RETENTION.max);
  });

  it('keeps nothing from an empty list', () => {
    expect(applyRetention([], NOW)).toEqual({ keep: [], drop: [] });
  });
});
