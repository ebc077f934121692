/**
 * The add-rate form's draft, one per plan, in the page's storage like a call
 * in progress: a rate is added whole, so until then what is typed lives
 * outside the plan, and it must survive leaving the Situation section (the
 * form unmounts), a reload or a closed window.
 */
import { readPageValue, removePageValue, writePageValue } from '../plan/page-storage';

export interface RateDraft {
  currency: string;
  /** As the NumberInput gives it: a number, or a string while incomplete. */
  rate: number | string;
  takenOn: string | null;
}

const key = (planId: string) => `bird-in-hand:rate-draft:${planId}`;

function parse(raw: unknown): RateDraft | null {
  if (!raw || typeof raw !== 'object') return null;
  const { currency, rate, takenOn } = raw as Record<string, unknown>;
  if (typeof currency !== 'string' || (typeof rate !== 'string' && typeof rate !== 'number') || (takenOn !== null && typeof takenOn !== 'string')) return null;
  return { currency, rate, takenOn };
}

export const loadRateDraft = (planId: string) => readPageValue(key(planId), parse);
export const saveRateDraft = (planId: string, draft: RateDraft) => writePageValue(key(planId), draft);
export const removeRateDraft = (planId: string) => removePageValue(key(planId));
