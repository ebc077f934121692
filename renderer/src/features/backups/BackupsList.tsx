import { Alert, Button, Loader, Text } from '@mantine/core';
import type { BackupEntry } from '@shared/contract';
import { DatedTable } from '../../components/DatedTable';
import { formatBytes, formatTakenAt, REASON_LABEL } from './backup-labels';
import type { BackupsState } from './useBackups';

interface Props {
  state: BackupsState;
  onRestore: (backup: BackupEntry) => void;
}

/** The backups of a plan, newest first, each with a Restore button. */
export function BackupsList({ state, onRestore }: Props) {
  if (state.kind === 'loading') return <Loader size="sm" aria-label="Loading backups" />;
  if (state.kind === 'failed') return <Alert color="red" title="Backups could not be read">{state.message}</Alert>;
  if (state.entries.length === 0) {
    return <Text size="sm" c="dimmed">No backups yet. One is taken at most every ten minutes while you work, and before a delete, an import or a restore.</Text>;
  }
  return (
    <DatedTable
      items={state.entries}
      columns={['Taken', 'Why', 'Size']}
      itemKey={(backup) => backup.id}
      cells={(backup) => [formatTakenAt(backup.takenAt), REASON_LABEL[backup.reason], formatBytes(backup.bytes)]}
      actions={(backup) => (
        <Button size="xs" variant="light" onClick={() => onRestore(backup)}>
          Restore
        </Button>
      )}
      testId="backups-list"
      rowTestId="backup-row"
    />
  );
}
