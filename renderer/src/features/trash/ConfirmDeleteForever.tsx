import { useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { Modal } from '../../components/dialogs';

export type DeleteForeverTarget = { kind: 'one'; name: string } | { kind: 'all'; count: number };

interface Props {
  /** What would be deleted; null keeps the dialog closed. */
  target: DeleteForeverTarget | null;
  onCancel: () => void;
  /** Does the deletion; the dialog stays open, busy, until it settles. */
  onConfirm: () => Promise<void>;
}

function sentence(target: DeleteForeverTarget | null): string {
  if (target?.kind === 'one') return `“${target.name}” and its backups will be deleted for good.`;
  if (target?.kind === 'all' && target.count === 1) return 'The plan in the trash and its backups will be deleted for good.';
  return `All ${target?.kind === 'all' ? target.count : 0} plans in the trash and their backups will be deleted for good.`;
}

/** Asks before anything leaves the trash for good, saying plainly that it cannot be undone. */
export function ConfirmDeleteForever({ target, onCancel, onConfirm }: Props) {
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
    }
  };
  const all = target?.kind === 'all';
  return (
    <Modal opened={target !== null} onClose={onCancel} title={all ? 'Empty the trash?' : 'Delete this plan for good?'} centered>
      <Stack>
        <Text size="sm">
          {sentence(target)} This cannot be undone.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          {/* red.9: white text on Mantine's red-6 falls short of AA. */}
          <Button color="red.9" loading={busy} onClick={() => void confirm()}>
            {all ? 'Empty trash' : 'Delete forever'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
