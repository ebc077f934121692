import { simpleCompensation } from '@shared/compensation';
/** Hand-built partial plans for the board tests. */
import type { Call, Contact, Criterion, DreamRole, Offer, Plan, Script } from '@shared/plan';
import { blankPlan } from '@shared/new-plan';

let counter = 0;
/** A readable, valid-looking UUID so failures are easy to trace. */
export function id(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}

/** The id of the i-th criterion built by `criteria` (a UUID, as the schema wants). */
export const cid = (i: number): string => `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`;

export const criteria = (weights: number[], names = ['Pay', 'Growth', 'Team', 'Mission', 'Location', 'Stability']): Criterion[] =>
  weights.map((weight, i) => ({ id: cid(i), name: names[i] ?? `C${i}`, weight }));

/** Scores by position: `scoresOf([4, undefined, 2])` scores criteria 0 and 2. */
export const scoresOf = (values: (number | undefined)[]): Record<string, number> =>
  Object.fromEntries(values.flatMap((v, i) => (v === undefined ? [] : [[cid(i), v]])));

export function offer(over: Partial<Offer> = {}): Offer {
  return {
    id: id(), isPlanB: true, company: 'Northwind', role: 'Engineer', receivedOn: '2026-11-20', form: 'written',
    deadline: '2026-12-02T17:00:00-05:00', deadlineTimeZone: 'America/New_York',
    extensions: [], fromDreamRoleId: null, response: 'open', respondedOn: null,
    compensation: simpleCompensation('USD', { base: 100_000, bonus: 10_000, signOn: 5_000, equityPerYear: 0 }),
    startDate: null, location: '', notes: '', liveability: { answer: 'yes', dealBreakers: '' }, scores: {}, ...over,
  };
}

export function contact(over: Partial<Contact> = {}): Contact {
  return { id: id(), name: 'Priya', title: '', phone: '+1 555 0100', email: '', isWhoToCall: true, ...over };
}

export function role(over: Partial<DreamRole> = {}): DreamRole {
  return {
    id: id(), company: 'Lumen', role: 'Staff Engineer', priority: 1, stage: 'interviewing', contacts: [contact()],
    timeline: { stated: '', expectedDecisionOn: null, history: [] },
    estimatedCompensation: simpleCompensation('USD', { base: null, bonus: null, signOn: null, equityPerYear: null }),
    scores: {}, walkAwayAnswer: 'accept-plan-b', likelihoods: { immediateOffer: null, nonAnswer: null, greenLight: null },
    scriptId: null, callLog: [], notes: '', appliedOn: null, stageHistory: [], offerId: null, withdrawnOn: null, ...over,
  };
}

/** A call's v2 fields when a test does not care about them. */
export const NO_SIGNALS = { notes: '', spokeWith: '', interest: null, urgency: null, newExpectedDecisionOn: null } as const;

export function call(outcome: Call['outcome'], at: string, over: Partial<Call> = {}): Call {
  return { id: id(), at, outcome, timingSaid: '', nextStep: '', followUpOn: null, ...NO_SIGNALS, ...over };
}

export function script(over: Partial<Script> = {}): Script {
  const branch = { say: '', nextSteps: '' };
  return {
    id: id(), name: 'My call', kind: 'leverage-call', body: 'Hi {{contact_name}}', revisions: [],
    branches: { immediateOffer: branch, nonAnswer: branch, greenLight: branch }, updatedAt: '2026-11-20T10:00:00Z', ...over,
  };
}

export function plan(over: Partial<Plan> = {}): Plan {
  return { ...blankPlan('Test plan', new Date('2026-11-20T10:00:00Z')), criteria: [], ...over };
}

/** A plan with `n` dream roles of varied stage, priority, dates and data gaps. */
export function bigPlan(n: number, now: Date): Plan {
  const crit = criteria([3, 3, 2, 2, 1, 2]);
  const stages = ['applied', 'screening', 'interviewing', 'final-round', 'awaiting-decision', 'offer', 'closed'] as const;
  const outcomes = ['immediate-offer', 'non-answer', 'green-light'] as const;
  const walk = ['undecided', 'accept-plan-b', 'ask-extension', 'keep-waiting'] as const;
  const day = (d: number) => new Date(now.getTime() + d * 86_400_000).toISOString().slice(0, 10);
  const roles = Array.from({ length: n }, (_, i) => role({
    company: i % 17 === 0 ? '' : `Company ${i % 50}`,
    priority: (i % 20) + 1,
    stage: stages[i % stages.length],
    contacts: i % 5 === 0 ? [] : [contact({ phone: i % 3 === 0 ? '' : '+1 555 0100' })],
    timeline: { stated: '', expectedDecisionOn: i % 4 === 0 ? null : day((i % 30) - 5), history: [] },
    estimatedCompensation: simpleCompensation('USD', { base: i % 6 === 0 ? null : 90_000 + i * 10, bonus: 5_000, signOn: 0, equityPerYear: i % 2 ? null : 1000 }),
    scores: scoresOf([1 + (i % 5), i % 3 === 0 ? undefined : 1 + ((i * 7) % 5), 3, 4, undefined, 2]),
    walkAwayAnswer: walk[i % walk.length],
    likelihoods: i % 2 ? { immediateOffer: 0.2, nonAnswer: 0.5, greenLight: 0.3 } : { immediateOffer: null, nonAnswer: 0.5, greenLight: null },
    callLog: i % 9 === 0 ? [call(outcomes[i % 3] ?? 'non-answer', now.toISOString())] : [],
  }));
  return plan({ criteria: crit, offers: [offer({ scores: scoresOf([4, 3, 4, 3, 4, 5]) })], dreamRoles: roles });
}
