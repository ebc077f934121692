import { Button, Card, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useStore } from 'zustand';
import type { FieldConflict } from '@shared/contract';
import { describePath, describeValue } from '@shared/merge/describe';
import type { Json } from '@shared/merge/three-way';
import { usePlanSession } from './usePlanSession';

const chooseMineLabel = (c: FieldConflict) => (c.source ? 'Use the other version' : 'Use yours');
const keepTheirs = (c: FieldConflict) => (c.source ? 'Keep the plan’s' : 'Keep the other version');

function Side({ label, value }: { label: string; value: FieldConflict['mine'] }) {
  return (
    <Paper withBorder p="sm" radius="sm">
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} lineClamp={8}>
        {describeValue(value)}
      </Text>
    </Paper>
  );
}

/**
 * Fields this window and the other version both changed, after a merge took
 * everything else from both. Each is shown side by side on its own; the
 * plan already holds the other version's value, so keeping it is one click
 * and choosing mine is an ordinary edit (saved, undoable).
 */
export function FieldConflicts() {
  const session = usePlanSession();
  const conflicts = useStore(session.status, (state) => state.fieldConflicts);
  return conflicts.length ? <ConflictList conflicts={conflicts} /> : null;
}

/** Reads the plan (to name each field) only while there are conflicts, so a keystroke elsewhere does not render it. */
function ConflictList({ conflicts }: { conflicts: readonly FieldConflict[] }) {
  const session = usePlanSession();
  const plan = useStore(session.store, (state) => state.plan);
  return (
    <Card withBorder radius="md" mb="md" data-testid="field-conflicts" aria-labelledby="field-conflicts-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="field-conflicts-title">
          {conflicts.length === 1 ? 'One field was changed in both places' : `${conflicts.length} fields were changed in both places`}
        </Title>
        <Text size="sm" c="dimmed">
          Everything else was merged. For each field below, the plan now shows the other version; choose which to keep.
        </Text>
        {conflicts.map((conflict) => {
          const where = describePath(plan as unknown as Json, conflict.path);
          return (
            <Stack key={conflict.path.join('/')} gap={6} data-testid="field-conflict">
              <Text fw={600} size="sm">
                {where}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <Side label={conflict.source ? `The other version (${conflict.source})` : 'Yours (this window)'} value={conflict.mine} />
                <Side label={conflict.source ? 'In the plan now' : 'The other version (in the plan now)'} value={conflict.theirs} />
              </SimpleGrid>
              <Group gap="xs">
                <Button size="compact-sm" variant="light" onClick={() => session.resolveField(conflict, 'mine')} aria-label={`${chooseMineLabel(conflict)} for ${where}`}>
                  {chooseMineLabel(conflict)}
                </Button>
                <Button size="compact-sm" variant="default" onClick={() => session.resolveField(conflict, 'theirs')} aria-label={`${keepTheirs(conflict)} for ${where}`}>
                  {keepTheirs(conflict)}
                </Button>
              </Group>
            </Stack>
          );
        })}
      </Stack>
    </Card>
  );
}
