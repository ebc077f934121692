import { Alert, Anchor, Card, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { userLocale } from '../board/user-locale';
import { editorPath } from '../board/fix-links';
import { tintTextColor } from '../board/tones';
import { usePlanSession } from '../plan/usePlanSession';
import { DecisionSummary } from './DecisionSummary';
import { FlipList } from './FlipList';
import { NegotiationCounts } from './NegotiationCounts';
import { OutcomeCombinationsTable } from './OutcomeCombinationsTable';
import { ScenarioStatusNotice } from './ScenarioStatusNotice';
import { StrategyCards } from './StrategyCards';
import { useScenarios } from './useScenarios';

/** What happens under each combination of call outcomes, and which path is best. */
export function ScenariosSection() {
  const { analysis, names } = useScenarios();
  const { planId } = usePlanSession();
  const locale = userLocale();
  return (
    <Stack gap="lg" maw={1400} data-testid="section-scenarios">
      <Title order={1}>Scenarios</Title>
      <NegotiationCounts />
      {analysis.status !== 'ok' ? (
        <ScenarioStatusNotice analysis={analysis} />
      ) : (
        <>
          {analysis.offersInHand.length > 1 ? (
            <Text size="sm" data-testid="offers-in-hand">
              Offers in hand: {analysis.offersInHand.map((o) => (o.kind === 'plan-b' ? 'Plan B' : `${o.name}'s offer`)).join(', ')}. Every path starts from the best of them.
            </Text>
          ) : null}
          {analysis.likelihoodNotes.length ? (
            <Alert color="yellow" variant="light" title="How your likelihoods were used" styles={{ title: { color: tintTextColor('yellow') } }} data-testid="likelihood-note">
              <List size="sm" spacing={2}>
                {analysis.likelihoodNotes.map((n) => <List.Item key={n}>{n}</List.Item>)}
              </List>
              <Anchor component={Link} to={editorPath(planId, 'roles')} size="sm" underline="always">Set them in the overview</Anchor>
            </Alert>
          ) : null}
          <Stack gap="sm">
            <Title order={2} size="h3">Call them, or accept {analysis.strategies?.acceptNowName ?? 'Plan B'} now?</Title>
            {analysis.strategies ? <StrategyCards strategies={analysis.strategies} locale={locale} /> : null}
          </Stack>
          <Card withBorder padding="lg">
            <Stack gap="sm">
              <Title order={2} size="h3">What would flip it</Title>
              <FlipList flips={analysis.flips} names={names} />
            </Stack>
          </Card>
          <Stack gap="sm">
            <Title order={2} size="h3">Outcome combinations</Title>
            <DecisionSummary analysis={analysis} locale={locale} />
            <OutcomeCombinationsTable analysis={analysis} names={names} locale={locale} />
          </Stack>
          {analysis.leftOut.length ? (
            <Card withBorder padding="lg" data-testid="left-out">
              <Stack gap="xs">
                <Title order={2} size="h3">Not combined</Title>
                <Text size="sm">To keep this screen fast, {analysis.leftOut.length === 1 ? 'one role is' : `${analysis.leftOut.length} roles are`} left out:</Text>
                <List size="sm" spacing={2}>
                  {analysis.leftOut.slice(0, 50).map((l) => (
                    <List.Item key={l.roleId}>{names.get(l.roleId) ?? 'Dream role'}: {l.reason}</List.Item>
                  ))}
                </List>
                {analysis.leftOut.length > 50 ? <Text size="sm" c="dimmed">…and {analysis.leftOut.length - 50} more.</Text> : null}
              </Stack>
            </Card>
          ) : null}
        </>
      )}
    </Stack>
  );
}
