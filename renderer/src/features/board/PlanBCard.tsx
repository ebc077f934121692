import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate, formatScore, type Board } from '@shared/board';
import { usePlanSession } from '../plan/usePlanSession';
import { editorPath } from './fix-links';
import { DeadlineCountdown } from './DeadlineCountdown';
import { EditPlanBButton } from './EditPlanBButton';
import { tintTextColor } from './tones';
import { Figure } from './Figure';
import { ExpiresFirstBadge } from '../negotiation/ExpiresFirstBadge';
import { OfferActions } from '../negotiation/OfferActions';

const LIVEABLE_COLOR = { yes: 'teal', unsure: 'yellow', no: 'red', unanswered: 'gray' } as const;

/** The offer the user holds: who, the countdown, what it pays, and whether they can live with it. */
export function PlanBCard({ board }: { board: Board }) {
  const { planId } = usePlanSession();
  const planB = board.planB;
  if (!planB) {
    return (
      <Card withBorder padding="lg" data-testid="plan-b-card">
        <Stack gap="xs">
          <Title order={2} size="h3">Plan B</Title>
          <Text>No offer is recorded as Plan B yet. {board.deadline.detail}</Text>
          <Anchor component={Link} to={editorPath(planId, 'offers')}>
            Record the offer you hold in the overview
          </Anchor>
        </Stack>
      </Card>
    );
  }
  const line = board.negotiation.offers.find((o) => o.offerId === planB.offerId);
  return (
    <Card withBorder padding="lg" data-testid="plan-b-card" aria-labelledby="plan-b-heading">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2} miw={0}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={700}>Plan B</Text>
            <Title order={2} size="h3" id="plan-b-heading" style={{ overflowWrap: 'anywhere' }}>
              {planB.company.trim() || 'Unnamed offer'}
            </Title>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>{planB.role.trim() || 'Role not recorded'}</Text>
          </Stack>
          <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
            <Badge variant="outline" color="gray">
              {planB.form === 'written' ? 'Written offer' : 'Verbal offer'}
            </Badge>
            <EditPlanBButton company={planB.company.trim() || 'Unnamed offer'} />
          </Group>
        </Group>
        <DeadlineCountdown deadline={planB.deadline} />
        {line?.expiresFirst && board.negotiation.offersInHand > 1 ? <ExpiresFirstBadge /> : null}
        {line ? <OfferActions line={line} locale={board.locale} /> : null}
        <SimpleGrid cols={2} spacing="sm">
          <Figure label="First-year total" testId="plan-b-first-year">{planB.compensationDisplay.firstYear}</Figure>
          <Figure label="Yearly, after year one" testId="plan-b-ongoing">{planB.compensationDisplay.ongoing}</Figure>
          <Figure label="Weighted score">{formatScore(planB.score.score, board.locale)} <Text span size="sm" c="dimmed">of 100</Text></Figure>
          <Figure label="Starts">{planB.startDate ? formatDate(planB.startDate, board.locale) : 'Not recorded'}</Figure>
        </SimpleGrid>
        <Stack gap={4}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>Can I live with it?</Text>
          <Group gap="xs">
            <Badge color={LIVEABLE_COLOR[planB.liveability.answer]} c={tintTextColor(LIVEABLE_COLOR[planB.liveability.answer])} variant="light" styles={{ root: { textTransform: 'none' } }}>
              {planB.liveability.label}
            </Badge>
          </Group>
          {planB.liveability.dealBreakers.trim() ? <Text size="sm">{planB.liveability.dealBreakers}</Text> : null}
        </Stack>
      </Stack>
    </Card>
  );
}
