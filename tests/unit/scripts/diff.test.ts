import { describe, expect, it } from 'vitest';
import { lineDiff, MAX_DIFF_CELLS } from '@shared/scripts/diff';

const show = (a: string, b: string) => lineDiff(a, b).map((l) => `${{ same: ' ', added: '+', removed: '-' }[l.kind]}${l.text}`);

describe('lineDiff', () => {
  it('marks added, removed and unchanged lines in order', () => {
    expect(show('a\nb\nc', 'a\nc\nd')).toEqual([' a', '-b', ' c', '+d']);
  });
  it('handles equal, empty and fully different texts', () => {
    expect(show('x\ny', 'x\ny')).toEqual([' x', ' y']);
    expect(show('', 'new')).toEqual(['-', '+new']);
    expect(show('old', 'new')).toEqual(['-old', '+new']);
  });
  it('keeps the longest common part when a line moves', () => {
    expect(show('1\n2\n3\n4', '2\n3\n4\n1')).toEqual(['-1', ' 2', ' 3', ' 4', '+1']);
  });
  it('falls back to remove-all/add-all above the size limit, still correct', () => {
    const big = Array.from({ length: Math.ceil(Math.sqrt(MAX_DIFF_CELLS)) + 1 }, (_, i) => `line ${i}`).join('\n');
    const out = lineDiff(big, `${big}\nmore`);
    expect(out.filter((l) => l.kind === 'removed').map((l) => l.text).join('\n')).toBe(big);
    expect(out.filter((l) => l.kind === 'added').map((l) => l.text).join('\n')).toBe(`${big}\nmore`);
  });
});
