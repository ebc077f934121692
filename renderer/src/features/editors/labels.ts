import type { Offer, WalkAwayAnswer } from '@shared/plan';

/** The question every dream role must answer before the call. */
export const WALK_AWAY_QUESTION = 'If they cannot match my timeline, am I ready to walk away and accept Plan B?';

/** From the firmest answer to "not decided", the order people think it through. */
export const WALK_AWAY_ORDER: readonly WalkAwayAnswer[] = ['accept-plan-b', 'ask-extension', 'keep-waiting', 'undecided'];

/** The walk-away answers in plain words. */
export const WALK_AWAY_LABELS: Record<WalkAwayAnswer, string> = {
  'accept-plan-b': 'Yes: I will accept Plan B and let this role go',
  'ask-extension': 'Not yet: I will first ask Plan B for a few more days',
  'keep-waiting': 'No: I will keep waiting for this role, even past my deadline',
  undecided: 'I have not decided yet',
};

export const LIVEABILITY_LABELS: Record<Offer['liveability']['answer'], string> = {
  yes: 'Yes',
  unsure: 'Unsure',
  no: 'No',
  unanswered: 'Not answered',
};

export const OFFER_FORM_LABELS: Record<Offer['form'], string> = {
  written: 'Written',
  verbal: 'Verbal',
};
