import { useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import type { BackupEntry } from '@shared/contract';
import { formatTakenAt } from '../backups/backup-labels';
import { restoreSetAsidePlan } from './restore-set-aside';

interface Props {
  backup: BackupEntry;
  /** Told after the plan is back, so the list can show it. */
  onRestored: () => void;
}

/** Under a set-aside plan's alert: the date of its newest backup and the button that restores it. */
export function RestoreNewestBackupButton({ backup, onRestored }: Props) {
  const [busy, setBusy] = useState(false);
  const taken = formatTakenAt(backup.takenAt);
  const restore = async () => {
    setBusy(true);
    const plan = await restoreSetAsidePlan(backup.planId);
    setBusy(false);
    if (plan) onRestored();
  };
  return (
    <Group gap="sm" mt="sm">
      <Button size="xs" variant="default" leftSection={<IconHistory size={16} aria-hidden />} loading={busy} onClick={() => void restore()}>
        Restore the newest backup
      </Button>
      <Text size="sm" data-testid="newest-backup-date">
        Newest backup: {taken}
      </Text>
    </Group>
  );
}
