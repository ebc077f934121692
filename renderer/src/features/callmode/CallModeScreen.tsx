import { Anchor, Container, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingPanel } from '../../components/LoadingPanel';
import { PlanSessionContext } from '../plan/plan-context';
import { SectionBoundary } from '../plan/SectionBoundary';
import { useOpenPlan } from '../plan/useOpenPlan';
import { CallModeView } from './CallModeView';

/**
 * `/plans/:planId/call/:roleId`: call mode, the screen kept open on the
 * phone. No plan navigation around it on purpose: the call is the only
 * thing on screen. `roleId` may be `next`: the first role in the call order.
 */
export function CallModeScreen() {
  const { planId = '', roleId = 'next' } = useParams();
  const { open, retry } = useOpenPlan(planId);
  if (open.status === 'ready') {
    return (
      <PlanSessionContext.Provider value={open.session}>
        <SectionBoundary section="board">
          <CallModeView planId={planId} roleParam={roleId} />
        </SectionBoundary>
      </PlanSessionContext.Provider>
    );
  }
  return (
    <Container size="sm" py="xl">
      <Stack gap="md">
        {open.status === 'loading' ? <LoadingPanel label="Opening call mode…" /> : null}
        {open.status === 'error' ? (
          <ErrorPanel title={open.notFound ? 'This plan is not here any more' : 'The plan could not be opened'} message={open.message} onRetry={retry} />
        ) : null}
        <Anchor component={Link} to="/">
          Back to all plans
        </Anchor>
      </Stack>
    </Container>
  );
}
