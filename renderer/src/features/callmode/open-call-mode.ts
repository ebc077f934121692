import { notifications } from '@mantine/notifications';
import { call, errorMessage, isPlannerError } from '../../api/planner';

/** Call mode's address: `roleId` is a dream role's id, or `next` for the first in the call order. */
export function callModePath(planId: string, roleId: string): string {
  return `/plans/${planId}/call/${roleId}`;
}

/**
 * Opens call mode: in the desktop app a window of its own beside the board;
 * where there is no such window (the web harness) it is a route in this one.
 */
export async function openCallMode(planId: string, roleId: string, navigate: (to: string) => void): Promise<void> {
  try {
    await call('windows:openCallMode', { planId, roleId });
  } catch (error) {
    if (isPlannerError(error, 'unsupported')) return navigate(callModePath(planId, roleId));
    notifications.show({ color: 'red', title: 'Call mode did not open', message: errorMessage(error) });
  }
}
