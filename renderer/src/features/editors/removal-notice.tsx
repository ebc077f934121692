import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { PlanSession } from '../plan/plan-session';

const UNDO_WINDOW_MS = 10_000;

/**
 * "Offer removed" with an Undo button. Undo is the session's undo, so it only
 * applies while the removal is still the latest edit; after that the header's
 * Undo walks back through the later edits first, and the notice says so.
 */
export function showRemovalNotice(session: PlanSession, title: string, detail: string): void {
  const afterRemoval = session.store.getState().plan;
  const id = `removed-${Date.now()}-${Math.random()}`;
  const undo = () => {
    notifications.hide(id);
    if (session.store.getState().plan === afterRemoval) {
      session.undo();
      return;
    }
    notifications.show({
      color: 'orange',
      title: 'Other changes came after the removal',
      message: 'Use Undo at the top of the window to step back through them, then the removal.',
    });
  };
  notifications.show({
    id,
    autoClose: UNDO_WINDOW_MS,
    title,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm" lineClamp={2}>
          {detail}
        </Text>
        <Button size="compact-sm" variant="light" onClick={undo}>
          Undo
        </Button>
      </Group>
    ),
  });
}
