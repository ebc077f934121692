import { Table, Text } from '@mantine/core';
import type { PayChart } from '@shared/board';
import { capitalise } from './pay-chart-colors';

/** The chart's figures as a table: each option's years part by part, its totals and 4-year average. */
export function PayChartTable({ chart }: { chart: PayChart }) {
  return (
    <Table withTableBorder withColumnBorders captionSide="top" verticalSpacing={4} fz="sm" data-testid="pay-chart-table">
      <Table.Caption>Pay over four years in {chart.currency}, part by part</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Option</Table.Th>
          <Table.Th scope="col">Year</Table.Th>
          {chart.parts.map((p) => <Table.Th key={p.key} scope="col">{capitalise(p.label)}</Table.Th>)}
          <Table.Th scope="col">Total</Table.Th>
        </Table.Tr>
      </Table.Thead>
      {chart.options.map((o) => (
        // A heavier rule between options: each group is one option's five rows.
        <Table.Tbody key={o.id} data-option={o.id} style={{ borderTop: '2px solid var(--mantine-color-default-border)' }}>
          {[...o.partTexts, o.averagePartTexts].map((parts, i) => (
            <Table.Tr key={i} data-year={i < 4 ? i + 1 : 'average'}>
              {i === 0 ? (
                <Table.Th scope="rowgroup" rowSpan={5}>
                  {o.name}
                  {o.rateNote ? <Text size="xs" c="dimmed" fw={400}>{o.rateNote}</Text> : null}
                </Table.Th>
              ) : null}
              <Table.Th scope="row" fw={500}>{i < 4 ? `Year ${i + 1}` : '4-year average'}</Table.Th>
              {parts.map((t, j) => <Table.Td key={chart.parts[j]?.key ?? j}>{t}</Table.Td>)}
              <Table.Td fw={600}>{i < 4 ? o.yearTexts[i] : o.averageText}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      ))}
    </Table>
  );
}
