/**
 * What the Trash view does, with the user told of each outcome in a
 * notification. Each resolves with whether it happened; nothing throws.
 */
import { notifications } from '@mantine/notifications';
import type { TrashEntry } from '@shared/contract';
import { call, errorMessage } from '../../api/planner';

function failed(title: string, error: unknown): false {
  notifications.show({ color: 'red', title, message: errorMessage(error) });
  return false;
}

export async function restoreFromTrash(entry: TrashEntry): Promise<boolean> {
  try {
    await call('plans:restore', { trashId: entry.trashId });
    notifications.show({ color: 'teal', title: 'Plan restored', message: `“${entry.name}” is back in your plans.` });
    return true;
  } catch (error) {
    return failed('The plan was not restored', error);
  }
}

export async function deleteForever(entry: TrashEntry): Promise<boolean> {
  try {
    await call('trash:purge', { trashId: entry.trashId });
    notifications.show({ color: 'gray', title: 'Plan deleted for good', message: `“${entry.name}” was deleted for good.` });
    return true;
  } catch (error) {
    return failed('The plan was not deleted', error);
  }
}

export async function emptyTrash(): Promise<boolean> {
  try {
    const { purged } = await call('trash:empty', {});
    const what = purged === 1 ? '1 plan was' : `${purged} plans were`;
    notifications.show({ color: 'gray', title: 'Trash emptied', message: `${what} deleted for good.` });
    return true;
  } catch (error) {
    return failed('The trash was not emptied', error);
  }
}
