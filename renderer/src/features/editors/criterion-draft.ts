import type { Criterion } from '@shared/plan';
import { draftNumber, requiredText } from './draft-values';
import type { DraftErrors, DraftSpec } from './useDraftForm';

export type CriterionDraft = { name: string; weight: number | string };

export const criterionSpec: DraftSpec<Criterion, CriterionDraft> = {
  toDraft: ({ name, weight }) => ({ name, weight }),
  errors: (v): DraftErrors<CriterionDraft> => {
    const weight = draftNumber(v.weight);
    return {
      name: requiredText(v.name, 'A criterion needs a name, like “Commute” or “Learning”.'),
      weight:
        weight !== null && Number.isFinite(weight) && weight >= 0 && weight <= 10
          ? null
          : 'A weight is a number from 0 (does not matter) to 10 (matters most).',
    };
  },
  apply: (criterion, key, v) =>
    key === 'weight' ? { ...criterion, weight: draftNumber(v.weight) ?? criterion.weight } : { ...criterion, name: v.name },
};
