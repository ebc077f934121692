import { Alert, Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useNavigate } from 'react-router';
import { nextSteps } from '@shared/callmode/end-call';
import type { Call } from '@shared/plan';
import { OUTCOME_LABELS } from '@shared/scripts/call-log';
import { useBoard } from '../board/useBoard';
import { planPath } from '../plan/sections';
import { callModePath } from './open-call-mode';

export type LoggedCall = Omit<Call, 'id'>;

/** The call is in the log: what was written, and the next step (record the offer, the follow-up, the next call). */
export function AfterCall({ planId, roleId, company, logged }: { planId: string; roleId: string; company: string; logged: LoggedCall }) {
  const board = useBoard();
  const navigate = useNavigate();
  const next = board.callOrder.entries.find((e) => e.roleId !== roleId);
  const nextName = next ? (board.roles.find((r) => r.roleId === next.roleId)?.name ?? null) : null;
  const steps = nextSteps(logged, next && nextName ? { roleId: next.roleId, name: nextName } : null, board.locale);
  const board_ = planPath(planId, 'board');
  return (
    <Container size="sm" py="xl" data-testid="after-call">
      <Stack gap="lg">
        <Title order={1}>Call with {company} logged</Title>
        <Alert color="teal" title={OUTCOME_LABELS[logged.outcome]} data-testid="after-call-summary">
          It is in the call log and on the board.{logged.nextStep ? ` Next: ${logged.nextStep}` : ''}
        </Alert>
        <Stack gap="sm" data-testid="after-call-steps">
          {steps.map((step, i) => {
            if (step.kind === 'follow-up') {
              return (
                <Text key={step.kind} fw={600}>
                  {step.label}. Change it in the call log if that day does not suit.
                </Text>
              );
            }
            const to = step.kind === 'call-next' ? callModePath(planId, step.roleId) : board_;
            return (
              <Group key={step.kind}>
                <Button size="lg" variant={i === 0 ? 'filled' : 'default'} onClick={() => navigate(to)} data-autofocus={i === 0 || undefined}>
                  {step.label}
                </Button>
              </Group>
            );
          })}
        </Stack>
      </Stack>
    </Container>
  );
}
