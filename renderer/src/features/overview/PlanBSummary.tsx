import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { planB } from '@shared/plan';
import { formatDeadline } from '../../lib/format';
import { usePlan } from '../plan/usePlan';

/** The offer you hold at a glance: company, role and decision deadline; `onEdit` opens the offer editor. */
export function PlanBSummary({ onEdit }: { onEdit?: () => void }) {
  const offer = usePlan((plan) => planB(plan));
  return (
    <Card withBorder padding="lg" data-testid="plan-b-summary">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h3">
            Plan B: the offer you hold
          </Title>
          {onEdit ? (
            <Button variant="light" size="compact-sm" onClick={onEdit}>
              {offer ? 'Edit offers' : 'Add your offer'}
            </Button>
          ) : null}
        </Group>
        {offer ? (
          <>
            <Group gap="xs">
              <Text fw={600}>{offer.company || 'Company not named yet'}</Text>
              <Text c="dimmed">·</Text>
              <Text>{offer.role || 'Role not named yet'}</Text>
            </Group>
            <Text size="sm">
              <Text span fw={500}>
                Decision deadline:{' '}
              </Text>
              {offer.deadline ? formatDeadline(offer.deadline, offer.deadlineTimeZone) : 'not set yet'}
            </Text>
          </>
        ) : (
          <Text c="dimmed">
            No Plan B offer yet. Leverage needs a real offer: add the one you hold before planning any call.
          </Text>
        )}
      </Stack>
    </Card>
  );
}
