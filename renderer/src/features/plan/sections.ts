/** The sections of an open plan, in navigation order. */
export const PLAN_SECTIONS = [
  { key: 'overview', label: 'Overview' },
  { key: 'board', label: 'Board' },
  { key: 'scenarios', label: 'Scenarios' },
  { key: 'scripts', label: 'Scripts' },
  { key: 'callsheets', label: 'Call sheets' },
] as const;

export type PlanSection = (typeof PLAN_SECTIONS)[number]['key'];

export function isPlanSection(value: string | undefined): value is PlanSection {
  return PLAN_SECTIONS.some((s) => s.key === value);
}

/** The route of a plan's section, e.g. `/plans/<id>/board`. */
export function planPath(planId: string, section: PlanSection = 'overview'): string {
  return `/plans/${planId}/${section}`;
}
