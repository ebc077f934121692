import { useState } from 'react';
import { Button, Card, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { newId } from '@shared/ids';
import { LIMITS } from '@shared/limits';
import type { Criterion } from '@shared/plan';
import { usePlan } from '../plan/usePlan';
import { usePlanSession } from '../plan/usePlanSession';
import { CriterionRow } from './CriterionRow';
import { addCriterion, removeCriterion } from './plan-edits';
import { showRemovalNotice } from './removal-notice';

/** What matters to the user, and how much: each option is scored against these. */
export function CriteriaEditor() {
  const session = usePlanSession();
  const criteria = usePlan((plan) => plan.criteria);
  const [added, setAdded] = useState<string | null>(null);

  const add = () => {
    const criterion = { id: newId(), name: 'New criterion', weight: 1 };
    session.edit((plan) => addCriterion(plan, criterion));
    setAdded(criterion.id);
  };
  const remove = (criterion: Criterion) => {
    session.edit((plan) => removeCriterion(plan, criterion.id));
    showRemovalNotice(session, 'Criterion removed', `“${criterion.name}” and its scores are gone from every option.`);
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="criteria-title" data-testid="criteria-editor">
      <Stack gap="sm">
        <Title order={3} size="h4" id="criteria-title">
          Criteria and weights
        </Title>
        <Text size="sm" c="dimmed">
          Weights go from 0 (does not matter) to 10 (matters most) and need not add up to anything. Removing a criterion
          removes its scores too; Undo brings them back.
        </Text>
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Criterion</Table.Th>
                <Table.Th colSpan={2}>Weight</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Remove</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {criteria.map((c) => (
                <CriterionRow
                  key={c.id}
                  criterion={c}
                  otherNames={criteria.filter((o) => o.id !== c.id).map((o) => o.name)}
                  autoFocus={c.id === added}
                  onRemove={remove}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <div>
          <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={add} disabled={criteria.length >= LIMITS.criteria}>
            Add a criterion
          </Button>
        </div>
      </Stack>
    </Card>
  );
}
