import { createContext } from 'react';
import type { PlanSession } from './plan-session';

/** The open plan's session, provided by the plan screen to every section. */
export const PlanSessionContext = createContext<PlanSession | null>(null);
