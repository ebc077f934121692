import { useEffect, useState } from 'react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { PlanSummary } from '@shared/contract';
import { markAppInteractive } from '../../app/interactive';
import { AppFrame } from '../../components/AppFrame';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingPanel } from '../../components/LoadingPanel';
import { CreatePlanButtons } from './CreatePlanButtons';
import { EmptyPlans } from './EmptyPlans';
import { ImportPlanButton } from './ImportPlanButton';
import { RecentPlans } from './RecentPlans';
import { useRecentPlanIds } from './useRecentPlanIds';
import { useWelcome } from '../welcome/useWelcome';
import { WelcomeCard } from '../welcome/WelcomeCard';
import { deletePlan, duplicatePlan } from './plan-actions';
import { PlansFolderCard } from './PlansFolderCard';
import { PlansTable } from './PlansTable';
import { RenamePlanModal } from './RenamePlanModal';
import { StoreProblems } from './StoreProblems';
import { TodayList } from '../calendar/TodayList';
import { usePlans } from './usePlans';

/** The home screen: every plan on this computer, and ways to start one. */
export function PlansScreen() {
  const { state, reload } = usePlans();
  const [renaming, setRenaming] = useState<PlanSummary | null>(null);
  const { welcome, dismiss } = useWelcome();
  const recentIds = useRecentPlanIds();
  const ready = state.status === 'ready';

  useEffect(() => {
    if (ready) markAppInteractive();
  }, [ready]);

  const hasPlans = state.status === 'ready' && state.plans.length > 0;
  return (
    <AppFrame>
      <Stack gap="lg" maw={1200} mx="auto">
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={1}>Your plans</Title>
            <Text c="dimmed">One plan for each job-search decision: the offer you hold and the roles you prefer.</Text>
          </div>
          <Group gap="sm">
            <Button component={Link} to="/trash" variant="subtle" leftSection={<IconTrash size={18} aria-hidden />}>
              Trash
            </Button>
            <ImportPlanButton />
            {hasPlans ? <CreatePlanButtons /> : null}
          </Group>
        </Group>
        {welcome.show ? <WelcomeCard dataDir={welcome.dataDir} onDone={dismiss} /> : null}
        {state.status === 'ready' ? <RecentPlans recentIds={recentIds} plans={state.plans} /> : null}
        {state.status === 'ready' ? <StoreProblems problems={state.problems} onRestored={reload} /> : null}
        {state.status === 'loading' ? <LoadingPanel label="Loading your plans…" /> : null}
        {state.status === 'error' ? (
          <ErrorPanel title="Your plans could not be listed" message={state.message} onRetry={reload} />
        ) : null}
        {state.status === 'ready' && state.plans.length === 0 ? <EmptyPlans /> : null}
        {hasPlans ? <TodayList /> : null}
        {hasPlans ? (
          <PlansTable
            plans={state.plans}
            onRename={setRenaming}
            onDuplicate={(plan) => void duplicatePlan(plan).then(reload)}
            onDelete={(plan) => void deletePlan(plan, reload).then(reload)}
          />
        ) : null}
        {state.status !== 'loading' && !welcome.show ? <PlansFolderCard /> : null}
      </Stack>
      <RenamePlanModal plan={renaming} onClose={() => setRenaming(null)} onRenamed={reload} />
    </AppFrame>
  );
}
