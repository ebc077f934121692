import { describe, expect, it } from 'vitest';
import { compareScores, rankByScore, weightedScore } from '@shared/board';
import { cid, criteria, scoresOf } from './fixtures';

describe('weightedScore', () => {
  it('maps 1–5 to 0–100 with weights', () => {
    const c = criteria([1, 1]);
    expect(weightedScore(scoresOf([5, 5]), c).score).toBe(100);
    expect(weightedScore(scoresOf([1, 1]), c).score).toBe(0);
    expect(weightedScore(scoresOf([3, 3]), c).score).toBe(50);
    // (3·1 + 1·0) / 4 weights = 75
    expect(weightedScore(scoresOf([5, 1]), criteria([3, 1])).score).toBe(75);
  });

  it('reports full coverage with no reason when all weighted criteria are scored', () => {
    const s = weightedScore(scoresOf([4, 2]), criteria([2, 2]));
    expect(s.coverage).toBe(1);
    expect(s.unscored).toEqual([]);
    expect(s.reason).toBeNull();
  });

  it('counts an unscored criterion as 3 of 5, never as zero and never as ignored, and says so (issue 12, finding 12)', () => {
    // Pay (weight 1) scored 5 → 1.0; Growth (weight 3) unscored → 0.5: (1 + 1.5) / 4 = 62.5, not 100.
    const s = weightedScore(scoresOf([5, undefined]), criteria([1, 3]));
    expect(s.score).toBe(62.5);
    expect(s.coverage).toBe(0.25);
    expect(s.unscored).toEqual([{ id: cid(1), name: 'Growth' }]);
    expect(s.reason).toContain('Growth');
  });

  it('ignores weight-0 criteria and scores for unknown criteria', () => {
    const s = weightedScore({ ...scoresOf([5, 1]), ghost: 1 }, criteria([1, 0]));
    expect(s.score).toBe(100);
    expect(s.scored).toEqual([cid(0)]);
    expect(s.unscored).toEqual([]);
  });

  it('treats out-of-range or fractional scores as unscored', () => {
    const s = weightedScore({ [cid(0)]: 7, [cid(1)]: 2.5, [cid(2)]: 0 }, criteria([1, 1, 1]));
    expect(s.score).toBeNull();
    expect(s.unscored.map((u) => u.id)).toEqual([cid(0), cid(1), cid(2)]);
  });

  it('is null with a reason when nothing is scored, no criteria exist, or all weights are 0', () => {
    expect(weightedScore({}, criteria([1, 1]))).toMatchObject({ score: null, coverage: 0, reason: expect.stringMatching(/Not scored/) });
    expect(weightedScore(scoresOf([5]), [])).toMatchObject({ score: null, reason: expect.stringMatching(/no criteria/) });
    expect(weightedScore(scoresOf([5]), criteria([0]))).toMatchObject({ score: null, reason: expect.stringMatching(/weight 0/) });
    expect(weightedScore(null, null).score).toBeNull();
  });
});

describe('compareScores', () => {
  const c = criteria([1, 1]);
  const planB = weightedScore(scoresOf([3, 3]), c);

  it('says better or worse by how many points', () => {
    const better = compareScores(weightedScore(scoresOf([4, 3]), c), planB);
    expect(better).toMatchObject({ delta: 12.5, comparison: 'better', coverageDiffers: false });
    expect(better.reason).toBe('12.5 points above Plan B.');
    expect(compareScores(weightedScore(scoresOf([2, 3]), c), planB)).toMatchObject({ delta: -12.5, comparison: 'worse' });
  });

  it('makes ties explicit, even through floating-point noise', () => {
    const w = criteria([0.1, 0.2, 0.3]);
    const a = weightedScore(scoresOf([5, 1, 3]), w);
    const b = weightedScore(scoresOf([1, 5, 3]), criteria([0.2, 0.1, 0.3]));
    expect(compareScores(a, b)).toMatchObject({ comparison: 'tie', delta: 0, reason: 'Tied with Plan B.' });
  });

  it('flags comparisons over different criteria', () => {
    const r = compareScores(weightedScore(scoresOf([3, undefined]), c), planB);
    expect(r.comparison).toBe('tie');
    expect(r.coverageDiffers).toBe(true);
    expect(r.reason).toMatch(/different criteria/);
  });

  it('is unknown when either side is unscored or there is no Plan B', () => {
    const none = weightedScore({}, c);
    expect(compareScores(none, planB)).toMatchObject({ delta: null, comparison: 'unknown', reason: expect.stringMatching(/^This role is not scored/) });
    expect(compareScores(planB, none).reason).toMatch(/^Plan B is not scored/);
    expect(compareScores(none, none).reason).toMatch(/^Neither/);
    expect(compareScores(planB, null).comparison).toBe('unknown');
  });
});

describe('rankByScore', () => {
  it('shares ranks on ties, skips the next rank, and puts unscored last', () => {
    const r = rankByScore([
      { id: 'a', score: 50 }, { id: 'b', score: 80 }, { id: 'x', score: null }, { id: 'c', score: 50 }, { id: 'd', score: 10 },
    ]);
    expect(r.map((o) => [o.id, o.rank])).toEqual([['b', 1], ['a', 2], ['c', 2], ['d', 4], ['x', null]]);
    expect(r.find((o) => o.id === 'a')?.tiedWith).toEqual(['c']);
    expect(r.find((o) => o.id === 'b')?.tiedWith).toEqual([]);
  });
  it('handles an empty list', () => {
    expect(rankByScore([])).toEqual([]);
  });
});
