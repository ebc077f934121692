import { memo } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { LIMITS } from '@shared/limits';
import { usePlan } from '../plan/usePlan';
import { usePlanSession } from '../plan/usePlanSession';
import { DreamRoleCard } from './DreamRoleCard';
import { addDreamRole, newDreamRole } from './plan-edits';

/** Every dream role, in the order they were added (priority is edited on each card). */
export function DreamRolesEditor() {
  const roles = usePlan((plan) => plan.dreamRoles);
  return (
    <Stack gap="lg" data-testid="dream-roles-editor">
      {INTRO}
      {roles.length === 0 ? <Text>No dream roles yet.</Text> : null}
      {roles.map((role) => (
        <DreamRoleCard key={role.id} role={role} />
      ))}
      <AddDreamRole full={roles.length >= LIMITS.dreamRoles} />
    </Stack>
  );
}

// One element for every render: React skips an element it has already rendered, so a keystroke in a card leaves it alone.
const INTRO = (
  <Text c="dimmed" maw={720}>
    The employers you would rather join than Plan B. For each one: who to call, when they expect to decide, and what
    you will do if they cannot match your deadline.
  </Text>
);

const AddDreamRole = memo(function AddDreamRole({ full }: { full: boolean }) {
  const session = usePlanSession();
  return (
    <Group>
      <Button
        leftSection={<IconPlus size={16} aria-hidden />}
        disabled={full}
        onClick={() => session.edit((plan) => addDreamRole(plan, newDreamRole(plan)))}
      >
        Add a dream role
      </Button>
    </Group>
  );
});
