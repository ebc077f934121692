import { useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { BackupEntry } from '@shared/contract';
import { call, errorMessage } from '../../api/planner';
import { formatTakenAt } from './backup-labels';
import { Modal } from '../../components/dialogs';

interface Props {
  backup: BackupEntry | null;
  onClose: () => void;
  onRestored: () => void;
}

/** Asks before restoring, and says plainly that the current state is backed up first. */
export function RestoreBackupModal({ backup, onClose, onRestored }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const restore = async () => {
    if (!backup) return;
    setBusy(true);
    setError(null);
    try {
      await call('backups:restore', { planId: backup.planId, backupId: backup.id });
      onRestored();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={backup !== null} onClose={onClose} title="Restore this backup?" centered>
      <Stack>
        <Text size="sm">
          The plan will go back to how it was on {backup ? formatTakenAt(backup.takenAt) : ''}. Its current state is backed up
          first, so you can come back to it from this list.
        </Text>
        {error && (
          <Alert color="red" title="Not restored">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => void restore()} loading={busy} data-testid="confirm-restore-backup">
            Restore backup
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
