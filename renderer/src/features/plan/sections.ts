/** The sections of an open plan, in navigation order. */
export const PLAN_SECTIONS = [
  { key: 'overview', label: 'Overview' },
  { key: 'board', label: 'Board' },
  { key: 'scenarios', label: 'Scenarios' },
  { key: 'scripts', label: 'Scripts' },
  { key: 'callsheets', label: 'Call sheets' },
  // Offered to every new plan and from an empty board, not a place to go back to: not in the navigation.
  { key: 'start', label: 'Guided start' },
] as const;

/** The sections the plan navigation lists. */
export const NAV_SECTIONS = PLAN_SECTIONS.filter((s) => s.key !== 'start');

export type PlanSection = (typeof PLAN_SECTIONS)[number]['key'];

export function isPlanSection(value: string | undefined): value is PlanSection {
  return PLAN_SECTIONS.some((s) => s.key === value);
}

/** The route of a plan's section, e.g. `/plans/<id>/board`. */
export function planPath(planId: string, section: PlanSection = 'overview'): string {
  return `/plans/${planId}/${section}`;
}

/** Where a new plan opens: a blank one on the guided start (the few facts that matter first), a sample on its overview. */
export function newPlanPath(planId: string, from: 'blank' | 'sample'): string {
  return planPath(planId, from === 'blank' ? 'start' : 'overview');
}
