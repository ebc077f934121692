import { Text } from '@mantine/core';
import { IconBellRinging } from '@tabler/icons-react';
import type { PlanSummary } from '@shared/contract';

/** "2 follow-ups due: Lumen Health (3 days overdue), …" under a plan's roles; nothing when none are due. */
export function FollowUpsBadge({ due }: { due: PlanSummary['followUpsDue'] }) {
  if (!due.length) return null;
  const detail = due
    .map((d) => `${d.company || 'Unnamed company'} (${d.daysOverdue === 0 ? 'due today' : `${d.daysOverdue} day${d.daysOverdue > 1 ? 's' : ''} overdue`})`)
    .join(', ');
  return (
    <Text size="xs" fw={600} data-testid="plan-follow-ups" style={{ display: 'flex', gap: 4, alignItems: 'flex-start' }}>
      <IconBellRinging size={14} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
      <span>
        {due.length === 1 ? '1 follow-up due' : `${due.length} follow-ups due`}: {detail}
      </span>
    </Text>
  );
}
