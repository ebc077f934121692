import { useState } from 'react';
import { Group, Pagination, ScrollArea, Table, Text } from '@mantine/core';
import { OUTCOME_LABELS, type ScenarioAnalysis } from '@shared/board';
import type { Outcome } from '@shared/plan';
import { textColor } from '../board/tones';
import { formatLikelihood } from './percent';

/** Rows per page: 27 is every combination of three called roles. */
export const ROWS_PER_PAGE = 27;
const OUTCOME_COLOR: Record<Outcome, string> = { 'immediate-offer': 'teal', 'non-answer': 'orange', 'green-light': 'indigo' };

interface Props {
  analysis: ScenarioAnalysis;
  names: Map<string, string>;
  locale: string;
}

/** Every combination of call outcomes, the decision it leads to, and its likelihood. */
export function OutcomeCombinationsTable({ analysis, names, locale }: Props) {
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(analysis.scenarios.length / ROWS_PER_PAGE));
  const current = Math.min(page, pages);
  const rows = analysis.scenarios.slice((current - 1) * ROWS_PER_PAGE, current * ROWS_PER_PAGE);
  return (
    <>
      <ScrollArea type="auto">
        <Table striped withTableBorder verticalSpacing="xs" miw={640} data-testid="outcome-combinations">
          <Table.Caption>Each combination of answers from the roles you call, and what you would do</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">#</Table.Th>
              {analysis.calledRoleIds.map((id) => (
                <Table.Th key={id} scope="col" style={{ overflowWrap: 'anywhere' }}>{names.get(id) ?? 'Dream role'}</Table.Th>
              ))}
              <Table.Th scope="col">What you would do</Table.Th>
              <Table.Th scope="col">Likelihood</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((s, i) => (
              <Table.Tr key={s.id} data-decision={s.decision}>
                <Table.Td>{(current - 1) * ROWS_PER_PAGE + i + 1}</Table.Td>
                {s.outcomes.map((o) => (
                  <Table.Td key={o.roleId}>
                    <Text size="sm" fw={500} c={textColor(OUTCOME_COLOR[o.outcome])} data-outcome={o.outcome}>
                      {OUTCOME_LABELS[o.outcome]}
                    </Text>
                  </Table.Td>
                ))}
                <Table.Td>
                  <Text size="sm">{s.description}</Text>
                </Table.Td>
                <Table.Td>{formatLikelihood(s.likelihood, locale)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      {pages > 1 ? (
        <Group justify="space-between" mt="sm">
          <Text size="sm" c="dimmed">
            Combinations {(current - 1) * ROWS_PER_PAGE + 1}–{Math.min(analysis.scenarios.length, current * ROWS_PER_PAGE)} of {analysis.scenarios.length}
          </Text>
          <Pagination total={pages} value={current} onChange={setPage} size="sm" />
        </Group>
      ) : null}
    </>
  );
}
