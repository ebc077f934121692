import { memo } from 'react';
import { type MantineSize } from '@mantine/core';
import type { Plan } from '@shared/plan';
import { usePlan } from './usePlan';
import { usePlanSession } from './usePlanSession';
import { SegmentedChoice } from '../../components/SegmentedChoice';

type Employment = Plan['situation']['employment'];

const CHOICES = [
  { value: 'employed', label: 'Employed' },
  { value: 'unemployed', label: 'Unemployed' },
];

/**
 * Employed or unemployed, as one undoable edit of the open plan; the second
 * switches the board's advice to the safety net. Shown in the overview and on
 * the board, each with its own visible label (`labelledBy`).
 */
export const EmploymentSwitch = memo(function EmploymentSwitch({ labelledBy, size }: { labelledBy: string; size?: MantineSize }) {
  const session = usePlanSession();
  const employment = usePlan((plan) => plan.situation.employment);
  const choose = (value: string) => {
    if (value !== 'employed' && value !== 'unemployed') return;
    const next: Employment = value;
    session.edit((plan) => (plan.situation.employment === next ? plan : { ...plan, situation: { ...plan.situation, employment: next } }));
  };
  return <SegmentedChoice aria-labelledby={labelledBy} size={size} value={employment} data={CHOICES} onChange={choose} />;
});
