import { useEffect } from 'react';
import { Group } from '@mantine/core';
import { markAppInteractive } from '../../app/interactive';
import { AppFrame } from '../../components/AppFrame';
import { ConflictModal } from './ConflictModal';
import { FieldConflicts } from './FieldConflicts';
import { PlanNav } from './PlanNav';
import { RemoteUpdateNotice } from './RemoteUpdateNotice';
import { SaveStateBadge } from './SaveStateBadge';
import { preloadOtherSections } from './section-chunks';
import { SectionBoundary } from './SectionBoundary';
import { SectionView } from './section-views';
import type { PlanSection } from './sections';
import { UndoRedoButtons } from './UndoRedoButtons';
import { useUndoShortcuts } from './useUndoShortcuts';

/** An open plan: navigation, save state, undo/redo and the chosen section. */
export function OpenPlanView({ section }: { section: PlanSection }) {
  useUndoShortcuts();
  useEffect(() => markAppInteractive(), []);
  // Once the plan is on screen, fetch the other sections' code while idle.
  useEffect(() => preloadOtherSections(section), [section]);

  return (
    <AppFrame
      navbar={<PlanNav section={section} />}
      headerActions={
        <Group gap="sm" wrap="nowrap">
          <RemoteUpdateNotice />
          <SaveStateBadge />
          <UndoRedoButtons />
        </Group>
      }
    >
      <FieldConflicts />
      <SectionBoundary section={section}>
        <SectionView section={section} />
      </SectionBoundary>
      <ConflictModal />
    </AppFrame>
  );
}
