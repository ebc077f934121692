import type { Stage } from '@shared/plan';

/** How each dream-role stage reads on screen. */
export const STAGE_LABELS: Record<Stage, string> = {
  applied: 'Applied',
  screening: 'Screening',
  interviewing: 'Interviewing',
  'final-round': 'Final round',
  'awaiting-decision': 'Awaiting decision',
  offer: 'Offer',
  closed: 'Closed',
};
