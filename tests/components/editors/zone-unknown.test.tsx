/**
 * A deadline zone that is not a time zone (an imported file may hold any
 * text, e.g. "Mars/Olympus") must not throw anywhere the offers editor and
 * the overview touch it: it shows as "zone unknown", the recorded clock is
 * kept, and nothing about the deadline is written until a real zone is chosen.
 */
import { describe, expect, it } from 'vitest';
import type { Offer } from '@shared/plan';
import { samplePlan } from '@shared/sample-plan';
import { applyOfferField, offerDraft, offerErrors, offerWarnings } from '../../../renderer/src/features/editors/offer-draft';
import { timeZoneOptions, wallClock } from '../../../renderer/src/features/editors/time-zones';
import { formatDeadline } from '../../../renderer/src/lib/format';

const MARS = 'Mars/Olympus';

function offerOnMars(): Offer {
  const offer = samplePlan(new Date('2026-11-20T12:00:00Z')).offers[0]!;
  return { ...offer, deadline: '2026-11-26T17:00:00-05:00', deadlineTimeZone: MARS };
}

describe('an unknown deadline zone', () => {
  it('opens in the editor with the recorded clock and a “zone unknown” error naming what the plan holds', () => {
    const draft = offerDraft(offerOnMars());
    expect(draft).toMatchObject({ deadlineDate: '2026-11-26', deadlineTime: '17:00', deadlineZone: MARS });
    expect(offerErrors(draft).deadlineZone).toBe(
      'Zone unknown: “Mars/Olympus” is not a time zone Bird in Hand knows. Choose the zone the deadline was given in.',
    );
    expect(offerWarnings(draft, []).deadline).toBeNull();
  });

  it('is an option of the time-zone select marked “zone unknown”, above the real zones', () => {
    const options = timeZoneOptions(MARS);
    expect(options[0]).toEqual({ value: MARS, label: 'Mars/Olympus (zone unknown)' });
    expect(options.some((o) => o.value === 'America/New_York')).toBe(true);
    expect(timeZoneOptions('America/New_York').some((o) => o.label.includes('zone unknown'))).toBe(false);
  });

  it('keeps the deadline as it is until a zone is chosen, then writes the wall clock in that zone', () => {
    const offer = offerOnMars();
    const typed = { ...offerDraft(offer), deadlineDate: '2026-11-27' };
    expect(applyOfferField(offer, 'deadlineDate', typed)).toBe(offer);
    const chosen = { ...typed, deadlineZone: 'Europe/Paris' };
    expect(applyOfferField(offer, 'deadlineZone', chosen)).toMatchObject({
      deadline: '2026-11-27T17:00:00+01:00',
      deadlineTimeZone: 'Europe/Paris',
    });
  });

  it('is shown on the overview as the recorded time, “zone unknown”', () => {
    expect(formatDeadline('2026-11-26T17:00:00-05:00', MARS, 'en-US')).toBe('Thursday, November 26, 2026 at 5:00 PM (zone unknown)');
    expect(formatDeadline('2026-11-26T17:00:00-05:00', '', 'en-US')).toMatch(/5:00 PM \(zone unknown\)$/);
    expect(formatDeadline('2026-11-26T17:00:00-05:00', 'America/New_York', 'en-US')).toMatch(/5:00 PM \(America\/New York\)$/);
    expect(wallClock('2026-11-26T17:00:00-05:00', '')).toEqual({ date: '2026-11-26', time: '17:00' });
  });
});
