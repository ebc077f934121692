import { newId } from './ids';
import { CURRENT_SCHEMA_VERSION, type Criterion, type Plan } from './plan';

/** The criteria every new plan starts with; the user can rename, reweight or remove them. */
export const DEFAULT_CRITERIA: readonly { name: string; weight: number }[] = [
  { name: 'Compensation', weight: 3 },
  { name: 'Growth', weight: 3 },
  { name: 'Team', weight: 2 },
  { name: 'Mission', weight: 2 },
  { name: 'Location', weight: 1 },
  { name: 'Stability', weight: 2 },
];

export function defaultCriteria(): Criterion[] {
  return DEFAULT_CRITERIA.map((c) => ({ id: newId(), ...c }));
}

/** A blank plan: no offer and no dream role yet, default criteria. */
export function blankPlan(name: string, now: Date): Plan {
  const at = now.toISOString();
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: newId(),
    name,
    createdAt: at,
    updatedAt: at,
    revision: 0,
    situation: { employment: 'employed', userName: '', currency: 'USD', rates: [], compareOn: 'first-year', notes: '' },
    offers: [],
    dreamRoles: [],
    criteria: defaultCriteria(),
    scripts: [],
  };
}
