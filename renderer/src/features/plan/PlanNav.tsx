import { Divider, NavLink, Stack, Text } from '@mantine/core';
import {
  IconArrowLeft,
  IconFileDescription,
  IconLayoutColumns,
  IconMessages,
  IconPhoneCall,
  IconRoute,
  IconWand,
} from '@tabler/icons-react';
import { Link } from 'react-router';
import { BackupsNavLink } from '../backups/BackupsNavLink';
import { usePlan } from './usePlan';
import { usePlanSession } from './usePlanSession';
import { NAV_SECTIONS, planPath, type PlanSection } from './sections';

const ICONS: Record<PlanSection, typeof IconRoute> = {
  overview: IconFileDescription,
  board: IconLayoutColumns,
  scenarios: IconRoute,
  scripts: IconMessages,
  callsheets: IconPhoneCall,
  start: IconWand,
};

/** Sections of the open plan, and the way back to all plans. */
export function PlanNav({ section }: { section: PlanSection }) {
  const { planId } = usePlanSession();
  const name = usePlan((plan) => plan.name);
  return (
    <Stack gap={4} component="nav" aria-label="Plan">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} px="sm">
        Plan
      </Text>
      <Text size="sm" fw={600} px="sm" mb="xs" lineClamp={2} title={name}>
        {name.trim() || 'Untitled plan'}
      </Text>
      {NAV_SECTIONS.map(({ key, label }) => {
        const Icon = ICONS[key];
        return (
          <NavLink
            key={key}
            component={Link}
            to={planPath(planId, key)}
            label={label}
            active={key === section}
            aria-current={key === section ? 'page' : undefined}
            leftSection={<Icon size={18} aria-hidden />}
          />
        );
      })}
      <BackupsNavLink />
      <Divider my="sm" />
      <NavLink component={Link} to="/" label="All plans" leftSection={<IconArrowLeft size={18} aria-hidden />} />
    </Stack>
  );
}
