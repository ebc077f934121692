import { describe, expect, it } from 'vitest';
import { LIMITS } from '@shared/limits';
import { blankPlan } from '@shared/new-plan';
import { CURRENT_SCHEMA_VERSION, Plan, planB } from '@shared/plan';
import { samplePlan } from '@shared/sample-plan';

const NOW = new Date('2026-11-26T15:00:00Z');

describe('Plan schema', () => {
  it('accepts a blank plan and the sample plan', () => {
    expect(Plan.safeParse(blankPlan('Mine', NOW)).success).toBe(true);
    const sample = Plan.safeParse(samplePlan(NOW));
    expect(sample.error?.issues ?? []).toEqual([]);
  });

  it('refuses unknown keys, so a typo is reported instead of dropped', () => {
    const plan = { ...blankPlan('Mine', NOW), colour: 'blue' };
    expect(Plan.safeParse(plan).success).toBe(false);
  });

  it('refuses a schemaVersion it does not write', () => {
    const plan = { ...blankPlan('Mine', NOW), schemaVersion: CURRENT_SCHEMA_VERSION + 1 };
    expect(Plan.safeParse(plan).success).toBe(false);
  });

  it('refuses two Plan B offers', () => {
    const sample = samplePlan(NOW);
    const second = { ...sample.offers[0]!, id: globalThis.crypto.randomUUID() };
    const result = Plan.safeParse({ ...sample, offers: [...sample.offers, second] });
    expect(result.error?.issues.map((i) => i.message)).toContain('Only one offer can be Plan B.');
  });

  it('refuses duplicate ids inside a list', () => {
    const sample = samplePlan(NOW);
    const copy = { ...sample.dreamRoles[0]! };
    const result = Plan.safeParse({ ...sample, dreamRoles: [...sample.dreamRoles, copy] });
    expect(result.error?.issues.some((i) => i.path[0] === 'dreamRoles')).toBe(true);
  });

  it('refuses a dream role that points at a missing script', () => {
    const sample = samplePlan(NOW);
    const roles = sample.dreamRoles.map((r, i) => (i === 0 ? { ...r, scriptId: globalThis.crypto.randomUUID() } : r));
    expect(Plan.safeParse({ ...sample, dreamRoles: roles }).success).toBe(false);
  });

  it('bounds text, scores and amounts', () => {
    const sample = samplePlan(NOW);
    const longName = { ...sample, name: 'x'.repeat(LIMITS.shortText + 1) };
    expect(Plan.safeParse(longName).success).toBe(false);
    const role = sample.dreamRoles[0]!;
    const critId = sample.criteria[0]!.id;
    const badScore = { ...sample, dreamRoles: [{ ...role, scores: { [critId]: 6 } }, ...sample.dreamRoles.slice(1)] };
    expect(Plan.safeParse(badScore).success).toBe(false);
    const offer = sample.offers[0]!;
    const negative = { ...sample, offers: [{ ...offer, compensation: { ...offer.compensation, base: -1 } }] };
    expect(Plan.safeParse(negative).success).toBe(false);
  });

  it('refuses an empty name, with a message for people', () => {
    const result = Plan.safeParse({ ...blankPlan('Mine', NOW), name: '   ' });
    expect(result.error?.issues[0]?.message).toBe('A plan needs a name.');
  });
});

describe('samplePlan', () => {
  const sample = samplePlan(NOW);

  it('holds one written Plan B offer whose deadline is 6 days away at 17:00 New York time', () => {
    const offer = planB(sample);
    expect(offer?.form).toBe('written');
    expect(offer?.deadline).toBe('2026-12-02T17:00:00-05:00');
    expect(offer?.receivedOn).toBe('2026-11-23');
  });

  it('has three dream roles at different stages, each with someone to call', () => {
    expect(sample.dreamRoles).toHaveLength(3);
    expect(new Set(sample.dreamRoles.map((r) => r.stage)).size).toBe(3);
    for (const role of sample.dreamRoles) expect(role.contacts.some((c) => c.isWhoToCall && c.phone)).toBe(true);
  });

  it('makes fresh ids every time', () => {
    expect(samplePlan(NOW).id).not.toBe(sample.id);
  });
});
