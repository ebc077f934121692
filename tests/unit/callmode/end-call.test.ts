import { describe, expect, it } from 'vitest';
import { callDraftKey, hasContent, newCallDraft, readCallDraft, type CallDraft } from '@shared/callmode/call-draft';
import { endCall, nextSteps, suggestedFollowUp } from '@shared/callmode/end-call';
import { plan, role } from '../board/fixtures';

// Tuesday 1 December 2026, mid-call.
const NOW = new Date('2026-12-01T15:10:00Z');
const TODAY = '2026-12-01';

function draftOn(roleId: string, planId: string, over: Partial<CallDraft> = {}): CallDraft {
  return { ...newCallDraft(planId, roleId, new Date('2026-12-01T15:00:00Z')), ...over };
}

describe('suggestedFollowUp', () => {
  it('follows up a non-answer the working day after the date they gave', () => {
    // Friday 11 December → Monday 14 December.
    expect(suggestedFollowUp('non-answer', '2026-12-11', TODAY)).toBe('2026-12-14');
  });
  it('follows up a non-answer with no date two working days after the call', () => {
    expect(suggestedFollowUp('non-answer', null, TODAY)).toBe('2026-12-03');
    // From Thursday 3 December, two working days is Monday 7 December.
    expect(suggestedFollowUp('non-answer', null, '2026-12-03')).toBe('2026-12-07');
  });
  it('ignores a given date already in the past', () => {
    expect(suggestedFollowUp('non-answer', '2026-11-20', TODAY)).toBe('2026-12-03');
  });
  it('needs no follow-up after an offer or a green light', () => {
    expect(suggestedFollowUp('immediate-offer', '2026-12-11', TODAY)).toBeNull();
    expect(suggestedFollowUp('green-light', null, TODAY)).toBeNull();
  });
});

describe('endCall', () => {
  it('writes one Call with the answer, signals, their words, the notes, the new date and the follow-up', () => {
    const r = role({ stage: 'final-round' });
    const p = plan({ dreamRoles: [r] });
    const draft = draftOn(r.id, p.id, {
      outcome: 'non-answer', notes: 'Team still interviewing', spokeWith: 'Dana', interest: 4, urgency: 2, timingSaid: 'next Friday', expectedOn: '2026-12-11',
    });
    const result = endCall(p, draft, { nextStep: 'Ask once for a date.', today: TODAY, now: NOW });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const logged = result.plan.dreamRoles[0]!.callLog;
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      at: '2026-12-01T15:00:00.000Z', outcome: 'non-answer', timingSaid: 'next Friday', notes: 'Team still interviewing', nextStep: 'Ask once for a date.',
      followUpOn: '2026-12-14', spokeWith: 'Dana', interest: 4, urgency: 2, newExpectedDecisionOn: '2026-12-11',
    });
    expect(result.plan.dreamRoles[0]!.timeline.expectedDecisionOn).toBe('2026-12-11');
  });

  it('moves the role to Offer on an immediate offer (the call log’s stage rule)', () => {
    const r = role({ stage: 'final-round' });
    const p = plan({ dreamRoles: [r] });
    const result = endCall(p, draftOn(r.id, p.id, { outcome: 'immediate-offer' }), { nextStep: '', today: TODAY, now: NOW });
    expect(result.ok && result.plan.dreamRoles[0]!.stage).toBe('offer');
  });

  it('refuses, in words, a call with no answer chosen, and leaves the plan alone', () => {
    const r = role();
    const p = plan({ dreamRoles: [r] });
    expect(endCall(p, draftOn(r.id, p.id), { nextStep: '', today: TODAY, now: NOW })).toEqual({ ok: false, message: expect.stringContaining('Choose their answer') });
  });

  it('refuses a new expected date before the call', () => {
    const r = role();
    const p = plan({ dreamRoles: [r] });
    const result = endCall(p, draftOn(r.id, p.id, { outcome: 'non-answer', expectedOn: '2026-11-25' }), { nextStep: '', today: TODAY, now: NOW });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('before the call') });
  });

  it('refuses a role that is gone, keeping the notes', () => {
    const p = plan({ dreamRoles: [role()] });
    const result = endCall(p, draftOn('11111111-1111-4111-8111-111111111111', p.id, { outcome: 'green-light' }), { nextStep: '', today: TODAY, now: NOW });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('notes are kept') });
  });
});

describe('nextSteps', () => {
  it('offers to record the offer after an immediate offer, then the next call', () => {
    const steps = nextSteps({ outcome: 'immediate-offer', followUpOn: null }, { roleId: 'r2', name: 'Harbor Climate' }, 'en-US');
    expect(steps.map((s) => s.label)).toEqual(['Record their offer', 'Call Harbor Climate next', 'Back to the board']);
  });
  it('names the follow-up day after a non-answer', () => {
    const steps = nextSteps({ outcome: 'non-answer', followUpOn: '2026-12-14' }, null, 'en-US');
    expect(steps.map((s) => s.label)).toEqual(['Follow-up set for Mon, Dec 14, 2026', 'Back to the board']);
  });
});

describe('call drafts', () => {
  it('read back what was stored, and read anything else as none', () => {
    const d = draftOn('11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', { notes: 'x' });
    expect(readCallDraft(JSON.stringify(d))).toEqual(d);
    expect(readCallDraft('{not json')).toBeNull();
    expect(readCallDraft(JSON.stringify({ ...d, outcome: 'maybe' }))).toBeNull();
    expect(readCallDraft(null)).toBeNull();
  });
  it('count as unfinished only once something is noted', () => {
    const d = draftOn('11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222');
    expect(hasContent(d)).toBe(false);
    expect(hasContent({ ...d, interest: 3 })).toBe(true);
  });
  it('are kept per plan and role', () => {
    expect(callDraftKey('p', 'a')).not.toBe(callDraftKey('p', 'b'));
  });
});
