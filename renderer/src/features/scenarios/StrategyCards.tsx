import { Badge, Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { StrategyComparison } from '@shared/board';
import { formatPoints } from './percent';

interface Props {
  strategies: StrategyComparison;
  locale: string;
}

function Strategy({ title, figure, note, best, testId }: { title: string; figure: string; note: string; best: boolean; testId: string }) {
  return (
    <Card withBorder padding="lg" data-testid={testId} style={best ? { borderColor: 'var(--mantine-color-teal-6)', borderWidth: 2 } : undefined}>
      <Stack gap={6}>
        <Title order={3} size="h4">{title}</Title>
        <Text fz={28} fw={700} lh={1.1}>{figure}</Text>
        <Text size="sm" c="dimmed">{note}</Text>
        {best ? <Badge color="teal" variant="light" styles={{ root: { textTransform: 'none' } }}>The better path on your numbers</Badge> : null}
      </Stack>
    </Card>
  );
}

/** "Call them" against "accept Plan B now", side by side, with the assumptions behind both. */
export function StrategyCards({ strategies: s, locale }: Props) {
  const range = s.callThemRange ? `ends between ${formatPoints(s.callThemRange.worst, locale)} and ${formatPoints(s.callThemRange.best, locale)}` : 'range unknown until a criterion is weighted';
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Strategy
          testId="strategy-call-them"
          title="Call them"
          figure={s.callThemExpected !== null ? `${formatPoints(s.callThemExpected, locale)} expected` : 'Expected score unknown'}
          note={`Weighted score (0–100) where calling leads, weighed by your likelihoods and the small risk to the offer in hand; ${range}.`}
          best={s.better === 'call-them'}
        />
        <Strategy
          testId="strategy-accept-plan-b"
          title={`Accept ${s.acceptNowName} now`}
          figure={s.acceptPlanBNow !== null ? formatPoints(s.acceptPlanBNow, locale) : 'Not scored'}
          note="The best offer in hand, by weighted score (0–100): certain, with no call."
          best={s.better === 'accept-plan-b-now'}
        />
      </SimpleGrid>
      <Text fw={600} data-testid="strategy-summary">{s.summary}</Text>
      <List size="sm" c="dimmed" spacing={2}>
        {s.assumptions.map((a) => <List.Item key={a}>{a}</List.Item>)}
      </List>
    </Stack>
  );
}
