import { useState } from 'react';
import { Spotlight, type SpotlightActionGroupData } from '@mantine/spotlight';
import { IconBolt, IconFileDescription, IconSearch } from '@tabler/icons-react';
import { useLocation, useNavigate } from 'react-router';
import type { PlanSummary } from '@shared/contract';
import type { MenuAction } from '@shared/menu-actions';
import { call } from '../../api/planner';
import { planIdFromPath } from '../../app/plan-route';
import { planPath } from '../plan/sections';
import { ACTION_LABELS, paletteActions } from './palette-actions';

export interface CommandPaletteProps {
  perform: (action: MenuAction) => void;
}

/**
 * Ctrl/Cmd+K: every app action and every plan, searchable by name. The plans
 * are listed afresh each time it opens, so renames and new plans show.
 */
export function CommandPalette({ perform }: CommandPaletteProps) {
  const navigate = useNavigate();
  const planOpen = planIdFromPath(useLocation().pathname) !== null;
  const [plans, setPlans] = useState<PlanSummary[]>([]);

  const groups: SpotlightActionGroupData[] = [
    {
      group: 'Actions',
      actions: paletteActions(planOpen).map((action) => ({
        id: `action-${action}`,
        label: ACTION_LABELS[action].label,
        description: ACTION_LABELS[action].description,
        leftSection: <IconBolt size={18} aria-hidden />,
        onClick: () => perform(action),
      })),
    },
    {
      group: 'Plans',
      actions: plans.map((plan) => ({
        id: `plan-${plan.id}`,
        label: `Open plan ${plan.name}`,
        description: plan.planBCompany ? `Plan B: ${plan.planBCompany}` : 'No Plan B yet',
        keywords: [plan.name, plan.planBCompany ?? ''],
        leftSection: <IconFileDescription size={18} aria-hidden />,
        onClick: () => void navigate(planPath(plan.id)),
      })),
    },
  ];

  return (
    <Spotlight
      actions={groups}
      shortcut={['mod + K']}
      limit={30}
      highlightQuery
      scrollable
      maxHeight={420}
      nothingFound="No action or plan by that name."
      // The dialog's name for screen readers; the header itself is not shown.
      title="Command palette"
      styles={{ header: { display: 'none' } }}
      onSpotlightOpen={() => {
        call('plans:list', {})
          .then(({ plans: list }) => setPlans(list))
          .catch((error: unknown) => console.warn('The palette could not list the plans', error));
      }}
      searchProps={{
        leftSection: <IconSearch size={18} aria-hidden />,
        placeholder: 'Type an action or a plan’s name…',
        'aria-label': 'Search actions and plans',
      }}
    />
  );
}
