import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { Link } from 'react-router';
import { roleName } from '@shared/board/labels';
import { useBoard } from '../board/useBoard';
import { callPackRoleIds } from '../callsheet/call-sheet-model';
import { SectionView } from '../plan/section-views';
import { planPath } from '../plan/sections';
import { usePlan } from '../plan/usePlan';
import { usePlanSession } from '../plan/usePlanSession';
import { NoOfferNote } from './NoOfferNote';

/**
 * Step 5, the result: the board of what was entered, with the call sheet of
 * the first call one click away (the first role in call order, else the
 * first role entered).
 */
export function ResultStep({ onBack }: { onBack(): void }) {
  const { planId } = usePlanSession();
  const board = useBoard();
  const roles = usePlan((plan) => plan.dreamRoles);
  const hasOffer = usePlan((plan) => plan.offers.some((o) => o.isPlanB));
  const firstId = callPackRoleIds(board)[0] ?? roles.find((r) => r.stage !== 'closed')?.id;
  const first = roles.find((r) => r.id === firstId);
  return (
    <Stack gap="lg" data-testid="guided-result">
      <Paper withBorder p="lg" radius="md">
        <Stack gap="sm">
          <Title order={2}>Your plan is ready to use</Title>
          <Text c="dimmed">
            Everything you entered is saved. Add the rest (more pay details, scores, notes) whenever you like in the
            overview; nothing on the board needs it before the first call.
          </Text>
          {hasOffer ? null : <NoOfferNote />}
          <Group gap="sm">
            {first ? (
              <Button component={Link} to={`${planPath(planId, 'callsheets')}?sheet=${first.id}`} leftSection={<IconPrinter size={18} aria-hidden />}>
                Print the call sheet for {roleName(first)}
              </Button>
            ) : (
              <Text size="sm">Add an employer you are waiting on to get a call sheet.</Text>
            )}
            <Button variant="default" onClick={onBack}>
              Back to the questions
            </Button>
            <Button variant="subtle" component={Link} to={planPath(planId, 'overview')}>
              Edit everything in the overview
            </Button>
          </Group>
        </Stack>
      </Paper>
      <SectionView section="board" />
    </Stack>
  );
}
