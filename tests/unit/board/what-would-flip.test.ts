import { describe, expect, it } from 'vitest';
import { weightedScore, whatWouldFlip, type FlipChange } from '@shared/board';
import type { Criterion } from '@shared/plan';
import { criteria, scoresOf } from './fixtures';

const flip = (roleScores: Record<string, number>, planB: Record<string, number> | null, c: Criterion[]) => whatWouldFlip({ id: 'r', name: 'Lumen', scores: roleScores }, planB, c);

/** The smallest flipping change found by brute force with the real scorer. */
function bruteForce(roleScores: Record<string, number>, planB: Record<string, number>, c: Criterion[], roleMustWin: boolean) {
  const beats = (r: Record<string, number>, b: Record<string, number>, cr: Criterion[]) => {
    const rs = weightedScore(r, cr).score;
    const bs = weightedScore(b, cr).score;
    if (rs === null || bs === null) return false;
    return roleMustWin ? rs - bs > 1e-6 : bs - rs > 1e-6;
  };
  let score = Infinity;
  let weight = Infinity;
  for (const cr of c) {
    if (cr.weight > 0) {
      for (const [scores, isRole] of [[roleScores, true], [planB, false]] as const) {
        const from = scores[cr.id];
        if (from === undefined) continue;
        for (let to = 1; to <= 5; to++) {
          if (to === from) continue;
          const changed = { ...scores, [cr.id]: to };
          if (isRole ? beats(changed, planB, c) : beats(roleScores, changed, c)) score = Math.min(score, Math.abs(to - from));
        }
      }
    }
    for (let to = 0; to <= 10; to += 0.5) {
      if (to === cr.weight) continue;
      const cw = c.map((x) => (x.id === cr.id ? { ...x, weight: to } : x));
      if (beats(roleScores, planB, cw)) weight = Math.min(weight, Math.round(Math.abs(to - cr.weight) / 0.5));
    }
  }
  return { score: score === Infinity ? null : score, weight: weight === Infinity ? null : weight };
}

describe('whatWouldFlip', () => {
  it('finds the one-step score change that lets Plan B beat a role ahead of it, and says no weight can', () => {
    const f = flip(scoresOf([3, 4]), scoresOf([3, 3]), criteria([2, 1]));
    expect(f.current).toBe('better');
    expect(f.goal).toBe('plan-b-beats-role');
    expect(f.byScore).toMatchObject({ kind: 'score', option: 'role', criterionName: 'Pay', from: 3, to: 2, steps: 1 });
    expect(f.byWeight).toBeNull();
    expect(f.summary).toBe("Plan B would beat Lumen if Lumen's Pay score were 2 instead of 3.");
  });

  it('finds the smallest weight change', () => {
    const f = flip(scoresOf([3, 4]), scoresOf([5, 1]), criteria([1, 1]));
    expect(f.byWeight).toMatchObject({ kind: 'weight', criterionName: 'Growth', from: 1, to: 0.5, steps: 1 });
    expect(f.summary).toMatch(/, or if Growth weighed 0.5 instead of 1\.$/);
    expect((f.byWeight as FlipChange).planBScore).toBeGreaterThan((f.byWeight as FlipChange).roleScore);
  });

  it('a role behind Plan B: what would make it win', () => {
    const f = flip(scoresOf([2, 3]), scoresOf([3, 3]), criteria([1, 1]));
    expect(f.goal).toBe('role-beats-plan-b');
    expect(f.summary).toMatch(/^Lumen would beat Plan B if/);
    expect((f.byScore as FlipChange).roleScore).toBeGreaterThan((f.byScore as FlipChange).planBScore);
  });

  it('a tie says so and looks for a win', () => {
    const f = flip(scoresOf([3, 3]), scoresOf([3, 3]), criteria([1, 1]));
    expect(f.current).toBe('tie');
    expect(f.byScore).toMatchObject({ steps: 1 });
    expect(f.summary).toMatch(/^Lumen is tied with Plan B\. Lumen would beat Plan B if its Pay score were 4 instead of 3/);
  });

  it('says when nothing single would flip it', () => {
    const f = flip(scoresOf([5]), scoresOf([1]), criteria([1]));
    expect(f.byScore).toBeNull();
    expect(f.byWeight).toBeNull();
    expect(f.summary).toBe('No single score or weight change would make Plan B beat Lumen.');
  });

  it('is unknown without scores or without Plan B', () => {
    expect(flip({}, scoresOf([3]), criteria([1]))).toMatchObject({ current: 'unknown', goal: null, summary: expect.stringMatching(/Score Lumen/) });
    expect(flip(scoresOf([3]), null, criteria([1])).summary).toMatch(/no Plan B/);
    expect(flip(scoresOf([3]), scoresOf([3]), []).goal).toBeNull();
  });

  it('agrees with a brute-force search over many score sets', () => {
    const c = criteria([3, 2.5, 0, 1, 2]);
    for (let i = 0; i < 120; i++) {
      const r = scoresOf([1 + (i % 5), 1 + ((i * 3) % 5), 1 + ((i * 7) % 5), i % 4 ? 1 + ((i * 2) % 5) : undefined, 1 + ((i * 11) % 5)]);
      const b = scoresOf([1 + ((i * 13) % 5), 3, 2, 1 + ((i * 5) % 5), i % 3 ? 4 : undefined]);
      const f = flip(r, b, c);
      const expected = bruteForce(r, b, c, f.goal === 'role-beats-plan-b');
      expect(f.byScore?.steps ?? null, `case ${i} score`).toBe(expected.score);
      expect(f.byWeight?.steps ?? null, `case ${i} weight`).toBe(expected.weight);
    }
  });
});
