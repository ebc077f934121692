import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { planB } from '@shared/plan';
import { usePlan } from '../plan/usePlan';
import type { ScoredOption } from './plan-edits';
import { ScoreCell } from './ScoreCell';

interface Column extends ScoredOption {
  name: string;
  scores: Record<string, number>;
}

/** Rows are criteria, columns are Plan B and every dream role (most wanted first). */
export function ScoresGrid() {
  const criteria = usePlan((plan) => plan.criteria);
  const offer = usePlan((plan) => planB(plan));
  const roles = usePlan((plan) => plan.dreamRoles);
  const columns: Column[] = [
    ...(offer ? [{ kind: 'offer' as const, id: offer.id, name: `Plan B: ${offer.company || 'unnamed offer'}`, scores: offer.scores }] : []),
    ...[...roles]
      .sort((a, b) => a.priority - b.priority)
      .map((r) => ({ kind: 'role' as const, id: r.id, name: r.company || 'Unnamed dream role', scores: r.scores })),
  ];

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="scores-title" data-testid="scores-grid">
      <Stack gap="sm">
        <Title order={3} size="h4" id="scores-title">
          Scores
        </Title>
        <Text size="sm" c="dimmed">
          Score each option from 1 (poor) to 5 (excellent) on each criterion. Leave “–” where you do not know yet: a
          missing score is not counted as zero.
        </Text>
        {columns.length === 0 || criteria.length === 0 ? (
          <Text>Add an offer or a dream role, and at least one criterion, to score them.</Text>
        ) : (
          <Table.ScrollContainer minWidth={200 + columns.length * 140}>
            <Table withColumnBorders verticalSpacing="xs" stickyHeader>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Criterion (weight)</Table.Th>
                  {columns.map((c) => (
                    <Table.Th key={c.id} scope="col">
                      {c.name}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {criteria.map((criterion) => (
                  <Table.Tr key={criterion.id}>
                    <Table.Th scope="row" fw={500}>
                      {criterion.name} ({criterion.weight})
                    </Table.Th>
                    {columns.map((c) => (
                      <Table.Td key={c.id}>
                        <ScoreCell
                          option={c}
                          criterionId={criterion.id}
                          score={c.scores[criterion.id]}
                          label={`${criterion.name} score for ${c.name}`}
                        />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
