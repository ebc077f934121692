import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { Board } from '@shared/board';
import { markPlanB } from '../editors/plan-edits';
import { usePlanSession } from '../plan/usePlanSession';
import { OfferActions } from './OfferActions';
import { ExpiresFirstBadge } from './ExpiresFirstBadge';

/** The offers besides Plan B, each with its deadline, and the Plan B the app suggests (never applied by itself). */
export function OffersInHand({ board }: { board: Board }) {
  const session = usePlanSession();
  const { offers, planBSuggestion } = board.negotiation;
  const others = offers.filter((o) => !o.isPlanB);
  if (others.length === 0 && !planBSuggestion) return null;
  return (
    <Card withBorder padding="lg" data-testid="offers-in-hand">
      <Stack gap="sm">
        <Title order={2} size="h3">Other offers</Title>
        {planBSuggestion ? (
          <Alert color="teal" variant="light" title="Suggested Plan B" data-testid="plan-b-suggestion">
            <Text size="sm">{planBSuggestion.reason}</Text>
            <Button size="compact-sm" mt="xs" onClick={() => session.edit((plan) => markPlanB(plan, planBSuggestion.offerId))}>
              Make {planBSuggestion.company} my Plan B
            </Button>
          </Alert>
        ) : null}
        {others.map((o) => (
          <Stack key={o.offerId} gap={6} data-testid="other-offer" data-offer-id={o.offerId}>
            <Group justify="space-between" gap="xs">
              <Text fw={600}>{o.company}{o.role.trim() ? `, ${o.role.trim()}` : ''}</Text>
              <Group gap={6}>
                <Badge variant="outline" color="gray">{o.form === 'written' ? 'Written' : 'Verbal'}</Badge>
                {o.expiresFirst ? <ExpiresFirstBadge /> : null}
              </Group>
            </Group>
            {o.response === 'open' ? <Text size="sm" data-testid="other-offer-deadline">{o.deadline.label}. {o.deadline.detail.replace(/^Plan B/, 'This offer')}</Text> : null}
            <OfferActions line={o} locale={board.locale} />
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
