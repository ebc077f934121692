import { Anchor, Group, Text } from '@mantine/core';
import { IconClock } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { PlanSummary } from '@shared/contract';
import { recentPlansThatExist } from '@shared/recent-plans';
import { planPath } from '../plan/sections';

export interface RecentPlansProps {
  recentIds: readonly string[];
  plans: readonly PlanSummary[];
}

/** The last few plans opened (in any window); plans since deleted are left out. */
export function RecentPlans({ recentIds, plans }: RecentPlansProps) {
  const recent = recentPlansThatExist(recentIds, plans).slice(0, 5);
  if (recent.length === 0) return null;
  return (
    <Group gap="sm" component="nav" aria-label="Recent plans" data-testid="recent-plans">
      <Group gap={4} wrap="nowrap">
        <IconClock size={16} aria-hidden />
        <Text size="sm" fw={600}>
          Recent
        </Text>
      </Group>
      {recent.map((plan) => (
        // Named apart from the same plan's link in the table below (it contains the visible name).
        <Anchor key={plan.id} component={Link} to={planPath(plan.id)} size="sm" aria-label={`Recent: ${plan.name}`}>
          {plan.name}
        </Anchor>
      ))}
    </Group>
  );
}
