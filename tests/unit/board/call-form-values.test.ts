import { describe, expect, it } from 'vitest';
import { callErrors, callFromValues, emptyCallValues, toLocalInput } from '../../../renderer/src/features/calls/call-form-values';

const NOW = new Date(2026, 10, 26, 15, 0); // local 15:00, 26 November 2026

describe('the call log form: what the call told you, and bad input in words', () => {
  it('turns the signals into the call: who, interest and urgency 1–5, the new expected date', () => {
    const values = { ...emptyCallValues(NOW), spokeWith: ' Priya Shah ', interest: '5', urgency: '', newExpectedDecisionOn: '2026-12-04' };
    expect(callErrors(values, NOW)).toEqual({});
    expect(callFromValues(values)).toMatchObject({ spokeWith: 'Priya Shah', interest: 5, urgency: null, newExpectedDecisionOn: '2026-12-04' });
  });

  it('refuses a call dated in the future, and a new expected date before the call, leaving the values as typed', () => {
    const tomorrow = new Date(NOW.getTime() + 86_400_000);
    const future = { ...emptyCallValues(NOW), at: toLocalInput(tomorrow) };
    expect(callErrors(future, NOW).at).toMatch(/dated in the future/);
    expect(future.at).toBe(toLocalInput(tomorrow));
    const before = { ...emptyCallValues(NOW), newExpectedDecisionOn: '2026-11-25' };
    expect(callErrors(before, NOW).newExpectedDecisionOn).toBe('The new expected decision date is before the call. Check the date they gave.');
    expect(callErrors({ ...before, newExpectedDecisionOn: '2026-11-26' }, NOW)).toEqual({});
  });
});
