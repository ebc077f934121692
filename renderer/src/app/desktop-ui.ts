/**
 * The desktop layer's own small state (shortcuts sheet, import picker),
 * reachable from the menu, the palette and hotkeys without prop drilling.
 */
import { createContext, useContext } from 'react';

export interface DesktopUi {
  showShortcuts(): void;
  /** Opens the file picker of "Import plan…". */
  importPlan(): void;
}

export const DesktopUiContext = createContext<DesktopUi>({ showShortcuts: () => {}, importPlan: () => {} });

export function useDesktopUi(): DesktopUi {
  return useContext(DesktopUiContext);
}
