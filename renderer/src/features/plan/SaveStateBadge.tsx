import { Button, Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconGitMerge } from '@tabler/icons-react';
import type { SaveState } from './plan-session';
import { usePlanSession } from './usePlanSession';
import { useSaveState } from './useSaveState';

function label(save: SaveState): string {
  switch (save.kind) {
    case 'saved':
      return 'Saved';
    case 'saving':
      return 'Saving…';
    case 'failed':
      return `Not saved: ${save.reason}`;
    case 'conflict':
      return 'Conflict';
  }
}

const ICON = {
  saved: <IconCheck size={16} aria-hidden />,
  saving: <Loader size={14} aria-hidden />,
  failed: <IconAlertTriangle size={16} aria-hidden />,
  conflict: <IconGitMerge size={16} aria-hidden />,
} as const;

const COLOR = { saved: 'teal', saving: 'dimmed', failed: 'red', conflict: 'orange' } as const;

/**
 * Whether the open plan's edits are on disk. Words and an icon carry the
 * state, colour only repeats it. A failed save keeps the edits and offers Retry.
 */
export function SaveStateBadge() {
  const session = usePlanSession();
  const save = useSaveState();
  const text = label(save);
  return (
    <Group gap={6} wrap="nowrap" maw={420}>
      <Text c={COLOR[save.kind]} component="span" display="inline-flex" aria-hidden>
        {ICON[save.kind]}
      </Text>
      <Text
        size="sm"
        fw={500}
        c={COLOR[save.kind]}
        data-testid="save-state"
        role="status"
        aria-live="polite"
        truncate="end"
        title={text}
      >
        {text}
      </Text>
      {save.kind === 'failed' ? (
        <Button size="compact-sm" variant="light" color="red" onClick={() => void session.saveNow()}>
          Retry
        </Button>
      ) : null}
    </Group>
  );
}
