/**
 * Where one combination of call outcomes leads: the decision, in words, and
 * what it is worth on the 0–100 scale. Pure; see scenarios.ts for the rules.
 */
import type { DreamRole, Outcome } from '../plan';
import { listNames } from './format';
import type { LikelihoodSource, OutcomeLikelihoods } from './likelihoods';
import { bestOption, comparisonBasis, type OptionFacts } from './options';
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

const valueOf = (o: OptionFacts | null, nothing: number): number | null => (o ? o.value : nothing);

export function decidePath(called: readonly Called[], outcomes: readonly Outcome[], ctx: PathContext): PathEnd {
  const offers = called.filter((_, i) => outcomes[i] === 'immediate-offer').map((c) => c.option);
  const nonAnswers = called.filter((_, i) => outcomes[i] === 'non-answer');
  const floor = bestOption([ctx.planB, ctx.floorNoPlanB]);
  const best = bestOption([floor, ...offers]);
  const end = (decision: Decision, description: string, resultScore: number | null, acceptedRoleId: string | null = null, waitingFor: string[] = []): PathEnd =>
    ({ decision, acceptedRoleId, waitingFor, description, resultScore });

  if (best && offers.includes(best)) {
    const basis = floor ? ` over ${floor.kind === 'plan-b' ? 'Plan B' : `${floor.name}'s offer in hand`} (${comparisonBasis(best, floor)})` : '';
    const beaten = offers.filter((o) => o !== best);
    const preface = beaten.length ? `${listNames(beaten.map((o) => `${o.name}'s`))} offer${beaten.length === 1 ? ' does' : 's do'} not beat it. ` : '';
    return end('accept-role', `${preface}Accept ${best.name}'s offer${basis}; get it in writing first.`, best.value, best.id);
  }
  const beatenBy = floor?.kind === 'dream-role' ? `${floor.name}'s offer in hand` : 'Plan B';
  const preface = offers.length ? `${listNames(offers.map((o) => `${o.name}'s`))} offer${offers.length === 1 ? ' does' : 's do'} not beat ${beatenBy}. ` : '';
  const rank = Math.max(-1, ...nonAnswers.map((c) => PATIENCE[c.role.walkAwayAnswer] ?? 1));
  const waiting = nonAnswers.filter((c) => (PATIENCE[c.role.walkAwayAnswer] ?? 1) === rank);
  const names = listNames(waiting.map((c) => c.option.name));
  const ids = waiting.map((c) => c.role.id);
  const s = waiting.length === 1 ? 's' : '';

  if (rank === 3) {
    // Waiting lets the offer in hand lapse: a later offer is far from sure.
    const hope = bestOption(waiting.map((c) => c.option));
    const hopeValue = hope?.value ?? null;
    const value = hopeValue === null ? null : ctx.lateOffer * hopeValue + (1 - ctx.lateOffer) * ctx.nothing;
    const lapse = floor ? `${floor.kind === 'plan-b' ? 'Plan B' : `${floor.name}'s offer`} lapses and a late offer is far from sure` : 'a late offer is far from sure';
    const risk = ctx.unemployed ? ' Without a job this is the costliest path: a careful adviser would secure the offer in hand first.' : '';
    return end('keep-waiting', `${preface}Keep waiting for ${names}, as you decided: ${lapse}.${risk}`, value, null, ids);
  }
  if (!floor) return end('no-offer', `${preface}No offer in hand: keep interviewing, and call again when you have news.`, ctx.nothing);
  const floorValue = valueOf(floor, ctx.nothing);
  const floorName = floor.kind === 'plan-b' ? 'Plan B' : `${floor.name}'s offer`;
  if (rank === 2 && floor.kind === 'plan-b') {
    return end('ask-extension', `${preface}Ask Plan B for a few more days while ${names} decide${s}; if no answer comes in time, accept Plan B.`, floorValue, null, ids);
  }
  if (rank === 1) return end('undecided', `${preface}Undecided: choose your walk-away answer for ${names} now, before the call. Until then this path counts as accepting ${floorName}.`, floorValue, null, ids);
  const why = nonAnswers.length ? 'plan the non-answers as a no' : offers.length ? 'it is the better offer' : called.length ? 'every role gave you the green light' : 'no other offer beats it';
  return floor.kind === 'plan-b'
    ? end('accept-plan-b', `${preface}Accept Plan B with clarity: ${why}.`, floorValue)
    : end('accept-role', `${preface}Accept ${floor.name}'s offer, already in hand: ${why}.`, floorValue, floor.id);
}
