import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ScenarioAnalysis } from '@shared/board';
import { editorPath } from '../board/fix-links';
import { usePlanSession } from '../plan/usePlanSession';

/** Why there are no scenarios to show, and where to fix it. */
export function ScenarioStatusNotice({ analysis }: { analysis: ScenarioAnalysis }) {
  const { planId } = usePlanSession();
  const noPlanB = analysis.status === 'no-plan-b';
  return (
    <Alert
      color={noPlanB ? 'red' : 'blue'}
      variant="light"
      icon={<IconInfoCircle aria-hidden />}
      title={noPlanB ? 'No Plan B, so nothing to weigh yet' : 'No dream role to call'}
      data-testid="scenarios-status"
      data-status={analysis.status}
    >
      <Stack gap="xs">
        <Text size="sm">{analysis.reason}</Text>
        <Anchor component={Link} to={editorPath(planId, noPlanB ? 'offers' : 'roles')} size="sm">
          {noPlanB ? 'Record the offer you hold in the overview' : 'Add or reopen dream roles in the overview'}
        </Anchor>
      </Stack>
    </Alert>
  );
}
