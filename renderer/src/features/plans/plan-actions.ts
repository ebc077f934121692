/**
 * What the plans screen does to plan files, with the user told of each
 * outcome. Failures become notifications in plain words; nothing throws.
 */
import { notifications } from '@mantine/notifications';
import type { Plan } from '@shared/plan';
import type { PlanSummary } from '@shared/contract';
import { call, errorMessage } from '../../api/planner';
import { preloadSection } from '../plan/section-chunks';
import { showTrashNotification } from './trash-notification';

function failed(title: string, error: unknown): void {
  notifications.show({ color: 'red', title, message: errorMessage(error) });
}

/** Creates a plan; resolves with it, or with null after telling the user why not. */
export async function createPlan(from: 'blank' | 'sample'): Promise<Plan | null> {
  // A blank plan opens on the guided start: fetch its code while the plan is being made.
  if (from === 'blank') void preloadSection('start').catch(() => undefined);
  try {
    const plan = await call('plans:create', { from });
    // The first plan is what the first-run welcome leads to: it has done its job.
    call('settings:set', { welcomed: true }).catch((error: unknown) => console.warn('The welcome may show again', error));
    return plan;
  } catch (error) {
    failed(from === 'sample' ? 'The sample plan was not created' : 'The new plan was not created', error);
    return null;
  }
}

export async function duplicatePlan(plan: PlanSummary): Promise<void> {
  try {
    const copy = await call('plans:duplicate', { id: plan.id });
    notifications.show({ color: 'teal', title: 'Plan duplicated', message: `The copy is called “${copy.name}”.` });
  } catch (error) {
    failed('The plan was not duplicated', error);
  }
}

/** Moves a plan to the trash and offers Undo, which restores it. */
export async function deletePlan(plan: PlanSummary, onRestored: () => void): Promise<void> {
  try {
    const entry = await call('plans:delete', { id: plan.id });
    showTrashNotification(entry, onRestored);
  } catch (error) {
    failed('The plan was not moved to the trash', error);
  }
}
