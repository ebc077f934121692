import { Card, SimpleGrid, Stack, Tabs, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { CriteriaEditor, DreamRolesEditor, OffersEditor, ScoresGrid } from '../editors';
import { DreamRolesSummary } from './DreamRolesSummary';
import { PlanBSummary } from './PlanBSummary';
import { PlanNameField } from './PlanNameField';
import { SituationCard } from './SituationCard';

/** The overview's tabs; the chosen one is in the URL (`?tab=offers`) so a reload keeps it. */
export const OVERVIEW_TABS = [
  { key: 'situation', label: 'Situation' },
  { key: 'offers', label: 'Plan B and offers' },
  { key: 'roles', label: 'Dream roles' },
  { key: 'criteria', label: 'Criteria and scores' },
] as const;
export type OverviewTab = (typeof OVERVIEW_TABS)[number]['key'];

function isOverviewTab(value: string | null): value is OverviewTab {
  return OVERVIEW_TABS.some((t) => t.key === value);
}

/** The plan at a glance (name, situation, Plan B, dream roles), and the editors behind it. */
export function OverviewSection() {
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: OverviewTab = isOverviewTab(requested) ? requested : 'situation';
  const open = (next: OverviewTab) => setParams(next === 'situation' ? {} : { tab: next }, { replace: true });

  return (
    <Stack gap="lg" maw={1100} data-testid="section-overview">
      <Title order={1}>Overview</Title>
      <Tabs value={tab} onChange={(value) => isOverviewTab(value) && open(value)} keepMounted={false}>
        <Tabs.List mb="lg">
          {OVERVIEW_TABS.map((t) => (
            <Tabs.Tab key={t.key} value={t.key}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="situation">
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <Stack gap="lg">
              <Card withBorder padding="lg">
                <PlanNameField />
              </Card>
              <SituationCard />
            </Stack>
            <Stack gap="lg">
              <PlanBSummary onEdit={() => open('offers')} />
              <DreamRolesSummary onEdit={() => open('roles')} />
            </Stack>
          </SimpleGrid>
        </Tabs.Panel>
        <Tabs.Panel value="offers">
          <OffersEditor />
        </Tabs.Panel>
        <Tabs.Panel value="roles">
          <DreamRolesEditor />
        </Tabs.Panel>
        <Tabs.Panel value="criteria">
          <Stack gap="lg">
            <CriteriaEditor />
            <ScoresGrid />
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
