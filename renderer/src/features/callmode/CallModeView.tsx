import { useEffect } from 'react';
import { Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { markAppInteractive } from '../../app/interactive';
import { useBoard } from '../board/useBoard';
import { usePlan } from '../plan/usePlan';
import { planPath } from '../plan/sections';
import { CallInProgress } from './CallInProgress';
import { callModePath } from './open-call-mode';

/** Picks the role to call (`next`: the first in the call order) and shows its call. */
export function CallModeView({ planId, roleParam }: { planId: string; roleParam: string }) {
  useEffect(() => markAppInteractive(), []);
  const board = useBoard();
  const roles = usePlan((plan) => plan.dreamRoles);
  const roleId = roleParam === 'next' ? (board.callOrder.entries[0]?.roleId ?? roles[0]?.id) : roleParam;
  const role = roles.find((r) => r.id === roleId);
  const navigate = useNavigate();
  // `next` becomes the role's own address, so a reload stays on this call even once the call order moves on.
  useEffect(() => {
    if (roleParam === 'next' && role) navigate(callModePath(planId, role.id), { replace: true });
  }, [navigate, planId, role, roleParam]);
  if (!role) {
    return (
      <Container size="sm" py="xl">
        <Stack gap="md">
          <Title order={1} size="h2">
            No call to make here
          </Title>
          <Text>{roles.length ? 'This dream role is not in the plan any more.' : 'Add a dream role first: call mode is for calling one of them.'}</Text>
          <Anchor component={Link} to={planPath(planId, 'board')}>
            Back to the board
          </Anchor>
        </Stack>
      </Container>
    );
  }
  // A new key per role: calling the next role starts its own call, with its own draft.
  return <CallInProgress key={role.id} planId={planId} roleId={role.id} />;
}
