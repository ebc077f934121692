import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { IconFilePlus, IconSparkles } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { newPlanPath } from '../plan/sections';
import { createPlan } from './plan-actions';

/** "New blank plan" and "Start from the sample plan"; each opens the new plan. */
export function CreatePlanButtons() {
  const navigate = useNavigate();
  const [busy, setBusy] = useState<'blank' | 'sample' | null>(null);

  const create = async (from: 'blank' | 'sample') => {
    setBusy(from);
    const plan = await createPlan(from);
    setBusy(null);
    if (plan) navigate(newPlanPath(plan.id, from));
  };

  return (
    <Group gap="sm">
      <Button
        leftSection={<IconFilePlus size={18} aria-hidden />}
        loading={busy === 'blank'}
        disabled={busy !== null}
        onClick={() => void create('blank')}
      >
        New blank plan
      </Button>
      <Button
        variant="light"
        leftSection={<IconSparkles size={18} aria-hidden />}
        loading={busy === 'sample'}
        disabled={busy !== null}
        onClick={() => void create('sample')}
      >
        Start from the sample plan
      </Button>
    </Group>
  );
}
