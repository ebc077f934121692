import { useEffect } from 'react';
import { Group } from '@mantine/core';
import { markAppInteractive } from '../../app/interactive';
import { AppFrame } from '../../components/AppFrame';
import { LazyBoardSection } from '../board/LazyBoardSection';
import { LazyCallsheetsSection } from '../callsheet/LazyCallsheetsSection';
import { OverviewSection } from '../overview/OverviewSection';
import { LazyScenariosSection } from '../scenarios/LazyScenariosSection';
import { ScriptsSection } from '../scripts/ScriptsSection';
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
      {section === 'overview' ? (
        <OverviewSection />
      ) : section === 'board' ? (
        <LazyBoardSection />
      ) : section === 'scenarios' ? (
        <LazyScenariosSection />
      ) : section === 'scripts' ? (
        <ScriptsSection />
      ) : (
        section === 'callsheets' ? <LazyCallsheetsSection /> : <SectionPlaceholder section={section} />
      )}
      <ConflictModal />
    </AppFrame>
  );
}
