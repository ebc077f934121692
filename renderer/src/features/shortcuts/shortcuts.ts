/**
 * Every keyboard shortcut, in one list: the shortcuts sheet shows it, and the
 * native menu (electron/main/menu.ts) uses the same keys. `desktopOnly`
 * shortcuts belong to the native menu; in a browser they are the browser's.
 */
export interface Shortcut {
  /** Key names joined with +; `Mod` is Ctrl, or ⌘ on macOS. */
  keys: string;
  what: string;
  group: 'Plans' | 'Editing' | 'Moving around' | 'Help';
  desktopOnly?: boolean;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: 'Mod+N', what: 'New plan', group: 'Plans', desktopOnly: true },
  { keys: 'Mod+O', what: 'Open a plan (command palette)', group: 'Plans', desktopOnly: true },
  { keys: 'Mod+Shift+O', what: 'Import a plan file', group: 'Plans', desktopOnly: true },
  { keys: 'Mod+Shift+E', what: 'Export the open plan', group: 'Plans', desktopOnly: true },
  { keys: 'Mod+W', what: 'Close the window', group: 'Plans', desktopOnly: true },
  { keys: 'Mod+Z', what: 'Undo (typing in a field, otherwise the last change to the plan)', group: 'Editing' },
  { keys: 'Mod+Shift+Z', what: 'Redo (also Ctrl+Y on Windows and Linux)', group: 'Editing' },
  { keys: 'Mod+F', what: 'Find a plan or an action', group: 'Editing', desktopOnly: true },
  { keys: 'Mod+K', what: 'Command palette', group: 'Moving around' },
  { keys: 'Mod+1', what: 'Board', group: 'Moving around', desktopOnly: true },
  { keys: 'Mod+2', what: 'Scenarios', group: 'Moving around', desktopOnly: true },
  { keys: 'Mod+3', what: 'Scripts', group: 'Moving around', desktopOnly: true },
  { keys: 'Mod+4', what: 'Call sheets', group: 'Moving around', desktopOnly: true },
  { keys: 'Mod+Shift+K', what: 'Call mode: the next call in your call order', group: 'Moving around', desktopOnly: true },
  { keys: '1, 2, 3', what: 'In call mode: their answer (Alt+1, 2, 3 while typing); Mod+Enter ends the call', group: 'Moving around' },
  { keys: 'Mod+Shift+L', what: 'Switch between the light and dark theme', group: 'Moving around' },
  { keys: 'Mod+Plus', what: 'Zoom in (the same with - zooms out, with 0 back to actual size)', group: 'Moving around', desktopOnly: true },
  { keys: 'Tab', what: 'Move to the next control (Shift+Tab: the previous one)', group: 'Moving around' },
  { keys: '?', what: 'This list of shortcuts (also Mod+/)', group: 'Help' },
  { keys: 'Escape', what: 'Close a dialog or the command palette', group: 'Help' },
];

/** The keys as this platform names them: ⌘ on macOS, Ctrl elsewhere. */
export function keysFor(keys: string, mac: boolean): string[] {
  return keys.split('+').map((key) => (key === 'Mod' ? (mac ? '⌘' : 'Ctrl') : key === 'Shift' && mac ? '⇧' : key));
}
