import { memo } from 'react';
import { Badge, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { formatDateTime, ordinal, type RoleCard } from '@shared/board';
import { StartCallButton } from '../callmode/StartCallButton';
import { AutoGrid } from './AutoGrid';
import { cardPart, type CardPartProps } from './card-part';
import { ContactLine } from './ContactLine';
import { Figure } from './Figure';
import { FitLine } from './FitLine';
import { ReadinessChecklist } from './ReadinessChecklist';
import { RoleFigures } from './RoleFigures';
import { RoleNegotiation } from '../negotiation/RoleNegotiation';
import { offscreenCard } from '../../components/offscreen';

interface Props {
  role: RoleCard;
  currency: string;
  locale: string;
}

/**
 * One dream role on the board: where it stands, how it compares with Plan B,
 * and what to do next. Its parts render only when what they show changed
 * (card-part.ts).
 */
export const RoleCardView = memo(function RoleCardView({ role, currency, locale }: Props) {
  const headingId = `role-heading-${role.roleId}`;
  return (
    <Card withBorder padding="lg" component="article" aria-labelledby={headingId} data-testid="role-card" data-role-id={role.roleId} {...offscreenCard(950)}>
      <Stack gap="sm">
        <RoleHeading role={role} headingId={headingId} />
        <WhoAndWhen role={role} locale={locale} />
        <Divider />
        <RoleFigures role={role} currency={currency} locale={locale} />
        <Divider />
        {role.callReadinessNeeded ? <ReadinessChecklist readiness={role.readiness} /> : null}
        <RoleCallFigures role={role} locale={locale} />
        <RoleNegotiation role={role} />
        <NextStep role={role} />
        <Group justify="flex-end">
          <StartCallButton roleId={role.roleId} name={role.name} />
        </Group>
      </Stack>
    </Card>
  );
});

const HEADING = ['callPosition', 'name', 'role', 'stageLabel', 'callBy', 'overdue', 'callReason'] as const;

const RoleHeading = cardPart(HEADING, function RoleHeading({ role: card, headingId }: CardPartProps<typeof HEADING, { headingId: string }>) {
  const { callPosition, callBy } = card;
  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={2} miw={0}>
          <Title order={3} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
            {callPosition !== null ? `${callPosition}. ` : ''}
            {card.name}
          </Title>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>{card.role.trim() || 'Role not recorded'}</Text>
        </Stack>
        <Stack gap={4} align="flex-end" style={{ flexShrink: 0 }}>
          <Badge variant="filled" color={callPosition !== null ? 'indigo' : 'gray'}>
            {callPosition !== null ? `Call ${ordinal(callPosition)}` : 'No call needed'}
          </Badge>
          <Badge variant="outline" color="gray" styles={{ root: { textTransform: 'none' } }}>
            {card.stageLabel}
          </Badge>
          {callBy.state !== 'none' ? (
            <Badge variant="light" color={callBy.state === 'upcoming' ? 'gray' : 'red'} styles={{ root: { textTransform: 'none' } }} data-testid="call-by" data-state={callBy.state}>
              {callBy.label}
            </Badge>
          ) : null}
          {card.overdue ? (
            <Badge variant="light" color="orange" styles={{ root: { textTransform: 'none' } }} data-testid="overdue">Overdue: follow up</Badge>
          ) : null}
        </Stack>
      </Group>
      <Text size="sm" c="dimmed" data-testid="call-reason">{card.callReason}</Text>
    </>
  );
});

const WHO_AND_WHEN = ['contact', 'phone', 'contactReason', 'fit', 'expectedDecisionOn', 'timelineStated', 'expectedDecisionChanges'] as const;

/** Who to call and how their timeline fits. */
const WhoAndWhen = cardPart(WHO_AND_WHEN, function WhoAndWhen({ role, locale }: CardPartProps<typeof WHO_AND_WHEN, { locale: string }>) {
  return (
    <AutoGrid min="14rem">
      <ContactLine contact={role.contact} phone={role.phone} contactReason={role.contactReason} />
      <FitLine fit={role.fit} expectedDecisionOn={role.expectedDecisionOn} timelineStated={role.timelineStated} expectedDecisionChanges={role.expectedDecisionChanges} locale={locale} />
    </AutoGrid>
  );
});

const CALL_FIGURES = ['callReadinessNeeded', 'readiness', 'walkAwayLabel', 'outcomeLabel', 'latestCall'] as const;

/** The walk-away answer, when the call needs one, and the latest call. */
const RoleCallFigures = cardPart(CALL_FIGURES, function RoleCallFigures({ role, locale }: CardPartProps<typeof CALL_FIGURES, { locale: string }>) {
  const call = role.latestCall;
  return (
    <AutoGrid min="14rem">
      {role.callReadinessNeeded && role.readiness.items.some((i) => i.key === 'walk-away' && i.applies) ? (
        <Figure label="If they cannot match my timeline" testId="walk-away">{role.walkAwayLabel}</Figure>
      ) : null}
      <Figure label="Latest call" testId="latest-call">
        {role.outcomeLabel ?? 'Not called yet'}
        {call ? (
          <Text size="xs" c="dimmed" fw={400}>
            {formatDateTime(new Date(call.at), Intl.DateTimeFormat().resolvedOptions().timeZone, locale)}
            {call.timingSaid.trim() ? `: “${call.timingSaid.trim()}”` : ''}
          </Text>
        ) : null}
      </Figure>
    </AutoGrid>
  );
});

const NEXT_STEP = ['nextStep'] as const;

const NextStep = cardPart(NEXT_STEP, function NextStep({ role }: CardPartProps<typeof NEXT_STEP>) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" data-testid="next-step">
      <IconArrowRight size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
      <Text size="sm" fw={600}>Next step: <Text span size="sm" fw={400}>{role.nextStep}</Text></Text>
    </Group>
  );
});
