import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TrashEntry } from '@shared/contract';
import { call, errorMessage } from '../../api/planner';

/** How long the Undo offer stays up. Long enough to notice and react. */
const UNDO_WINDOW_MS = 12_000;

/** "Plan moved to the trash" with an Undo button that restores it. */
export function showTrashNotification(entry: TrashEntry, onRestored: () => void): void {
  const id = `trash-${entry.trashId}`;
  const undo = async () => {
    notifications.hide(id);
    try {
      await call('plans:restore', { trashId: entry.trashId });
      notifications.show({ color: 'teal', title: 'Plan restored', message: `“${entry.name}” is back.` });
      onRestored();
    } catch (error) {
      notifications.show({ color: 'red', title: 'The plan was not restored', message: errorMessage(error) });
    }
  };
  notifications.show({
    id,
    autoClose: UNDO_WINDOW_MS,
    title: 'Plan moved to the trash',
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm" lineClamp={2}>
          “{entry.name}”
        </Text>
        {/* The name may be long; the Undo button must never be the part that shrinks. */}
        <Button size="xs" variant="light" style={{ flexShrink: 0 }} onClick={() => void undo()}>
          Undo
        </Button>
      </Group>
    ),
  });
}
