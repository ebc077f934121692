import { Anchor, Stack } from '@mantine/core';
import { Link, Navigate, useParams } from 'react-router';
import { AppFrame } from '../../components/AppFrame';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingPanel } from '../../components/LoadingPanel';
import { useElapsed } from '../../lib/useElapsed';
import { OpenPlanView } from './OpenPlanView';
import { PlanSessionContext } from './plan-context';
import { isPlanSection, planPath } from './sections';
import { useOpenPlan, type OpenPlan } from './useOpenPlan';

/** How long opening a plan may take before it says so. */
const QUIET_LOADING_MS = 200;

/** `/plans/:planId/:section`: loads the plan, then shows the section. */
export function PlanScreen() {
  const { planId = '', section } = useParams();
  const { open, retry } = useOpenPlan(planId);

  if (!isPlanSection(section)) return <Navigate to={planPath(planId)} replace />;
  if (open.status === 'ready') {
    return (
      <PlanSessionContext.Provider value={open.session}>
        <OpenPlanView section={section} />
      </PlanSessionContext.Provider>
    );
  }
  return <PlanNotOpen open={open} retry={retry} />;
}

/**
 * "Opening the plan…", only if opening takes a noticeable while, or why it
 * could not be opened. Its own component, so the quiet-loading timer renders
 * this again, never an open plan's whole screen: in PlanScreen it did, about
 * 480 components once per board load, a fifth of a second after the board.
 */
function PlanNotOpen({ open, retry }: { open: Exclude<OpenPlan, { status: 'ready' }>; retry: () => void }) {
  const slow = useElapsed(QUIET_LOADING_MS);
  if (open.status === 'loading' && !slow) return null;
  return (
    <AppFrame>
      <Stack maw={720} gap="md">
        {open.status === 'loading' ? <LoadingPanel label="Opening the plan…" /> : null}
        {open.status === 'error' ? (
          <ErrorPanel
            title={open.notFound ? 'This plan is not here any more' : 'The plan could not be opened'}
            message={open.message}
            onRetry={retry}
          />
        ) : null}
        <Anchor component={Link} to="/">
          Back to all plans
        </Anchor>
      </Stack>
    </AppFrame>
  );
}
