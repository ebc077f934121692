/**
 * Where one combination of call outcomes leads: the decision, in words, and
 * what it is worth on the 0–100 scale. Pure; see scenarios.ts for the rules.
 */
import type { DreamRole, Outcome } from '../plan';
import { listNames } from './format';
import type { LikelihoodSource, OutcomeLikelihoods } from './likelihoods';
import { bestOption, compareOptions, comparisonBasis, type OptionFacts } from './options';
import type { Decision } from './scenarios';

export interface Called {
  role: DreamRole;
  option: OptionFacts;
  p: OutcomeLikelihoods;
  source: LikelihoodSource;
}

export interface PathContext {
  /** Plan B while it is held, else `null`. */
  planB: OptionFacts | null;
  /** The best dream role offer already in hand, else `null`. */
  floorNoPlanB: OptionFacts | null;
  /** What ending with no offer is worth. */
  nothing: number;
  /** The chance an offer still comes after a non-answer. */
  lateOffer: number;
  unemployed: boolean;
}

export interface PathEnd {
  decision: Decision;
  acceptedRoleId: string | null;
  waitingFor: string[];
  description: string;
  resultScore: number | null;
}

/** Keep waiting > ask for an extension > undecided > accept Plan B. */
const PATIENCE: Record<string, number> = { 'keep-waiting': 3, 'ask-extension': 2, undecided: 1, 'accept-plan-b': 0 };

/**
 * One path. The floor is the best of the offers in hand and this path's
 * immediate offers (one rule, `bestOption`): it is what the path accepts,
 * unless a role that gave a non-answer would beat it and your walk-away
 * answer for that role says to wait for it (keep waiting: the floor lapses;
 * ask for more time; undecided). Where an offer came from (in hand or from
 * this call) never changes the decision, so a better floor never lowers a path.
 */
export function decidePath(called: readonly Called[], outcomes: readonly Outcome[], ctx: PathContext): PathEnd {
  const offers = called.filter((_, i) => outcomes[i] === 'immediate-offer').map((c) => c.option);
  const floor = bestOption([ctx.planB, ctx.floorNoPlanB, ...offers]);
  const beatsFloor = (o: OptionFacts) => floor === null || compareOptions(o, floor) < 0;
  const contenders = called.filter((c, i) => outcomes[i] === 'non-answer' && beatsFloor(c.option));
  const end = (decision: Decision, description: string, resultScore: number | null, acceptedRoleId: string | null = null, waitingFor: string[] = []): PathEnd =>
    ({ decision, acceptedRoleId, waitingFor, description, resultScore });
  const beaten = offers.filter((o) => o !== floor);
  const floorName = floor ? (floor.kind === 'plan-b' ? 'Plan B' : `${floor.name}'s offer`) : 'no offer';
  const preface = beaten.length ? `${listNames(beaten.map((o) => `${o.name}'s`))} offer${beaten.length === 1 ? ' does' : 's do'} not beat ${floorName}. ` : '';
  const rank = Math.max(-1, ...contenders.map((c) => PATIENCE[c.role.walkAwayAnswer] ?? 1));
  const waiting = contenders.filter((c) => (PATIENCE[c.role.walkAwayAnswer] ?? 1) === rank);
  const names = listNames(waiting.map((c) => c.option.name));
  const ids = waiting.map((c) => c.role.id);

  if (rank === 3) {
    // Waiting lets the floor lapse: a later offer is far from sure.
    const hope = bestOption(waiting.map((c) => c.option));
    const hopeValue = hope?.value ?? null;
    // Ending with no offer never counts as better than the role you waited for.
    const value = hopeValue === null ? null : ctx.lateOffer * hopeValue + (1 - ctx.lateOffer) * Math.min(ctx.nothing, hopeValue);
    const lapse = floor ? `${floorName} lapses and a late offer is far from sure` : 'a late offer is far from sure';
    const risk = ctx.unemployed && floor ? ' Without a job this is the costliest path: a careful adviser would secure the offer in hand first.' : '';
    return end('keep-waiting', `${preface}Keep waiting for ${names}, as you decided: ${lapse}.${risk}`, value, null, ids);
  }
  if (!floor) return end('no-offer', 'No offer in hand: keep interviewing, and call again when you have news.', ctx.nothing);
  // An offer worth less than ending with none (keeping your current job) is declined, never taken as the floor.
  if (floor.value !== null && floor.value < ctx.nothing) {
    return end('no-offer', `${preface}No offer in hand beats keeping your current job (${ctx.nothing} of 100): decline ${floorName} and keep looking.`, ctx.nothing);
  }
  const s = waiting.length === 1 ? 's' : '';
  if (rank === 2) return end('ask-extension', `${preface}Ask ${floor.kind === 'plan-b' ? 'Plan B' : floor.name} for a few more days while ${names} decide${s}; if no answer comes in time, accept ${floorName}.`, floor.value, null, ids);
  if (rank === 1) return end('undecided', `${preface}Undecided: choose your walk-away answer for ${names} now, before the call. Until then this path counts as accepting ${floorName}.`, floor.value, null, ids);
  if (floor.kind === 'plan-b') {
    const why = called.some((_, i) => outcomes[i] === 'non-answer') ? 'plan the non-answers as a no' : offers.length ? 'it is the better offer' : called.length ? 'every role gave you the green light' : 'no other offer beats it';
    return end('accept-plan-b', `${preface}Accept Plan B with clarity: ${why}.`, floor.value);
  }
  const over = bestOption([ctx.planB, ctx.floorNoPlanB, ...offers].filter((o) => o !== floor));
  const basis = over ? ` over ${over.kind === 'plan-b' ? 'Plan B' : `${over.name}'s offer`} (${comparisonBasis(floor, over)})` : '';
  const inHand = offers.includes(floor) ? '' : basis ? ', already in hand,' : ', already in hand';
  return end('accept-role', `${preface}Accept ${floor.name}'s offer${inHand}${basis}; get it in writing first.`, floor.value, floor.id);
}
