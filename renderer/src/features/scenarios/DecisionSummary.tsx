import { Table } from '@mantine/core';
import type { ScenarioAnalysis } from '@shared/board';
import { formatLikelihood } from './percent';

/** Where the combinations lead: each decision, how many paths reach it, and how likely it is. */
export function DecisionSummary({ analysis, locale }: { analysis: ScenarioAnalysis; locale: string }) {
  return (
    <Table withTableBorder verticalSpacing="xs" data-testid="decision-summary">
      <Table.Caption>What you would do, over all {analysis.scenarios.length} combinations</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Decision</Table.Th>
          <Table.Th scope="col">Combinations</Table.Th>
          <Table.Th scope="col">Likelihood</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {analysis.byDecision.map((d) => (
          <Table.Tr key={`${d.decision}:${d.label}`}>
            <Table.Td>{d.label}</Table.Td>
            <Table.Td>{d.count}</Table.Td>
            <Table.Td>{formatLikelihood(d.likelihood, locale)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
