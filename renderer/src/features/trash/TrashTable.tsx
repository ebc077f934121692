import { Button, Group, Text } from '@mantine/core';
import type { TrashEntry } from '@shared/contract';
import { DatedTable } from '../../components/DatedTable';
import { formatTakenAt } from '../backups/backup-labels';

interface Props {
  entries: TrashEntry[];
  onRestore: (entry: TrashEntry) => void;
  onDeleteForever: (entry: TrashEntry) => void;
}

/** The deleted plans, most recent first, each restorable or deletable for good. */
export function TrashTable({ entries, onRestore, onDeleteForever }: Props) {
  return (
    <DatedTable
      items={entries}
      columns={['Plan', 'Deleted']}
      itemKey={(entry) => entry.trashId}
      cells={(entry) => [<Text fw={600}>{entry.name}</Text>, <Text size="sm">{formatTakenAt(entry.deletedAt)}</Text>]}
      actions={(entry) => (
        <Group gap={6} wrap="nowrap" justify="flex-end">
          <Button size="compact-sm" variant="light" onClick={() => onRestore(entry)} aria-label={`Restore: “${entry.name}”`}>
            Restore
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            onClick={() => onDeleteForever(entry)}
            aria-label={`Delete forever: “${entry.name}”`}
          >
            Delete forever
          </Button>
        </Group>
      )}
      testId="trash-list"
      rowTestId="trash-row"
      aria-label="Deleted plans"
    />
  );
}
