import { Button, Group, Table, Text } from '@mantine/core';
import type { TrashEntry } from '@shared/contract';
import { formatTakenAt } from '../backups/backup-labels';

interface Props {
  entries: TrashEntry[];
  onRestore: (entry: TrashEntry) => void;
  onDeleteForever: (entry: TrashEntry) => void;
}

/** The deleted plans, most recent first, each restorable or deletable for good. */
export function TrashTable({ entries, onRestore, onDeleteForever }: Props) {
  return (
    <Table striped highlightOnHover data-testid="trash-list" aria-label="Deleted plans">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Plan</Table.Th>
          <Table.Th>Deleted</Table.Th>
          <Table.Th aria-label="Actions" />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry) => (
          <Table.Tr key={entry.trashId} data-testid="trash-row">
            <Table.Td>
              <Text fw={600}>{entry.name}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{formatTakenAt(entry.deletedAt)}</Text>
            </Table.Td>
            <Table.Td>
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
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
