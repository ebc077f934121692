import type { NextFactKey } from '@shared/guided/next-fact';

/** The guided start's steps, in order; the last is the result (the board). */
export const GUIDED_STEPS = [
  { key: 'offer', label: 'Your offer' },
  { key: 'working', label: 'Working now' },
  { key: 'roles', label: 'Employers' },
  { key: 'walk-away', label: 'Walk-away' },
  { key: 'board', label: 'Your board' },
] as const;

export type GuidedStep = (typeof GUIDED_STEPS)[number]['key'];

export function readStep(value: string | null): GuidedStep {
  return GUIDED_STEPS.find((s) => s.key === value)?.key ?? 'offer';
}

export function stepIndex(step: GuidedStep): number {
  return GUIDED_STEPS.findIndex((s) => s.key === step);
}

/** The step after `step` (the board stays the board). */
export function nextStep(step: GuidedStep): GuidedStep {
  return GUIDED_STEPS[Math.min(stepIndex(step) + 1, GUIDED_STEPS.length - 1)]!.key;
}

export function previousStep(step: GuidedStep): GuidedStep {
  return GUIDED_STEPS[Math.max(stepIndex(step) - 1, 0)]!.key;
}

/** The step where a missing fact is entered, to resume the guided start there. */
export function stepOfFact(key: NextFactKey): GuidedStep {
  switch (key) {
    case 'offer':
    case 'offer-received':
    case 'deadline':
      return 'offer';
    case 'walk-away':
      return 'walk-away';
    default:
      return 'roles';
  }
}

/** The route of the guided start at a step. */
export function guidedPath(planId: string, step: GuidedStep = 'offer'): string {
  return `/plans/${planId}/start?step=${step}`;
}
