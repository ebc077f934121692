import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { plural } from '@shared/board';
import { cardPart, type CardPartProps } from '../board/card-part';
import { markPlanB, updateRole } from '../editors/plan-edits';
import { usePlan } from '../plan/usePlan';
import { usePlanSession } from '../plan/usePlanSession';
import { RecordRoleOffer } from './RecordRoleOffer';

const percent = (p: number) => `${Math.round(p * 100)} %`;

const SHOWN = ['roleId', 'name', 'stage', 'stageLabel', 'progress', 'latestCall', 'compensationDisplay'] as const;

/** On a role card: how long in this stage, news, warnings, what the latest call suggests, and "Record their offer". */
export const RoleNegotiation = cardPart(SHOWN, function RoleNegotiation({ role }: CardPartProps<typeof SHOWN>) {
  const session = usePlanSession();
  const p = role.progress;
  const isPlanB = usePlan((plan) => plan.offers.some((o) => o.id === p.offerId && o.isPlanB));
  const offerMade = role.stage === 'offer' || role.latestCall?.outcome === 'immediate-offer';
  const s = p.likelihoodSuggestion;
  const accept = () => {
    if (!s) return;
    session.edit((plan) => updateRole(plan, role.roleId, (r) => ({ ...r, likelihoods: { immediateOffer: s.immediateOffer, nonAnswer: s.nonAnswer, greenLight: s.greenLight } })));
  };
  return (
    <Stack gap="xs" data-testid="role-negotiation">
      {p.daysInStage !== null ? <Text size="sm" c="dimmed" data-testid="days-in-stage">{p.daysInStage === 0 ? `${role.stageLabel} since today.` : `${role.stageLabel} for ${plural(p.daysInStage, 'day')}.`}</Text> : null}
      {p.withdrawnOn ? <Text size="sm">You withdrew on {p.withdrawnOn}.</Text> : null}
      {p.noNews ? <Alert color="yellow" variant="light" p="xs" data-testid="no-news">{p.noNews.text}</Alert> : null}
      {p.warnings.map((w) => <Alert key={w} color="orange" variant="light" p="xs" data-testid="role-warning">{w}</Alert>)}
      {s ? (
        <Alert color="blue" variant="light" p="xs" title="Suggested likelihoods" data-testid="likelihood-suggestion">
          <Text size="sm">{s.reason} Suggested: offer now {percent(s.immediateOffer)}, non-answer {percent(s.nonAnswer)}, no {percent(s.greenLight)}.</Text>
          <Button size="compact-xs" mt={4} variant="light" onClick={accept}>Use these likelihoods</Button>
        </Alert>
      ) : null}
      {offerMade && !p.offerId && !p.withdrawnOn ? <Group><RecordRoleOffer roleId={role.roleId} name={role.name} estimate={role.compensationDisplay.firstYear} /></Group> : null}
      {p.offerId ? (
        <Group gap="xs" data-testid="offer-recorded">
          <Text size="sm">{isPlanB ? 'Their offer is your Plan B.' : 'Their offer is recorded with your offers.'}</Text>
          {!isPlanB ? (
            <Button size="compact-xs" variant="light" onClick={() => session.edit((plan) => markPlanB(plan, p.offerId!))} aria-label={`Make this my Plan B: ${role.name}’s offer`}>
              Make this my Plan B
            </Button>
          ) : null}
        </Group>
      ) : null}
    </Stack>
  );
});
