import { useMemo } from 'react';
import { Alert, List } from '@mantine/core';
import { IconBellRinging } from '@tabler/icons-react';
import { dueFollowUps } from '@shared/scripts/follow-ups';
import { formatCalendarDate } from '../../lib/format';
import { useDeferredPlan } from '../plan/useDeferredPlan';

/** Follow-ups due today or overdue, from each role's latest call. Nothing due: nothing shown. */
export function FollowUpsDue() {
  // Deferred and memoized: a keystroke elsewhere in the plan paints before this list is looked at again.
  const { dreamRoles } = useDeferredPlan();
  const due = useMemo(() => dueFollowUps({ dreamRoles }, new Date()), [dreamRoles]);
  if (!due.length) return null;
  return (
    <Alert color="indigo" icon={<IconBellRinging size={20} aria-hidden />} title="Follow-ups due" data-testid="follow-ups-due">
      <List size="sm" spacing={4}>
        {due.map((d) => (
          <List.Item key={d.callId}>
            <b>{d.company || 'Unnamed company'}</b>:{' '}
            {d.daysOverdue === 0 ? 'due today' : `${d.daysOverdue} day${d.daysOverdue > 1 ? 's' : ''} overdue (${formatCalendarDate(d.followUpOn)})`}
            {d.nextStep ? ` · ${d.nextStep}` : ''}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
