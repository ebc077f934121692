/**
 * The few numbers the scenarios assume, in one place so the screen can show
 * them and the README can explain them. Each is a plain, public-survey-sized
 * guess, not a fact about this user's employers.
 */

/**
 * The chance that Plan B is withdrawn because you called other employers or
 * asked it for time: about 6 % of offers (some 94 % of managers uphold an offer
 * after a candidate negotiates). A verbal offer is less firm, so it counts more.
 */
export const PLAN_B_WITHDRAWAL = { written: 0.06, verbal: 0.15 } as const;

/** After a non-answer, the chance that an offer still comes later (a non-answer usually means a backup candidate or a slow process). */
export const LATE_OFFER_AFTER_NON_ANSWER = 0.25;

/**
 * What ending with no offer at all is worth on the 0–100 score scale. Employed,
 * you keep your current job, which you are trying to leave: a poor outcome,
 * not nothing. Without a job, it is the worst outcome there is.
 */
export const NO_OFFER_VALUE = { employed: 25, unemployed: 0 } as const;

/** Without a job, calling must beat accepting the offer in hand by at least this many points to be advised. */
export const SAFETY_NET_MARGIN = 5;

/** The assumptions in words, for the Scenarios screen. */
export function assumptionLines(employment: 'employed' | 'unemployed'): string[] {
  const pct = (p: number) => `${Math.round(p * 100)} %`;
  return [
    `A non-answer is planned as a no by your deadline. If you chose to keep waiting, Plan B lapses and a later offer is counted as ${pct(LATE_OFFER_AFTER_NON_ANSWER)} likely.`,
    `Calling carries a small risk that Plan B is withdrawn: ${pct(PLAN_B_WITHDRAWAL.written)} for a written offer, ${pct(PLAN_B_WITHDRAWAL.verbal)} for a verbal one.`,
    employment === 'unemployed'
      ? `Without a job, ending with no offer counts as ${NO_OFFER_VALUE.unemployed} of 100, and calling must gain at least ${SAFETY_NET_MARGIN} points to be worth the risk.`
      : `Ending with no new offer (you keep your current job) counts as ${NO_OFFER_VALUE.employed} of 100.`,
    'Criteria you have not scored count as 3 of 5 for every option.',
  ];
}
