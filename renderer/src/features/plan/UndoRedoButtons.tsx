import { Button, Group, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconArrowForwardUp } from '@tabler/icons-react';
import { useHistory } from './useHistory';
import { usePlanSession } from './usePlanSession';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);
const UNDO_KEYS = isMac ? '⌘Z' : 'Ctrl+Z';
const REDO_KEYS = isMac ? '⇧⌘Z' : 'Ctrl+Y or Ctrl+Shift+Z';

/** Undo and redo the plan's edits (text fields keep their own undo while focused). */
export function UndoRedoButtons() {
  const session = usePlanSession();
  const { canUndo, canRedo } = useHistory();
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={`Undo the last change (${UNDO_KEYS})`}>
        <Button
          size="compact-sm"
          variant="default"
          leftSection={<IconArrowBackUp size={16} aria-hidden />}
          disabled={!canUndo}
          onClick={session.undo}
        >
          Undo
        </Button>
      </Tooltip>
      <Tooltip label={`Redo (${REDO_KEYS})`}>
        <Button
          size="compact-sm"
          variant="default"
          leftSection={<IconArrowForwardUp size={16} aria-hidden />}
          disabled={!canRedo}
          onClick={session.redo}
        >
          Redo
        </Button>
      </Tooltip>
    </Group>
  );
}
