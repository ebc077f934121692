import { useShallow } from 'zustand/shallow';
import type { Plan } from '@shared/plan';
import { usePlan } from '../plan/usePlan';
import { isDuplicateName } from './draft-values';

/**
 * The names among `others(plan)` that `name` duplicates (see isDuplicateName),
 * read from the open plan. The list is compared by content, so typing in one
 * card re-renders another only when its duplicate warning could change, not
 * on every keystroke.
 */
export function useNamesLike(name: unknown, others: (plan: Plan) => readonly string[]): readonly string[] {
  return usePlan(useShallow((plan) => others(plan).filter((other) => isDuplicateName(name, [other]))));
}
