import { useEffect } from 'react';
import { Group } from '@mantine/core';
import { markAppInteractive } from '../../app/interactive';
import { AppFrame } from '../../components/AppFrame';
import { OverviewSection } from '../overview/OverviewSection';
import { ConflictModal } from './ConflictModal';
import { PlanNav } from './PlanNav';
import { SaveStateBadge } from './SaveStateBadge';
import { SectionPlaceholder } from './SectionPlaceholder';
import type { PlanSection } from './sections';
import { UndoRedoButtons } from './UndoRedoButtons';
import { useUndoShortcuts } from './useUndoShortcuts';

/** An open plan: navigation, save state, undo/redo and the chosen section. */
export function OpenPlanView({ section }: { section: PlanSection }) {
  useUndoShortcuts();
  useEffect(() => markAppInteractive(), []);

  return (
    <AppFrame
      navbar={<PlanNav section={section} />}
      headerActions={
        <Group gap="sm" wrap="nowrap">
          <SaveStateBadge />
          <UndoRedoButtons />
        </Group>
      }
    >
      {section === 'overview' ? <OverviewSection /> : <SectionPlaceholder section={section} />}
      <ConflictModal />
    </AppFrame>
  );
}
