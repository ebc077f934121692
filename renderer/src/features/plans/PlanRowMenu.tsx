import { ActionIcon, Menu } from '@mantine/core';
import { IconAppWindow, IconDots, IconFileExport } from '@tabler/icons-react';
import type { PlanSummary } from '@shared/contract';
import { exportPlan, openInNewWindow } from './import-export';

/** The less frequent actions of a plan row: export it, open it in its own window. */
export function PlanRowMenu({ plan }: { plan: PlanSummary }) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" size="md" aria-label={`More for ${plan.name}`}>
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconFileExport size={16} aria-hidden />} onClick={() => void exportPlan(plan.id)}>
          Export plan…
        </Menu.Item>
        <Menu.Item leftSection={<IconAppWindow size={16} aria-hidden />} onClick={() => void openInNewWindow(plan.id)}>
          Open in a new window
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
