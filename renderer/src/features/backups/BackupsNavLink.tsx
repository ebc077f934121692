import { useState } from 'react';
import { NavLink, Stack, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import type { BackupEntry } from '@shared/contract';
import { usePlanSession } from '../plan/usePlanSession';
import { BackupsList } from './BackupsList';
import { RestoreBackupModal } from './RestoreBackupModal';
import { useBackups } from './useBackups';
import { Modal } from '../../components/dialogs';

/**
 * "Backups" in the plan's navigation: opens the list of the plan's rolling
 * backups, each restorable after a confirmation. A restore reaches the open
 * plan through the plans:changed event, like a save from another window.
 */
export function BackupsNavLink() {
  const { planId } = usePlanSession();
  const [opened, setOpened] = useState(false);
  const [restoring, setRestoring] = useState<BackupEntry | null>(null);
  const { state, reload } = useBackups(planId, opened);
  return (
    <>
      {/* A button, not a link: it opens a dialog, and an anchor without an address is not reachable by keyboard. */}
      <NavLink
        component="button"
        type="button"
        aria-haspopup="dialog"
        label="Backups"
        onClick={() => setOpened(true)}
        leftSection={<IconHistory size={18} aria-hidden />}
      />
      <Modal opened={opened && restoring === null} onClose={() => setOpened(false)} title="Backups of this plan" size="lg">
        <Stack>
          <Text size="sm" c="dimmed">
            Bird in Hand keeps several backups from the last hour, one a day for a week, and at most thirty in all.
          </Text>
          <BackupsList state={state} onRestore={setRestoring} />
        </Stack>
      </Modal>
      <RestoreBackupModal
        backup={restoring}
        onClose={() => setRestoring(null)}
        onRestored={() => {
          setRestoring(null);
          setOpened(false);
          reload();
        }}
      />
    </>
  );
}
