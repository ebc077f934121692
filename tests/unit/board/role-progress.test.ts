import { describe, expect, it } from 'vitest';
import { callInputProblems, changeStage, daysInStage, decisionBeforeApplication, expectedDecisionChanges, moveExpectedDecision, noNewsFollowUp, NO_NEWS_DAYS, signalWords, suggestLikelihoods } from '@shared/board/role-progress';
import { logCall } from '@shared/scripts/call-log';
import { computeBoard } from '@shared/board/board';
import { roleProgress } from '@shared/board/negotiation';
import { call, NO_SIGNALS, offer, plan, role } from './fixtures';

describe('stage history', () => {
  it('keeps each stage with its day, the day’s last stage only, and counts days in the stage', () => {
    let r = role({ stage: 'applied', stageHistory: [{ stage: 'applied', on: '2026-11-01' }] });
    r = changeStage(r, 'screening', '2026-11-10');
    r = changeStage(r, 'interviewing', '2026-11-20');
    r = changeStage(r, 'final-round', '2026-11-20');
    expect(r.stageHistory).toEqual([{ stage: 'applied', on: '2026-11-01' }, { stage: 'screening', on: '2026-11-10' }, { stage: 'final-round', on: '2026-11-20' }]);
    expect(daysInStage(r, '2026-11-26')).toBe(6);
    expect(changeStage(r, 'final-round', '2026-11-27')).toBe(r);
  });

  it('“no news for N days” suggests a follow-up for an open role only, from its latest call or stage change', () => {
    const quiet = role({ company: 'Quiet', stage: 'interviewing', stageHistory: [{ stage: 'interviewing', on: '2026-11-10' }] });
    expect(noNewsFollowUp(quiet, '2026-11-16')).toBeNull();
    expect(noNewsFollowUp(quiet, `2026-11-${10 + NO_NEWS_DAYS}`)).toEqual({ days: NO_NEWS_DAYS, text: `No news from Quiet for ${NO_NEWS_DAYS} days: follow up and ask where the decision stands.` });
    expect(noNewsFollowUp({ ...quiet, callLog: [call('non-answer', '2026-11-20T10:00:00Z')] }, '2026-11-24')).toBeNull();
    expect(noNewsFollowUp({ ...quiet, stage: 'closed' }, '2026-12-30')).toBeNull();
  });

  it('flags a decision date before the application date', () => {
    expect(decisionBeforeApplication(role({ appliedOn: '2026-11-10', timeline: { stated: '', expectedDecisionOn: '2026-11-05', history: [] } }))).toMatch(/before the day you applied/);
    expect(decisionBeforeApplication(role({ appliedOn: '2026-11-10', timeline: { stated: '', expectedDecisionOn: '2026-11-10', history: [] } }))).toBeNull();
  });
});

describe('what the call told you', () => {
  it('a new expected date from a call moves the timeline and keeps the earlier date, naming the call', () => {
    const r = role({ timeline: { stated: '', expectedDecisionOn: '2026-11-28', history: [] } });
    const p = logCall(plan({ dreamRoles: [r] }), r.id, { at: '2026-11-26T15:00:00Z', outcome: 'non-answer', timingSaid: 'Early December', nextStep: '', followUpOn: null, ...NO_SIGNALS, newExpectedDecisionOn: '2026-12-04' });
    const after = p.dreamRoles[0]!;
    expect(after.timeline.expectedDecisionOn).toBe('2026-12-04');
    expect(after.timeline.history).toEqual([{ expectedDecisionOn: '2026-11-28', changedOn: '2026-11-26', callId: after.callLog[0]!.id }]);
  });

  it('a first expected date replaces no date and adds nothing to the history', () => {
    const r = moveExpectedDecision(role({ timeline: { stated: '', expectedDecisionOn: null, history: [] } }), '2026-12-02', '2026-11-26');
    expect(r.timeline).toEqual({ stated: '', expectedDecisionOn: '2026-12-02', history: [] });
  });

  it('edits by hand on one day are one change in the history', () => {
    let r = role({ timeline: { stated: '', expectedDecisionOn: '2026-11-28', history: [] } });
    r = moveExpectedDecision(r, '2026-12-01', '2026-11-26');
    r = moveExpectedDecision(r, '2026-12-02', '2026-11-26');
    expect(r.timeline).toMatchObject({ expectedDecisionOn: '2026-12-02', history: [{ expectedDecisionOn: '2026-11-28', changedOn: '2026-11-26', callId: null }] });
  });

  it('refuses a call dated in the future and a new expected date before the call, with words', () => {
    const now = new Date('2026-11-26T15:00:00Z');
    expect(callInputProblems({ at: '2026-11-27T09:00:00Z', newExpectedDecisionOn: null }, now)).toEqual([{ field: 'at', message: expect.stringMatching(/dated in the future/) }]);
    expect(callInputProblems({ at: '2026-11-26T14:00:00Z', newExpectedDecisionOn: '2026-11-25' }, now)).toEqual([{ field: 'newExpectedDecisionOn', message: expect.stringMatching(/before the call/) }]);
    expect(callInputProblems({ at: '2026-11-26T14:00:00Z', newExpectedDecisionOn: '2026-11-26' }, now)).toEqual([]);
  });

  it('signals have words, and suggest likelihoods (keen and urgent: an offer is likelier; cold: a no is)', () => {
    expect([signalWords('interest', 1), signalWords('interest', 5), signalWords('urgency', 1), signalWords('urgency', 5), signalWords('urgency', null)]).toEqual(['cold', 'keen', 'no hurry', 'very urgent', 'not noted']);
    const keen = suggestLikelihoods({ callLog: [call('non-answer', '2026-11-26T15:00:00Z', { interest: 5, urgency: 5 })] })!;
    const cold = suggestLikelihoods({ callLog: [call('non-answer', '2026-11-26T15:00:00Z', { interest: 1, urgency: 1 })] })!;
    expect(keen.immediateOffer).toBeGreaterThan(cold.immediateOffer);
    expect(cold.greenLight).toBeGreaterThan(keen.greenLight);
    for (const s of [keen, cold]) expect(s.immediateOffer + s.nonAnswer + s.greenLight).toBeCloseTo(1, 9);
    expect(keen.reason).toBe('On the call of 2026-11-26 they sounded keen (interest 5 of 5) and very urgent (urgency 5 of 5).');
    expect(suggestLikelihoods({ callLog: [call('non-answer', '2026-11-26T15:00:00Z')] })).toBeNull();
  });
});

describe('expectedDecisionChanges', () => {
  it('says each earlier date, newest first, and whether a call or a hand edit moved it', () => {
    let r = role({ timeline: { stated: '', expectedDecisionOn: '2026-12-05', history: [] } });
    r = moveExpectedDecision(r, '2026-12-08', '2026-11-20');
    r = moveExpectedDecision(r, '2026-12-12', '2026-12-01', 'call-1');
    expect(expectedDecisionChanges(r, 'en-US')).toEqual([
      'Was Tue, Dec 8, 2026: changed after the call on Tue, Dec 1, 2026.',
      'Was Sat, Dec 5, 2026: changed by hand on Fri, Nov 20, 2026.',
    ]);
    expect(expectedDecisionChanges(role({ timeline: { stated: '', expectedDecisionOn: null, history: [{ expectedDecisionOn: null, changedOn: '2026-11-20', callId: null }] } }), 'en-US'))
      .toEqual(['Was not recorded: changed by hand on Fri, Nov 20, 2026.']);
    expect(expectedDecisionChanges(role(), 'en-US')).toEqual([]);
  });
});

describe('roleProgress once no call is left', () => {
  const keenButQuiet = () =>
    role({ company: 'Quiet', stage: 'interviewing', stageHistory: [{ stage: 'interviewing', on: '2026-11-10' }], callLog: [call('non-answer', '2026-11-10T15:00:00Z', { interest: 5, urgency: 5 })] });

  it('drops the “no news” follow-up and the suggested likelihoods, keeps the rest', () => {
    const r = keenButQuiet();
    const ahead = roleProgress(r, '2026-11-30');
    expect(ahead.noNews).not.toBeNull();
    expect(ahead.likelihoodSuggestion).not.toBeNull();
    const done = roleProgress(r, '2026-11-30', false);
    expect(done.noNews).toBeNull();
    expect(done.likelihoodSuggestion).toBeNull();
    expect(done.daysInStage).toBe(ahead.daysInStage);
  });

  it('the board asks it once an offer is accepted: no card then shows either', () => {
    const base = plan({ offers: [offer({ isPlanB: true })] });
    const quiet = keenButQuiet();
    const open = { ...base, dreamRoles: [quiet] };
    const accepted = { ...open, offers: open.offers.map((o) => (o.isPlanB ? { ...o, response: 'accepted' as const, respondedOn: '2026-11-29' } : o)) };
    const at = { now: new Date('2026-11-30T12:00:00Z'), locale: 'en-US' };
    expect(computeBoard(open, at).roles[0]!.progress.likelihoodSuggestion).not.toBeNull();
    const decided = computeBoard(accepted, at).roles[0]!.progress;
    expect(decided.likelihoodSuggestion).toBeNull();
    expect(decided.noNews).toBeNull();
  });
});
