import { Card, SimpleGrid, Stack, Title } from '@mantine/core';
import { DreamRolesSummary } from './DreamRolesSummary';
import { PlanBSummary } from './PlanBSummary';
import { PlanNameField } from './PlanNameField';
import { SituationCard } from './SituationCard';

/** The plan at a glance: its name, your situation, Plan B and the dream roles. */
export function OverviewSection() {
  return (
    <Stack gap="lg" maw={1100} data-testid="section-overview">
      <Title order={1}>Overview</Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="lg">
          <Card withBorder padding="lg">
            <PlanNameField />
          </Card>
          <SituationCard />
        </Stack>
        <Stack gap="lg">
          <PlanBSummary />
          <DreamRolesSummary />
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
