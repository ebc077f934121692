import { memo, lazy, Suspense, useState } from 'react';
import { Button } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { LoadingPanel } from '../../components/LoadingPanel';
import { Drawer } from '../../components/dialogs';

// The editors are their own code: load them when first wanted (a hover or
// focus on the button starts it), not with the board.
const loadEditor = () => import('./PlanBEditor');
const PlanBEditor = lazy(() => loadEditor().then((m) => ({ default: m.PlanBEditor })));

/**
 * "Edit Plan B" on the board: the offer's editor in a side drawer without a
 * backdrop, so the board stays in view and its figures update as you type.
 */
export const EditPlanBButton = memo(function EditPlanBButton({ company }: { company: string }) {
  const [opened, setOpened] = useState(false);
  const preload = () => void loadEditor().catch(() => undefined);
  return (
    <>
      <Button
        variant="light"
        size="compact-sm"
        leftSection={<IconPencil size={14} aria-hidden />}
        onClick={() => setOpened(true)}
        onPointerEnter={preload}
        onFocus={preload}
        aria-label={`Edit Plan B: ${company}`}
      >
        Edit
      </Button>
      <Drawer
        opened={opened}
        onClose={() => setOpened(false)}
        position="right"
        size="34rem"
        withOverlay={false}
        lockScroll={false}
        shadow="xl"
        // No backdrop: a border keeps the drawer apart from the board in both themes.
        styles={{ content: { borderLeft: '1px solid var(--mantine-color-default-border)' } }}
        title="Edit Plan B"
        data-testid="plan-b-drawer"
      >
        <Suspense fallback={<LoadingPanel label="Opening the editor…" />}>
          <PlanBEditor />
        </Suspense>
      </Drawer>
    </>
  );
});
