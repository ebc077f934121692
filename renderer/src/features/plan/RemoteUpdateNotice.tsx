import { Button, Group, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useStore } from 'zustand';
import type { RemoteUpdate } from './plan-session';
import { usePlanSession } from './usePlanSession';

function title(update: RemoteUpdate): string {
  // A merge met on saving may come from either; only an event says which.
  if (update.kind === 'merged') return 'Merged with changes made elsewhere';
  return update.from === 'folder' ? 'Updated from another computer' : 'Updated from another window';
}

/**
 * A quiet line when the plan changed elsewhere and this window took the
 * change: loaded at once (no unsaved edits here) or merged with the edits
 * here. Undo brings back what was shown before.
 */
export function RemoteUpdateNotice() {
  const session = usePlanSession();
  const update = useStore(session.status, (state) => state.remote);
  if (!update) return null;
  return (
    <Group gap={6} wrap="nowrap" data-testid="remote-update" role="status" aria-live="polite">
      <IconRefresh size={16} aria-hidden />
      <Text size="sm" title={update.kind === 'merged' ? 'Your unsaved edits here were kept and merged with it.' : undefined}>
        {title(update)}
      </Text>
      <Button
        size="compact-sm"
        variant="subtle"
        onClick={() => {
          session.undo();
          session.dismissRemote();
        }}
      >
        Undo update
      </Button>
      <Button size="compact-sm" variant="subtle" color="gray" onClick={() => session.dismissRemote()}>
        Dismiss
      </Button>
    </Group>
  );
}
