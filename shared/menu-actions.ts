/**
 * The app actions a native menu item, the command palette or a keyboard
 * shortcut can ask the page to perform. The menu (main process) sends one of
 * these in the `menu:action` event; the page decides what it means where it
 * is (e.g. `undo` in a text field undoes typing, elsewhere the plan's edit).
 */
import { z } from 'zod';

export const MENU_ACTIONS = [
  'new-plan',
  'open-plan',
  'import-plan',
  'export-plan',
  'export-calendar',
  'print-call-sheet',
  'save-call-sheet-pdf',
  'undo',
  'redo',
  'find',
  'show-board',
  'show-scenarios',
  'show-scripts',
  'show-call-sheets',
  'start-call',
  'toggle-theme',
  'show-shortcuts',
  'command-palette',
] as const;

export const MenuAction = z.enum(MENU_ACTIONS);
export type MenuAction = z.infer<typeof MenuAction>;

/**
 * Actions whose feature is not built yet: the menu shows them disabled and
 * the palette leaves them out, rather than offering something that does
 * nothing. Empty now that call sheets print; kept for the next such feature.
 */
export const PENDING_MENU_ACTIONS: ReadonlySet<MenuAction> = new Set<MenuAction>([]);

/** Actions that only make sense inside an open plan. */
export const PLAN_MENU_ACTIONS: ReadonlySet<MenuAction> = new Set<MenuAction>([
  'export-plan',
  'export-calendar',
  'print-call-sheet',
  'save-call-sheet-pdf',
  'show-board',
  'show-scenarios',
  'show-scripts',
  'show-call-sheets',
  'start-call',
]);

/** The kinds of window whose size and place are remembered separately. */
export const WINDOW_KINDS = ['main', 'plan', 'callsheet'] as const;
export const WindowKind = z.enum(WINDOW_KINDS);
export type WindowKind = z.infer<typeof WindowKind>;
