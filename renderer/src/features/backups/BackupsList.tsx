import { Alert, Button, Loader, Table, Text } from '@mantine/core';
import type { BackupEntry } from '@shared/contract';
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
    <Table striped highlightOnHover data-testid="backups-list">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Taken</Table.Th>
          <Table.Th>Why</Table.Th>
          <Table.Th>Size</Table.Th>
          <Table.Th aria-label="Actions" />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {state.entries.map((backup) => (
          <Table.Tr key={backup.id} data-testid="backup-row">
            <Table.Td>{formatTakenAt(backup.takenAt)}</Table.Td>
            <Table.Td>{REASON_LABEL[backup.reason]}</Table.Td>
            <Table.Td>{formatBytes(backup.bytes)}</Table.Td>
            <Table.Td>
              <Button size="xs" variant="light" onClick={() => onRestore(backup)}>
                Restore
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
