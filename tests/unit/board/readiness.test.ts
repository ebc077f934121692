import { describe, expect, it } from 'vitest';
import { callTarget, defaultScriptCheck, needsCallReadiness, offerHeld, roleReadiness, type ScriptCheck } from '@shared/board';
import { contact, offer, plan, role, script } from './fixtures';

const now = new Date('2026-11-26T15:00:00Z');
const item = (r: ReturnType<typeof roleReadiness>, key: string) => r.items.find((i) => i.key === key);

describe('offerHeld', () => {
  it('holds a written Plan B with a received date and a future deadline', () => {
    expect(offerHeld(plan({ offers: [offer()] }), now)).toEqual({ ok: true, reason: 'You hold a written offer from Northwind.' });
    expect(offerHeld(plan({ offers: [offer({ form: 'verbal' })] }), now).reason).toMatch(/verbal.*in writing/);
  });

  it('does not count an offer that is missing, not Plan B, incomplete or expired', () => {
    expect(offerHeld(plan(), now)).toMatchObject({ ok: false, reason: expect.stringMatching(/No offer is recorded as Plan B/) });
    expect(offerHeld(plan({ offers: [offer({ isPlanB: false })] }), now).ok).toBe(false);
    const incomplete = offerHeld(plan({ offers: [offer({ receivedOn: null, deadline: null })] }), now);
    expect(incomplete.ok).toBe(false);
    expect(incomplete.reason).toMatch(/the date you received it and its decision deadline/);
    expect(offerHeld(plan({ offers: [offer({ deadline: '2026-11-20T17:00:00Z' })] }), now)).toMatchObject({ ok: false, reason: expect.stringMatching(/passed/) });
  });
});

describe('callTarget', () => {
  it('prefers the contact marked who to call, else the first', () => {
    const a = contact({ name: 'A', isWhoToCall: false, phone: '1' });
    const b = contact({ name: 'B', isWhoToCall: true, phone: '2' });
    expect(callTarget({ contacts: [a, b] })).toMatchObject({ contact: b, phone: '2', reason: 'Call B on 2.' });
    expect(callTarget({ contacts: [a] }).contact).toBe(a);
  });
  it('says what is missing: no contact, or no phone', () => {
    expect(callTarget({ contacts: [] })).toEqual({ contact: null, phone: null, reason: 'No contact recorded: add the person to call.' });
    expect(callTarget({ contacts: [contact({ name: '', phone: '  ' })] })).toMatchObject({ phone: null, reason: expect.stringMatching(/^Your contact has no phone number/) });
  });
});

describe('roleReadiness', () => {
  const s = script();
  const ready = () => {
    const r = role({ scriptId: s.id, walkAwayAnswer: 'accept-plan-b' });
    return { r, p: plan({ offers: [offer()], dreamRoles: [r], scripts: [s] }) };
  };

  it('is ready when all five items pass, in a fixed order', () => {
    const { r, p } = ready();
    const res = roleReadiness(r, p, now);
    expect(res.ready).toBe(true);
    expect(res.items.map((i) => i.key)).toEqual(['offer-held', 'phone', 'script', 'walk-away', 'plan-b-liveable']);
    expect(res.items.every((i) => i.ok && i.reason.length > 0 && i.label.length > 0)).toBe(true);
  });

  it('each failing item makes it not ready, with a reason', () => {
    const { r, p } = ready();
    expect(item(roleReadiness({ ...r, walkAwayAnswer: 'undecided' }, p, now), 'walk-away')?.ok).toBe(false);
    expect(item(roleReadiness({ ...r, contacts: [] }, p, now), 'phone')?.ok).toBe(false);
    expect(item(roleReadiness({ ...r, scriptId: null }, p, now), 'script')).toMatchObject({ ok: false, reason: 'No script chosen for this call.' });
    expect(item(roleReadiness({ ...r, scriptId: '00000000-0000-4000-8000-999999999999' }, p, now), 'script')?.reason).toMatch(/no longer in the plan/);
    const empty = { ...p, scripts: [{ ...s, body: '   ' }] };
    expect(item(roleReadiness(r, empty, now), 'script')).toMatchObject({ ok: false, reason: expect.stringMatching(/is empty/) });
    for (const res of [roleReadiness({ ...r, walkAwayAnswer: 'undecided' }, p, now), roleReadiness({ ...r, contacts: [] }, p, now)]) expect(res.ready).toBe(false);
  });

  it('explains each liveability answer; only "yes" passes', () => {
    const { r, p } = ready();
    const withAnswer = (answer: 'yes' | 'unsure' | 'no' | 'unanswered', dealBreakers = '') => item(roleReadiness(r, { ...p, offers: [offer({ liveability: { answer, dealBreakers } })] }, now), 'plan-b-liveable');
    expect(withAnswer('yes')?.ok).toBe(true);
    expect(withAnswer('unsure', 'long commute')).toMatchObject({ ok: false, reason: expect.stringMatching(/unsure.*\(long commute\).*take it/) });
    expect(withAnswer('no')).toMatchObject({ ok: false, reason: expect.stringMatching(/not leverage/) });
    expect(withAnswer('unanswered')).toMatchObject({ ok: false, reason: expect.stringMatching(/^Answer first/) });
  });

  it('with no offer: not held, no Plan B to judge, and a leverage script is refused', () => {
    const { r, p } = ready();
    const res = roleReadiness(r, { ...p, offers: [] }, now);
    expect(item(res, 'offer-held')?.ok).toBe(false);
    // A check-in needs no walk-away answer and no Plan B judgement (issue 12, finding 8).
    expect(item(res, 'plan-b-liveable')).toMatchObject({ applies: false, reason: expect.stringMatching(/check-in call/) });
    expect(item(res, 'walk-away')).toMatchObject({ applies: false, reason: expect.not.stringMatching(/Plan B/) });
    expect(item(res, 'script')).toMatchObject({ ok: false, reason: expect.stringMatching(/check-in script/) });
    const checkIn = { ...s, kind: 'check-in' as const };
    expect(item(roleReadiness(r, { ...p, offers: [], scripts: [checkIn] }, now), 'script')?.ok).toBe(true);
  });

  it('uses the given script check, and survives one that throws', () => {
    const { r, p } = ready();
    const strict: ScriptCheck = (sc, role) => ({ complete: false, reason: `${sc.name} for ${role.company}: {{deadline}} is empty.` });
    expect(item(roleReadiness(r, p, now, strict), 'script')).toMatchObject({ ok: false, reason: 'My call for Lumen: {{deadline}} is empty.' });
    const broken: ScriptCheck = () => { throw new Error('boom'); };
    expect(item(roleReadiness(r, p, now, broken), 'script')).toMatchObject({ ok: false, reason: expect.stringMatching(/could not be checked \(boom\)/) });
    expect(defaultScriptCheck(s, r, p).complete).toBe(true);
  });
});

describe('needsCallReadiness', () => {
  it('keeps the checklist while a call is ahead, folds it once decided, withdrawn or closed', () => {
    const open = role();
    expect(needsCallReadiness(open, plan({ offers: [offer()] }))).toBe(true);
    expect(needsCallReadiness(open, plan({ offers: [offer({ response: 'accepted', respondedOn: '2026-11-25' })] }))).toBe(false);
    expect(needsCallReadiness(role({ withdrawnOn: '2026-11-25' }), plan({ offers: [offer()] }))).toBe(false);
    expect(needsCallReadiness(role({ stage: 'closed' }), plan({ offers: [offer()] }))).toBe(false);
  });
});
