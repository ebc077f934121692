import { useMemo } from 'react';
import { Button, Group, Paper, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import { boardIsStarting, nextMissingFact } from '@shared/guided/next-fact';
import { usePlan } from '../plan/usePlan';
import { usePlanSession } from '../plan/usePlanSession';
import { guidedPath, stepOfFact } from './guided-steps';

/**
 * On an empty board, the one fact the plan most needs next, with the way to
 * add it (the guided start, at its step), instead of a list of every gap.
 */
export function NextFactPrompt() {
  const { planId } = usePlanSession();
  const offers = usePlan((plan) => plan.offers);
  const dreamRoles = usePlan((plan) => plan.dreamRoles);
  const fact = useMemo(() => (boardIsStarting({ offers, dreamRoles }) ? nextMissingFact({ offers, dreamRoles }) : null), [offers, dreamRoles]);
  if (!fact) return null;
  const blank = offers.length === 0 && dreamRoles.length === 0;
  return (
    <Paper withBorder p="md" radius="md" data-testid="next-fact" aria-label="What the plan needs next" component="section">
      <Group justify="space-between" gap="sm">
        <Text>
          <Text span fw={700}>
            Next:{' '}
          </Text>
          {fact.text}
        </Text>
        <Button component={Link} to={guidedPath(planId, stepOfFact(fact.key))} rightSection={<IconArrowRight size={16} aria-hidden />}>
          {blank ? 'Start the guided start' : 'Add it'}
        </Button>
      </Group>
    </Paper>
  );
}
