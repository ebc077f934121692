import { useMemo, useState } from 'react';
import { Alert, Card, Grid, Stack, Text, Title } from '@mantine/core';
import { callsNewestFirst, correctCall, deleteCall, latestOutcome, logCall } from '@shared/scripts/call-log';
import { compensationTotals, moneyContext } from '@shared/board';
import { moneyDisplay } from '@shared/board/board';
import { userLocale } from '../board/user-locale';
import type { DreamRole, Plan } from '@shared/plan';
import { RecordRoleOffer } from '../negotiation/RecordRoleOffer';
import { STAGE_LABELS } from '@shared/board/labels';
import { usePlan } from '../plan/usePlan';
import { usePlanSession } from '../plan/usePlanSession';
import { RoleSelect } from '../scripts/RoleSelect';
import { callFromValues, emptyCallValues } from './call-form-values';
import { loadCallLogDraft, removeCallLogDraft, saveCallLogDraft } from './call-log-draft-store';
import { CallForm } from './CallForm';
import { CallRow } from './CallRow';

function estimateText(role: DreamRole, situation: Plan['situation']): string {
  return moneyDisplay(compensationTotals(role.estimatedCompensation, moneyContext({ situation })), userLocale()).firstYear;
}

/** Per dream role: log a call after making it, see and correct earlier calls. */
export function CallLogSection() {
  const session = usePlanSession();
  const roles = usePlan((plan) => plan.dreamRoles);
  const situation = usePlan((plan) => plan.situation);
  const [chosen, setChosen] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const planId = usePlan((plan) => plan.id);
  const role = roles.find((r) => r.id === chosen) ?? [...roles].sort((a, b) => a.priority - b.priority)[0];
  // What was typed for this role and not logged yet, else a fresh call now; read again after each logged call.
  const initial = useMemo(() => (role ? loadCallLogDraft(planId, role.id) : null) ?? emptyCallValues(new Date()), [planId, role?.id, formKey]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!role) return <Text c="dimmed">Add a dream role first: calls are logged per role.</Text>;
  const run = (recipe: Parameters<typeof session.edit>[0]): boolean => {
    try {
      session.edit(recipe);
      setError(null);
      return true;
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      return false;
    }
  };
  const calls = callsNewestFirst(role);
  return (
    <Stack gap="lg" data-testid="call-log">
      <RoleSelect label="Dream role" value={role.id} onChange={setChosen} />
      <Text size="sm">
        Stage: <b data-testid="role-stage">{STAGE_LABELS[role.stage]}</b>. Logging an immediate offer moves the role to “Offer”, a green light closes it.
      </Text>
      {latestOutcome(role) === 'immediate-offer' && !role.offerId && !role.withdrawnOn ? (
        <Alert color="teal" variant="light" title={`${role.company || 'They'} made an offer`} data-testid="call-log-offer">
          <Stack gap="xs">
            <Text size="sm">Record it as one of your offers, so the board, the scripts and the call sheets can lean on it.</Text>
            <RecordRoleOffer roleId={role.id} name={role.company || 'this role'} estimate={estimateText(role, situation)} />
          </Stack>
        </Alert>
      ) : null}
      {error ? (
        <Alert color="red" role="alert" title="The call was not logged">
          {error}
        </Alert>
      ) : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Card withBorder padding="lg">
            <Title order={2} size="h4" mb="sm">
              Log a call with {role.company || 'this role'}
            </Title>
            <CallForm
              key={`${role.id}-${formKey}`}
              initial={initial}
              submitLabel="Log call"
              onValuesChange={(values) => saveCallLogDraft(planId, role.id, values)}
              onSubmit={(values) => {
                // A call that could not be logged stays in the form and in its draft.
                if (!run((plan) => logCall(plan, role.id, callFromValues(values)))) return;
                removeCallLogDraft(planId, role.id);
                setFormKey((k) => k + 1);
              }}
            />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="sm" data-testid="call-list">
            <Title order={2} size="h4">
              Calls ({calls.length})
            </Title>
            {calls.length === 0 ? <Text c="dimmed">No calls logged for this role yet.</Text> : null}
            {calls.map((call) => (
              <CallRow
                key={call.id}
                call={call}
                onCorrect={(input) => run((plan) => correctCall(plan, role.id, call.id, input))}
                onDelete={() => run((plan) => deleteCall(plan, role.id, call.id))}
              />
            ))}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
