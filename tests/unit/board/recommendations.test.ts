import { describe, expect, it } from 'vitest';
import { recommendations, SEVERITY_ORDER, type Recommendation } from '@shared/board';
import { samplePlan } from '@shared/sample-plan';
import type { Plan } from '@shared/plan';
import { call, offer, plan, role } from './fixtures';

const now = new Date('2026-11-26T15:00:00Z');
const recs = (p: Plan, at = now) => recommendations({ plan: p, now: at });
const ids = (list: Recommendation[]) => list.map((r) => r.id);
const find = (list: Recommendation[], id: string) => list.find((r) => r.id === id);
const on = (d: string | null) => ({ stated: '', expectedDecisionOn: d, history: [] });

describe('recommendations', () => {
  it('no offer held: no leverage, a check-in instead, never imply an offer', () => {
    for (const p of [plan({ dreamRoles: [role()] }), plan({ offers: [offer({ receivedOn: null })], dreamRoles: [role()] })]) {
      const r = find(recs(p), 'no-offer');
      expect(r?.severity).toBe('critical');
      expect(r?.title).toBe('No offer held: your calls are check-ins');
      expect(r?.reason).toMatch(/check-in/);
      expect(r?.reason).toMatch(/Never suggest or imply you hold an offer/);
    }
    expect(ids(recs(plan({ dreamRoles: [role({ timeline: on('2026-11-27') })] })))).not.toContain('call-today');
  });

  it('unemployed: the safety net', () => {
    const p = plan({ offers: [offer()], situation: { employment: 'unemployed', userName: '', currency: 'USD', notes: '' } });
    expect(find(recs(p), 'safety-net')).toMatchObject({ severity: 'info', title: 'Safety net: take the first solid offer', reason: expect.stringMatching(/keep your dream roles on watch/) });
    expect(ids(recs({ ...p, situation: { ...p.situation, employment: 'employed' } }))).not.toContain('safety-net');
  });

  it('Plan B not liveable or unsure: decide before calling', () => {
    const no = recs(plan({ offers: [offer({ liveability: { answer: 'no', dealBreakers: '' } })], dreamRoles: [role()] }));
    expect(find(no, 'plan-b-not-liveable')?.severity).toBe('critical');
    for (const answer of ['unsure', 'unanswered'] as const) {
      expect(find(recs(plan({ offers: [offer({ liveability: { answer, dealBreakers: '' } })] })), 'plan-b-liveable-unsure')?.title).toMatch(/^Decide before calling/);
    }
  });

  it('walk-away undecided: one item per role, grouped when several', () => {
    const a = role({ company: 'A', walkAwayAnswer: 'undecided' });
    const one = find(recs(plan({ offers: [offer()], dreamRoles: [a] })), 'walk-away-undecided');
    expect(one).toMatchObject({ severity: 'warning', roleId: a.id, title: 'Decide your walk-away answer for A' });
    const many = Array.from({ length: 5 }, (_, i) => role({ company: `R${i}`, walkAwayAnswer: 'undecided' }));
    const grouped = find(recs(plan({ offers: [offer()], dreamRoles: many })), 'walk-away-undecided');
    expect(grouped?.roleId).toBeUndefined();
    expect(grouped?.roleIds).toHaveLength(5);
    expect(grouped?.title).toBe('Decide your walk-away answer for R0, R1, R2 and 2 more');
  });

  it('call-by date today or passed and the call not made: call today', () => {
    // Deadline Sat Nov 28; an interviewing employer needs 3 business days, so the call-by date was Wed Nov 25.
    const soon = offer({ deadline: '2026-11-28T17:00:00-05:00' });
    const called = role({ company: 'Called', callLog: [call('non-answer', '2026-11-25T15:00:00Z')] });
    const notCalled = role({ company: 'Waiting' });
    const r = find(recs(plan({ offers: [soon], dreamRoles: [called, notCalled] })), 'call-today');
    expect(r).toMatchObject({ severity: 'critical', title: 'Call Waiting today', roleId: notCalled.id, reason: expect.stringMatching(/last good day to call has passed/) });
    // Deadline Mon Nov 30, a role awaiting a decision (1 business day): the call-by date is Fri Nov 27.
    const monday = offer({ deadline: '2026-11-30T17:00:00-05:00' });
    const awaiting = role({ company: 'Awaiting', stage: 'awaiting-decision' });
    expect(ids(recs(plan({ offers: [monday], dreamRoles: [awaiting] })))).not.toContain('call-today');
    expect(find(recs(plan({ offers: [monday], dreamRoles: [awaiting] }), new Date('2026-11-27T15:00:00Z')), 'call-today')?.reason).toMatch(/^Today is the last working day to call/);
    expect(ids(recs(plan({ offers: [offer()], dreamRoles: [notCalled] })))).not.toContain('call-today'); // 6 days left
    expect(ids(recs(plan({ offers: [soon], dreamRoles: [called] })))).not.toContain('call-today');
  });

  it('timelines that almost fit: ask Plan B for a few more days; far ones: ask them to move', () => {
    // Deadline Wed Dec 2: Dec 9 is 5 business days late, Dec 10 is 6.
    const near = role({ company: 'Near', walkAwayAnswer: 'ask-extension', timeline: on('2026-12-09') });
    const far = role({ company: 'Far', timeline: on('2026-12-10') });
    const list = recs(plan({ offers: [offer()], dreamRoles: [near, far] }));
    expect(find(list, 'ask-extension')).toMatchObject({ severity: 'warning', roleId: near.id, reason: expect.stringMatching(/^Near expects to decide within 5 business days after your deadline/) });
    expect(find(list, 'needs-acceleration')).toMatchObject({ roleId: far.id, title: 'Ask Far to move faster' });
  });

  it('after a call: offer → compare in writing; non-answer → ask once; green light → accept Plan B with clarity', () => {
    const offered = role({ company: 'O', callLog: [call('immediate-offer', '2026-11-25T15:00:00Z')] });
    const vague = role({ company: 'V', walkAwayAnswer: 'ask-extension', callLog: [call('non-answer', '2026-11-25T15:00:00Z', { followUpOn: '2026-11-27' })] });
    const green = role({ company: 'G', callLog: [call('non-answer', '2026-11-20T15:00:00Z'), call('green-light', '2026-11-25T15:00:00Z')] });
    const list = recs(plan({ offers: [offer()], dreamRoles: [offered, vague, green] }));
    expect(find(list, `after-call:${offered.id}`)).toMatchObject({ severity: 'success', title: 'O made an offer: compare it and get it in writing' });
    expect(find(list, `after-call:${vague.id}`)).toMatchObject({ severity: 'warning', reason: expect.stringMatching(/Ask once for a concrete decision date.*plan as if it is a no.*\(Ask Plan B for an extension\).*Fri, Nov 27, 2026/) });
    // V still needs a call, so the green light's next step names what is left.
    expect(find(list, `after-call:${green.id}`)).toMatchObject({ severity: 'info', title: 'G gave the green light', reason: expect.stringMatching(/close this role\. 1 dream role is still open/) });
  });

  it('deadline passed: critical, and no "no offer" duplicate', () => {
    const list = recs(plan({ offers: [offer({ deadline: '2026-11-20T17:00:00-05:00' })], dreamRoles: [role()] }));
    expect(list[0]).toMatchObject({ id: 'deadline-passed', severity: 'critical' });
    expect(ids(list)).not.toContain('no-offer');
  });

  it('all set: says you are ready', () => {
    const list = recs(plan({ offers: [offer()], dreamRoles: [role({ timeline: on('2026-11-30') })] }));
    expect(ids(list)).toEqual(['ready']);
    expect(ids(recs(plan({ offers: [offer()] })))).toEqual(['no-dream-roles']);
  });

  it('orders by severity, deterministically', () => {
    const p = { ...samplePlan(new Date('2026-11-26T15:00:00Z')), situation: { employment: 'unemployed' as const, userName: '', currency: 'USD', notes: '' } };
    const a = recs(p, new Date('2026-12-01T15:00:00Z'));
    const b = recs(p, new Date('2026-12-01T15:00:00Z'));
    expect(a).toEqual(b);
    const ranks = a.map((r) => SEVERITY_ORDER.indexOf(r.severity));
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    expect(ids(a)).toEqual(['call-today', 'walk-away-undecided', 'ask-extension', 'needs-acceleration', 'overdue', 'safety-net']);
  });
});
