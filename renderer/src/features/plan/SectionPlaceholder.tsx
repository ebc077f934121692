import { Card, Stack, Text, Title } from '@mantine/core';
import { PLAN_SECTIONS, type PlanSection } from './sections';

/** What each section not built yet will do, in one sentence. */
const PROMISE: Record<Exclude<PlanSection, 'overview'>, string> = {
  board:
    'Plan B beside every dream role: deadline countdown, timelines, compensation, scores, readiness and call order.',
  scenarios:
    'What happens under each combination of call outcomes, what you will do in each, and which path is best.',
  scripts:
    'Your call scripts, filled with each dream role’s details, with a checklist of the call’s parts and an honesty check.',
  callsheets:
    'A printable call sheet for each dream role, or a whole call pack in call order, to keep in front of you during the call.',
};

export function SectionPlaceholder({ section }: { section: Exclude<PlanSection, 'overview'> }) {
  const label = PLAN_SECTIONS.find((s) => s.key === section)?.label ?? section;
  return (
    <Card withBorder padding="xl" maw={720} data-testid={`section-${section}`}>
      <Stack gap="sm">
        <Title order={1}>{label}</Title>
        <Text>{PROMISE[section]}</Text>
        <Text size="sm" c="dimmed">
          This screen is coming next; your plan is saved and ready for it.
        </Text>
      </Stack>
    </Card>
  );
}
