/**
 * The call log form's draft, one per plan and dream role, in the page's
 * storage like a call in progress in call mode: a call is logged whole, so
 * until then what is typed lives outside the plan, and it must survive
 * choosing another role (the form is that role's), leaving the tab or the
 * screen, a reload or a closed window.
 */
import { OUTCOMES, type Outcome } from '@shared/plan';
import { readPageValue, removePageValue, writePageValue } from '../plan/page-storage';
import type { CallFormValues } from './call-form-values';

const key = (planId: string, roleId: string) => `bird-in-hand:call-log-draft:${planId}:${roleId}`;

const TEXT_FIELDS = ['at', 'timingSaid', 'notes', 'nextStep', 'followUpOn', 'spokeWith', 'interest', 'urgency', 'newExpectedDecisionOn'] as const satisfies readonly (keyof CallFormValues)[];

function parse(raw: unknown): CallFormValues | null {
  if (!raw || typeof raw !== 'object') return null;
  const draft = raw as Record<string, unknown>;
  if (!OUTCOMES.includes(draft.outcome as Outcome)) return null;
  if (!TEXT_FIELDS.every((field) => typeof draft[field] === 'string')) return null;
  return Object.fromEntries([['outcome', draft.outcome], ...TEXT_FIELDS.map((field) => [field, draft[field]])]) as unknown as CallFormValues;
}

export const loadCallLogDraft = (planId: string, roleId: string) => readPageValue(key(planId, roleId), parse);
export const saveCallLogDraft = (planId: string, roleId: string, values: CallFormValues) => writePageValue(key(planId, roleId), values);
export const removeCallLogDraft = (planId: string, roleId: string) => removePageValue(key(planId, roleId));
