import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useHotkeys, type HotkeyItem } from '@mantine/hooks';
import { useNavigate } from 'react-router';
import type { AppInfo } from '@shared/contract';
import { useInPageReminders } from '../features/calendar/useInPageReminders';
import { CommandPalette } from '../features/palette/CommandPalette';
import { askOnClash } from '../features/plans/ask-on-clash';
import { importPlanFile } from '../features/plans/import-export';
import { planPath } from '../features/plan/sections';
import { ShortcutsSheet } from '../features/shortcuts/ShortcutsSheet';
import { DesktopUiContext, type DesktopUi } from './desktop-ui';
import { useAppActions } from './useAppActions';
import { useMenuActions } from './useMenuActions';
import { useAppInfo } from './useAppInfo';

/** Inside the router: the command palette, the shortcuts sheet, the import picker and the menu wiring. */
export function DesktopLayer({ children }: { children: ReactNode }) {
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  const ui = useMemo<DesktopUi>(
    () => ({ showShortcuts: () => setShortcutsOpen(true), importPlan: () => picker.current?.click() }),
    [],
  );
  return (
    <DesktopUiContext.Provider value={ui}>
      {children}
      <Wiring shortcutsOpen={shortcutsOpen} onCloseShortcuts={() => setShortcutsOpen(false)} picker={picker} />
    </DesktopUiContext.Provider>
  );
}

interface WiringProps {
  shortcutsOpen: boolean;
  onCloseShortcuts: () => void;
  picker: React.RefObject<HTMLInputElement | null>;
}

function Wiring({ shortcutsOpen, onCloseShortcuts, picker }: WiringProps) {
  useMenuActions();
  const perform = useAppActions();
  const navigate = useNavigate();
  const info: AppInfo | null = useAppInfo();
  const desktop = info?.transport === 'electron';
  useInPageReminders(info?.transport === 'web');
  // In the desktop app the native menu owns these keys; these are for the browser
  // and for keys the menu does not register (`?`). Opening twice is harmless.
  const hotkeys: HotkeyItem[] = [
    ['shift+?', () => perform('show-shortcuts')],
    ['mod+/', () => perform('show-shortcuts')],
  ];
  if (!desktop) hotkeys.push(['mod+shift+L', () => perform('toggle-theme')]);
  useHotkeys(hotkeys);

  return (
    <>
      <CommandPalette perform={perform} />
      <ShortcutsSheet opened={shortcutsOpen} onClose={onCloseShortcuts} mac={info?.platform === 'darwin'} desktop={desktop} />
      <input
        ref={picker}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Plan file to import"
        data-testid="import-plan-input"
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          input.value = ''; // picking the same file again still imports
          if (file) void importPlanFile(file, askOnClash).then((plan) => plan && navigate(planPath(plan.id)));
        }}
      />
    </>
  );
}
