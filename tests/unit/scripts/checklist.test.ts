import { describe, expect, it } from 'vitest';
import { checkCallParts } from '@shared/scripts/checklist';
import { TEMPLATES } from '@shared/scripts/templates';
import { SCRIPT_KINDS } from '@shared/plan';

const found = (text: string) => Object.fromEntries(checkCallParts(text, 'leverage-call').map((p) => [p.part, p.found]));

describe('checkCallParts', () => {
  it('finds all five parts in the leverage template', () => {
    expect(found(TEMPLATES['leverage-call'].body)).toEqual({
      enthusiasm: true,
      'other-offer': true,
      preference: true,
      deadline: true,
      'direct-ask': true,
    });
  });

  it('finds nothing in small talk', () => {
    expect(Object.values(found('Hi Sam, how was your weekend? The weather was nice.'))).toEqual([false, false, false, false, false]);
  });

  it('detects each part on its own, in other words', () => {
    expect(found('I am thrilled about the team.').enthusiasm).toBe(true);
    // The claim detector (shared with the honesty guard) reads these; denials and "if" do not count.
    expect(found('Northwind made me an offer last week.')['other-offer']).toBe(true);
    expect(found('I do not have an offer yet.')['other-offer']).toBe(false);
    expect(found('If I get an offer, I will call.')['other-offer']).toBe(false);
    expect(found('I got an offer last week.')['other-offer']).toBe(true);
    expect(found('I am holding a competing offer.')['other-offer']).toBe(true);
    expect(found('Honestly you are my top choice.').preference).toBe(true);
    expect(found('I need to respond by Friday.').deadline).toBe(true);
    expect(found('My deadline is close.').deadline).toBe(true);
    expect(found('I must answer by {{deadline}}.').deadline).toBe(true);
    expect(found('Is there any way to speed up the decision?')['direct-ask']).toBe(true);
  });

  it('needs a question for the direct ask', () => {
    expect(found('You could move faster.')['direct-ask']).toBe(false);
    expect(found('Could you move faster?')['direct-ask']).toBe(true);
  });

  it('says which parts each kind expects: a check-in never expects the offer', () => {
    const checkIn = checkCallParts(TEMPLATES['check-in'].body, 'check-in');
    expect(checkIn.find((p) => p.part === 'other-offer')).toMatchObject({ expected: false, found: false });
    // Every built-in template holds the parts its kind expects.
    for (const kind of SCRIPT_KINDS.filter((k) => k !== 'custom')) {
      const missing = checkCallParts(TEMPLATES[kind].body, kind).filter((p) => p.expected && !p.found);
      expect({ kind, missing: missing.map((p) => p.part) }).toEqual({ kind, missing: [] });
    }
  });
});
