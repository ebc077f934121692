import { Alert, Badge, Button, Card, Group, Spoiler, Stack, Text, Title } from '@mantine/core';
import { formatDate, type Board } from '@shared/board';
import { declineOffer, withdrawFromRole } from '@shared/offers/offer-actions';
import { decisionScriptText } from '@shared/scripts/built-in-text';
import type { DecisionTodo } from '@shared/offers/decision';
import { localToday } from '../editors/time-zones';
import { usePlan } from '../plan/usePlan';
import { useNegotiationAction } from './useNegotiationAction';

/** The plan once an offer is accepted: Decided, and what is left to do, each with its words. */
export function DecidedCard({ board }: { board: Board }) {
  const plan = usePlan((p) => p);
  const act = useNegotiationAction();
  const d = board.negotiation.decision;
  if (!d) return null;
  const now = new Date(board.computedAt);
  const script = (t: DecisionTodo) =>
    t.kind === 'decline-offer'
      ? decisionScriptText('decline-offer', plan, { offer: plan.offers.find((o) => o.id === t.offerId) }, now, { locale: board.locale })
      : decisionScriptText('withdraw', plan, { role: plan.dreamRoles.find((r) => r.id === t.roleId) }, now, { locale: board.locale });
  const done = (t: DecisionTodo) => act((p) => (t.kind === 'decline-offer' ? declineOffer(p, t.offerId, localToday()) : withdrawFromRole(p, t.roleId, localToday())));
  return (
    <Card withBorder padding="lg" data-testid="decided-card">
      <Stack gap="sm">
        <Group gap="xs">
          <Badge size="lg" color="teal" variant="filled">Decided</Badge>
          <Title order={2} size="h3">You accepted {d.offer.company.trim() || 'an offer'}</Title>
        </Group>
        <Text size="sm">
          {d.acceptedOn ? `Accepted on ${formatDate(d.acceptedOn, board.locale)}. ` : ''}
          {d.startDate ? `You start on ${formatDate(d.startDate, board.locale)}.` : 'Record the start date on the offer when it is agreed.'}
        </Text>
        {d.todo.length === 0 ? <Text size="sm" data-testid="decided-nothing-left">Nothing left to do: every other offer is answered and every dream role closed.</Text> : <Text fw={600}>Left to do</Text>}
        {d.todo.map((t) => {
          const words = script(t);
          return (
            <Stack key={t.kind === 'decline-offer' ? t.offerId : t.roleId} gap={4} data-testid="decided-todo" data-kind={t.kind}>
              <Group justify="space-between" gap="xs">
                <Text size="sm">{t.text}</Text>
                <Button size="compact-sm" variant="light" onClick={() => done(t)}>{t.kind === 'decline-offer' ? 'Mark declined' : 'Mark withdrawn'}</Button>
              </Group>
              <Spoiler maxHeight={0} showLabel={`Show “${words.name}”`} hideLabel="Hide the script">
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="decided-script">{words.text}</Text>
              </Spoiler>
            </Stack>
          );
        })}
        {d.cameBack.map((c) => (
          <Alert key={c.roleId} color="blue" title={`${c.company} came back`} data-testid="came-back">
            <Text size="sm">{c.text}</Text>
            <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>{decisionScriptText('started-at-plan-b', plan, { role: plan.dreamRoles.find((r) => r.id === c.roleId) }, now, { locale: board.locale }).text}</Text>
          </Alert>
        ))}
      </Stack>
    </Card>
  );
}
