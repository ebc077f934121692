import { describe, expect, it } from 'vitest';
import { readTimingPhrase } from '@shared/guided/timing-phrase';

// Tuesday 1 December 2026.
const TODAY = '2026-12-01';

describe('readTimingPhrase', () => {
  it.each([
    ['end of next week', '2026-12-11'],
    ['next Friday', '2026-12-11'],
    ['in two weeks', '2026-12-15'],
    ['by Dec 11', '2026-12-11'],
    ['tomorrow', '2026-12-02'],
    ['end of the month', '2026-12-31'],
  ])('reads “%s” as %s', (phrase, date) => {
    expect(readTimingPhrase(phrase, TODAY)).toMatchObject({ kind: 'date', date });
  });

  it('moves a weekend reading back to the Friday before', () => {
    // chrono reads "end of this week" as Saturday 5 December.
    expect(readTimingPhrase('end of this week', TODAY)).toMatchObject({ kind: 'date', date: '2026-12-04' });
  });

  it('says which words the date came from', () => {
    expect(readTimingPhrase('they hope to decide next Friday', TODAY)).toMatchObject({ read: 'next Friday' });
  });

  it('says plainly when it cannot read a date, quoting their words', () => {
    const reading = readTimingPhrase('soonish', TODAY);
    expect(reading.kind).toBe('unreadable');
    expect(reading.kind === 'unreadable' && reading.message).toContain('“soonish”');
    expect(readTimingPhrase('  ', TODAY)).toEqual({ kind: 'empty' });
  });
});
