import { Table, VisuallyHidden } from '@mantine/core';
import type { PlanSummary } from '@shared/contract';
import { PlanRow, type PlanRowProps } from './PlanRow';

export interface PlansTableProps extends Omit<PlanRowProps, 'plan' | 'now'> {
  plans: PlanSummary[];
}

/** The plans, newest first (the order `plans:list` gives). */
export function PlansTable({ plans, ...actions }: PlansTableProps) {
  const now = new Date();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table data-testid="plans-list" verticalSpacing="sm" highlightOnHover>
        <Table.Caption>Plans on this computer. Open one by its name.</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Plan</Table.Th>
            <Table.Th>Plan B</Table.Th>
            <Table.Th>Dream roles</Table.Th>
            <Table.Th>Last change</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plans.map((plan) => (
            <PlanRow key={plan.id} plan={plan} now={now} {...actions} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
