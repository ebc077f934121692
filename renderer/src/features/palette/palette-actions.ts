/**
 * The command palette's entries: the same app actions as the native menu
 * (minus ones not built yet, and plan actions while no plan is open), plus
 * "Open plan <name>" for every plan.
 */
import { MENU_ACTIONS, PENDING_MENU_ACTIONS, PLAN_MENU_ACTIONS, type MenuAction } from '@shared/menu-actions';

export const ACTION_LABELS: Record<MenuAction, { label: string; description: string }> = {
  'new-plan': { label: 'New plan', description: 'Start a blank plan' },
  'open-plan': { label: 'Open a plan…', description: 'Type a plan’s name to open it' },
  'import-plan': { label: 'Import plan…', description: 'Add a plan from a file exported by Bird in Hand' },
  'export-plan': { label: 'Export this plan', description: 'Save the open plan as a file you can import again' },
  'export-calendar': { label: 'Add this plan’s dates to your calendar', description: 'Save deadlines, call-by dates and follow-ups as an .ics file' },
  'print-call-sheet': { label: 'Print call sheet', description: 'Print the call sheet shown in Call sheets (or the call pack)' },
  'save-call-sheet-pdf': { label: 'Save call sheet as PDF', description: 'Save the call sheet as a PDF file' },
  undo: { label: 'Undo', description: 'Take back the last change to the plan' },
  redo: { label: 'Redo', description: 'Put back the change you took back' },
  find: { label: 'Find', description: 'Search plans and actions' },
  'show-board': { label: 'Go to the board', description: 'Plan B beside every dream role' },
  'show-scenarios': { label: 'Go to scenarios', description: 'What happens under each outcome' },
  'show-scripts': { label: 'Go to scripts', description: 'What you will say on the call' },
  'show-call-sheets': { label: 'Go to call sheets', description: 'Printable pages for the calls' },
  'start-call': { label: 'Start a call in call mode', description: 'The next role in your call order: script, their answer, notes' },
  'toggle-theme': { label: 'Switch light / dark theme', description: 'Change the colours of every window' },
  'show-shortcuts': { label: 'Keyboard shortcuts', description: 'Every shortcut in one list' },
  'command-palette': { label: 'Command palette', description: '' },
};

/** Actions not worth listing in the palette itself (they open it, or search like it). */
const NOT_IN_PALETTE: ReadonlySet<MenuAction> = new Set<MenuAction>(['command-palette', 'find', 'open-plan']);

/** The actions the palette offers where the user is. */
export function paletteActions(planOpen: boolean): MenuAction[] {
  return MENU_ACTIONS.filter(
    (action) => !NOT_IN_PALETTE.has(action) && !PENDING_MENU_ACTIONS.has(action) && (planOpen || !PLAN_MENU_ACTIONS.has(action)),
  ).filter((action) => planOpen || (action !== 'undo' && action !== 'redo'));
}
