import type { ReactNode } from 'react';
import { Table } from '@mantine/core';

interface Props<T> {
  items: readonly T[];
  /** Column headings; the actions column after them has no heading. */
  columns: readonly string[];
  itemKey(item: T): string;
  /** One cell per column. */
  cells(item: T): readonly ReactNode[];
  actions(item: T): ReactNode;
  testId: string;
  rowTestId: string;
  'aria-label'?: string;
}

/** A list of dated things (backups, deleted plans), newest first, with the actions for each on its row. */
export function DatedTable<T>({ items, columns, itemKey, cells, actions, testId, rowTestId, 'aria-label': label }: Props<T>) {
  return (
    <Table striped highlightOnHover data-testid={testId} aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column) => (
            <Table.Th key={column}>{column}</Table.Th>
          ))}
          <Table.Th aria-label="Actions" />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr key={itemKey(item)} data-testid={rowTestId}>
            {cells(item).map((cell, i) => (
              <Table.Td key={columns[i] ?? i}>{cell}</Table.Td>
            ))}
            <Table.Td>{actions(item)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
