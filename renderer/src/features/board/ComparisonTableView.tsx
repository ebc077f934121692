import { useState } from 'react';
import { Group, Pagination, ScrollArea, Table, Text } from '@mantine/core';
import type { ComparisonTable } from '@shared/board';
import { CELL_COLOR, textColor } from './tones';

/** Dream roles per page of the table, beside Plan B: more would not fit a window. */
export const ROLES_PER_PAGE = 6;

/** Plan B and each dream role side by side; rows are the board's figures. */
export function ComparisonTableView({ table }: { table: ComparisonTable }) {
  const [page, setPage] = useState(1);
  const planB = table.columns[0]?.kind === 'plan-b' ? 1 : 0;
  const roleCount = table.columns.length - planB;
  const pages = Math.max(1, Math.ceil(roleCount / ROLES_PER_PAGE));
  const current = Math.min(page, pages);
  const shown = [
    ...(planB ? [0] : []),
    ...Array.from({ length: Math.min(ROLES_PER_PAGE, roleCount - (current - 1) * ROLES_PER_PAGE) }, (_, i) => planB + (current - 1) * ROLES_PER_PAGE + i),
  ];
  return (
    <>
      <ScrollArea type="auto" data-testid="comparison-table">
        <Table striped withTableBorder withColumnBorders verticalSpacing="xs" miw={320 + shown.length * 150}>
          <Table.Caption>Plan B compared with each dream role, in call order</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={200}>Figure</Table.Th>
              {shown.map((c) => {
                const col = table.columns[c];
                return col ? (
                  <Table.Th key={col.id} scope="col" style={{ overflowWrap: 'anywhere', minWidth: 140 }}>
                    <Text fw={700} size="sm">{col.heading}</Text>
                    {col.subheading ? <Text size="xs" c="dimmed" fw={400}>{col.subheading}</Text> : null}
                  </Table.Th>
                ) : null;
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.rows.map((row) => (
              <Table.Tr key={row.key} data-row={row.key}>
                <Table.Th scope="row" fw={600}>{row.label}</Table.Th>
                {shown.map((c) => {
                  const cell = row.cells[c];
                  const tone = cell ? CELL_COLOR[cell.tone] : undefined;
                  return (
                    <Table.Td key={table.columns[c]?.id ?? c} c={tone === 'dimmed' ? 'dimmed' : tone ? textColor(tone) : undefined} data-tone={cell?.tone}>
                      {cell?.text ?? '—'}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      {pages > 1 ? (
        <Group justify="space-between" mt="sm">
          <Text size="sm" c="dimmed">
            Dream roles {(current - 1) * ROLES_PER_PAGE + 1}–{Math.min(roleCount, current * ROLES_PER_PAGE)} of {roleCount}
          </Text>
          <Pagination total={pages} value={current} onChange={setPage} size="sm" getControlProps={(control) => ({ 'aria-label': `${control} page` })} />
        </Group>
      ) : null}
    </>
  );
}
