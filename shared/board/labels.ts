/** The product's words for plan enums, as the board shows them. */
import type { DreamRole, Outcome, Stage, WalkAwayAnswer } from '../plan';

export const STAGE_LABELS: Record<Stage, string> = {
  applied: 'Applied',
  screening: 'Screening',
  interviewing: 'Interviewing',
  'final-round': 'Final round',
  'awaiting-decision': 'Awaiting decision',
  offer: 'Offer',
  closed: 'Closed',
};

export const OUTCOME_LABELS: Record<Outcome, string> = {
  'immediate-offer': 'Immediate offer',
  'non-answer': 'Non-answer',
  'green-light': 'Green light to walk',
};

export const WALK_AWAY_LABELS: Record<WalkAwayAnswer, string> = {
  undecided: 'Undecided',
  'accept-plan-b': 'Accept Plan B',
  'ask-extension': 'Ask Plan B for an extension',
  'keep-waiting': 'Keep waiting for them',
};

export const LIVEABILITY_LABELS = {
  unanswered: 'Not answered yet',
  yes: 'Yes, I can live with it',
  unsure: 'Unsure',
  no: 'No, I could not live with it',
} as const;

/** A role's name for sentences: "Lumen Health", or a stand-in when the company is blank. */
export function roleName(role: Pick<DreamRole, 'company' | 'role'>): string {
  const company = (role.company ?? '').trim();
  if (company) return company;
  const title = (role.role ?? '').trim();
  return title ? `the ${title} role` : 'an unnamed dream role';
}

/** Plan B's name for sentences. */
export function offerName(offer: { company: string } | null | undefined): string {
  const company = (offer?.company ?? '').trim();
  return company ? `Plan B (${company})` : 'Plan B';
}
