import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconGitMerge } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { call, errorMessage } from '../../api/planner';
import { queueFieldConflicts } from '../plan/session-registry';
import { planPath } from '../plan/sections';

interface Props {
  planId: string;
  /** The conflict copy's file name in the plans folder. */
  file: string;
  onMerged: () => void;
}

/**
 * Under a sync tool's conflict copy: merges it into its plan, then moves it
 * to the trash. Fields both versions changed are asked about in the plan,
 * side by side, so the plan opens when there are any.
 */
export function MergeOtherVersionButton({ planId, file, onMerged }: Props) {
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();
  const merge = async () => {
    setBusy(true);
    try {
      const { plan, conflicts } = await call('plans:mergeOtherVersion', { planId, file });
      onMerged();
      if (conflicts.length > 0) {
        queueFieldConflicts(planId, conflicts);
        navigate(planPath(planId));
      } else {
        notifications.show({ color: 'teal', title: 'Versions merged', message: `“${plan.name}” now has the changes from both. The other copy is in the trash.` });
      }
    } catch (error) {
      notifications.show({ color: 'red', title: 'The versions were not merged', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Group gap="sm" mt="sm">
      <Button size="xs" variant="default" leftSection={<IconGitMerge size={16} aria-hidden />} loading={busy} onClick={() => void merge()}>
        Merge into the plan
      </Button>
    </Group>
  );
}
