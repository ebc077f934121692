import { Card, Stack, Text, Title } from '@mantine/core';
import { CreatePlanButtons } from './CreatePlanButtons';

/** First run (or everything deleted): what a plan is, and how to start one. */
export function EmptyPlans() {
  return (
    <Card withBorder padding="xl" data-testid="plans-empty">
      <Stack gap="md" align="flex-start">
        <Title order={2}>No plans yet</Title>
        <Text>
          A plan is one job-search decision: the offer you hold (your Plan B) and the roles you would rather have (your
          dream roles). Bird in Hand helps you use that offer, honestly, to ask those employers to move faster, and to
          be ready for whatever they answer.
        </Text>
        <Text c="dimmed" size="sm">
          Start from the sample plan to see a filled-in example, or start a blank plan for your own search. Everything
          stays on this computer.
        </Text>
        <CreatePlanButtons />
      </Stack>
    </Card>
  );
}
