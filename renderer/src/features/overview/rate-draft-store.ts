/**
 * The add-rate form's draft, one per plan, in the page's localStorage like a
 * call in progress: a rate is added whole, so until then what is typed lives
 * outside the plan, and it must survive leaving the Situation section (the
 * form unmounts), a reload or a closed window.
 */
import { pageStorage } from '../plan/page-storage';

export interface RateDraft {
  currency: string;
  /** As the NumberInput gives it: a number, or a string while incomplete. */
  rate: number | string;
  takenOn: string | null;
}

const key = (planId: string) => `bird-in-hand:rate-draft:${planId}`;

export function loadRateDraft(planId: string): RateDraft | null {
  try {
    const raw: unknown = JSON.parse(pageStorage()?.getItem(key(planId)) ?? 'null');
    if (!raw || typeof raw !== 'object') return null;
    const { currency, rate, takenOn } = raw as Record<string, unknown>;
    if (typeof currency !== 'string' || (typeof rate !== 'string' && typeof rate !== 'number') || (takenOn !== null && typeof takenOn !== 'string')) return null;
    return { currency, rate, takenOn };
  } catch {
    return null;
  }
}

export function saveRateDraft(planId: string, draft: RateDraft): void {
  try {
    pageStorage()?.setItem(key(planId), JSON.stringify(draft));
  } catch {
    // Storage full or refused: the draft stays on screen, as before.
  }
}

export function removeRateDraft(planId: string): void {
  pageStorage()?.removeItem(key(planId));
}
