/**
 * Built-in templates state facts about the offer only through placeholders
 * filled from the record, and claim exactly what their kind implies.
 */
import { describe, expect, it } from 'vitest';
import { SCRIPT_KINDS } from '@shared/plan';
import { readClaims } from '@shared/scripts/offer-claims';
import { honestyCheck, spokenText } from '@shared/scripts/honesty';
import { TEMPLATES } from '@shared/scripts/templates';

const NOW = new Date('2026-03-02T09:00:00Z');
const claimsIn = (kind: (typeof SCRIPT_KINDS)[number]) => readClaims(spokenText(TEMPLATES[kind])).filter((s) => s.verdict === 'claim');

describe('built-in templates', () => {
  it.each(SCRIPT_KINDS)('%s hard-codes no fact: no form, date, weekday, figure or count of days', (kind) => {
    const spoken = spokenText(TEMPLATES[kind]);
    expect(spoken).not.toMatch(/\b(written|verbal)\s+offer\b/i);
    expect(spoken).not.toMatch(/\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i);
    expect(spoken).not.toMatch(/\b(jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d/i);
    expect(spoken).not.toMatch(/[$€£]\s?\d|\d+\s?k\b/i);
    expect(spoken).not.toMatch(/\{\{\s*days_left\s*\}\}\s+days?\b/);
  });

  it('the check-in claims nothing, in its body or its answers', () => {
    expect(claimsIn('check-in')).toEqual([]);
    expect(honestyCheck(TEMPLATES['check-in'], { offers: [] }, NOW)).toMatchObject({ allowed: true, claims: [] });
  });

  it('the leverage call and the follow-up claim the offer, so they are blocked with none held', () => {
    expect(claimsIn('leverage-call').map((c) => c.kind)).toContain('placeholder');
    expect(claimsIn('follow-up-non-answer').map((c) => c.sentence)).toContain(
      'My deadline has not moved: I must answer the other offer by {{deadline}}, {{time_left}}.',
    );
    for (const kind of ['leverage-call', 'follow-up-non-answer'] as const) {
      expect(honestyCheck(TEMPLATES[kind], { offers: [] }, NOW)).toMatchObject({ allowed: false, suggestion: 'check-in' });
    }
  });
});
