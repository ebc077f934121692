import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { LIMITS } from '@shared/limits';
import { usePlan } from '../plan/usePlan';
import { usePlanSession } from '../plan/usePlanSession';
import { DreamRoleCard } from './DreamRoleCard';
import { addDreamRole, newDreamRole } from './plan-edits';

/** Every dream role, in the order they were added (priority is edited on each card). */
export function DreamRolesEditor() {
  const session = usePlanSession();
  const roles = usePlan((plan) => plan.dreamRoles);
  return (
    <Stack gap="lg" data-testid="dream-roles-editor">
      <Text c="dimmed" maw={720}>
        The employers you would rather join than Plan B. For each one: who to call, when they expect to decide, and
        what you will do if they cannot match your deadline.
      </Text>
      {roles.length === 0 ? <Text>No dream roles yet.</Text> : null}
      {roles.map((role) => (
        <DreamRoleCard key={role.id} role={role} />
      ))}
      <Group>
        <Button
          leftSection={<IconPlus size={16} aria-hidden />}
          disabled={roles.length >= LIMITS.dreamRoles}
          onClick={() => session.edit((plan) => addDreamRole(plan, newDreamRole(plan)))}
        >
          Add a dream role
        </Button>
      </Group>
    </Stack>
  );
}
