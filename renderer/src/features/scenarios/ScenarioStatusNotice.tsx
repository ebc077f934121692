import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ScenarioAnalysis } from '@shared/board';
import { editorPath } from '../board/fix-links';
import { usePlanSession } from '../plan/usePlanSession';

const COPY: Record<Exclude<ScenarioAnalysis['status'], 'ok'>, { title: string; link: string; to: 'offers' | 'roles'; color: string }> = {
  'no-offer': { title: 'No offer held, so nothing to weigh yet', link: 'Record the offer you hold in the overview', to: 'offers', color: 'red' },
  'plan-b-lapsed': { title: 'Plan B has lapsed', link: 'Record a new deadline on the Plan B offer', to: 'offers', color: 'red' },
  'nothing-to-call': { title: 'No dream role to call', link: 'Add or reopen dream roles in the overview', to: 'roles', color: 'blue' },
};

/** Why there are no scenarios to show, and where to fix it. */
export function ScenarioStatusNotice({ analysis }: { analysis: ScenarioAnalysis }) {
  const { planId } = usePlanSession();
  const copy = COPY[analysis.status === 'ok' ? 'nothing-to-call' : analysis.status];
  return (
    <Alert color={copy.color} variant="light" icon={<IconInfoCircle aria-hidden />} title={copy.title} data-testid="scenarios-status" data-status={analysis.status}>
      <Stack gap="xs">
        <Text size="sm">{analysis.reason}</Text>
        <Anchor component={Link} to={editorPath(planId, copy.to)} size="sm">{copy.link}</Anchor>
      </Stack>
    </Alert>
  );
}
