import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { usePlan } from '../plan/usePlan';
import { STAGE_LABELS } from '@shared/board/labels';

/** The roles you would rather have, most wanted first; `onEdit` opens the dream role editor. */
export function DreamRolesSummary({ onEdit }: { onEdit?: () => void }) {
  const roles = usePlan((plan) => plan.dreamRoles);
  const sorted = [...roles].sort((a, b) => a.priority - b.priority);
  return (
    <Card withBorder padding="lg" data-testid="dream-roles-summary">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h3">
            Dream roles
          </Title>
          {onEdit ? (
            <Button variant="light" size="compact-sm" onClick={onEdit}>
              {sorted.length > 0 ? 'Edit dream roles' : 'Add a dream role'}
            </Button>
          ) : null}
        </Group>
        {sorted.length === 0 ? (
          <Text c="dimmed">No dream roles yet: these are the employers you would rather join than Plan B.</Text>
        ) : (
          <Table.ScrollContainer minWidth={420}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Priority</Table.Th>
                  <Table.Th>Company</Table.Th>
                  <Table.Th>Role</Table.Th>
                  <Table.Th>Stage</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sorted.map((role) => (
                  <Table.Tr key={role.id}>
                    <Table.Td>{role.priority}</Table.Td>
                    <Table.Td>{role.company || '—'}</Table.Td>
                    <Table.Td>{role.role || '—'}</Table.Td>
                    <Table.Td>{STAGE_LABELS[role.stage]}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
