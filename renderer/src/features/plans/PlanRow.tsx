import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import type { PlanSummary } from '@shared/contract';
import { formatShortDate } from '../../lib/format';
import { formatRelativeTime } from '../../lib/relative-time';
import { planPath } from '../plan/sections';
import { FollowUpsBadge } from './FollowUpsBadge';
import { PlanRowMenu } from './PlanRowMenu';

export interface PlanRowProps {
  plan: PlanSummary;
  now: Date;
  onRename: (plan: PlanSummary) => void;
  onDuplicate: (plan: PlanSummary) => void;
  onDelete: (plan: PlanSummary) => void;
}

/** One plan in the list: name (opens it), Plan B, dream roles, last update, actions. */
export function PlanRow({ plan, now, onRename, onDuplicate, onDelete }: PlanRowProps) {
  const navigate = useNavigate();
  const roles = plan.dreamRoleCount === 1 ? '1 dream role' : `${plan.dreamRoleCount} dream roles`;
  return (
    <Table.Tr data-testid="plan-row">
      <Table.Td>
        <Anchor component={Link} to={planPath(plan.id)} fw={600} data-testid="plan-name">
          {plan.name}
        </Anchor>
      </Table.Td>
      <Table.Td>
        {plan.planBCompany ? (
          <>
            <Text size="sm">{plan.planBCompany}</Text>
            {plan.planBDeadline ? (
              <Text size="xs" c="dimmed">
                Deadline {formatShortDate(plan.planBDeadline)}
              </Text>
            ) : null}
          </>
        ) : (
          <Text size="sm" c="dimmed">
            No Plan B yet
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{roles}</Text>
        <FollowUpsBadge due={plan.followUpsDue} />
      </Table.Td>
      <Table.Td>
        <Text size="sm" title={new Date(plan.updatedAt).toLocaleString()}>
          Updated {formatRelativeTime(plan.updatedAt, now)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap" justify="flex-end">
          <Button size="compact-sm" variant="light" onClick={() => navigate(planPath(plan.id))}>
            Open
          </Button>
          <Button size="compact-sm" variant="subtle" onClick={() => onRename(plan)}>
            Rename
          </Button>
          <Button size="compact-sm" variant="subtle" onClick={() => onDuplicate(plan)}>
            Duplicate
          </Button>
          <Button size="compact-sm" variant="subtle" color="red" onClick={() => onDelete(plan)}>
            Delete
          </Button>
          <PlanRowMenu plan={plan} />
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
