/**
 * Bringing back a plan that was set aside, from its newest usable backup.
 * The outcome is told in a notification; nothing throws.
 */
import { notifications } from '@mantine/notifications';
import type { PlanSummary } from '@shared/contract';
import { call, errorMessage } from '../../api/planner';
import { formatTakenAt } from '../backups/backup-labels';

/** Resolves with the restored plan, or with null after saying why not. */
export async function restoreSetAsidePlan(planId: string): Promise<PlanSummary | null> {
  try {
    const { plan, backup } = await call('problems:restoreNewestBackup', { planId });
    notifications.show({
      color: 'teal',
      title: 'Plan restored',
      message: `“${plan.name}” is back as it was on ${formatTakenAt(backup.takenAt)}. The set-aside file stays in the plans folder.`,
    });
    return plan;
  } catch (error) {
    notifications.show({ color: 'red', title: 'The plan was not restored', message: errorMessage(error) });
    return null;
  }
}
