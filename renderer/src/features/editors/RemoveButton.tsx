import { Button } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';

/** The red "Remove" in an editor card's header; `label` names what goes, for screen readers. */
export function RemoveButton({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <Button variant="subtle" color="red" size="compact-sm" leftSection={<IconTrash size={16} aria-hidden />} onClick={onRemove} aria-label={label}>
      Remove
    </Button>
  );
}
