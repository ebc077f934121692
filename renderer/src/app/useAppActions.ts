import { useCallback } from 'react';
import { useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { spotlight } from '@mantine/spotlight';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { PLAN_MENU_ACTIONS, type MenuAction } from '@shared/menu-actions';
import { openCallMode } from '../features/callmode/open-call-mode';
import { readPrintOptions } from '../features/callsheet/print-options';
import { useSavePdf } from '../features/callsheet/useSavePdf';
import { exportCalendar } from '../features/calendar/export-calendar';
import { exportPlan } from '../features/plans/import-export';
import { createPlan } from '../features/plans/plan-actions';
import { acquirePlanSession, releasePlanSession } from '../features/plan/session-registry';
import { newPlanPath, planPath, type PlanSection } from '../features/plan/sections';
import { useDesktopUi } from './desktop-ui';
import { planIdFromPath } from './plan-route';
import { isTextEditing } from './text-editing';

const SECTION_OF: Partial<Record<MenuAction, PlanSection>> = {
  'show-board': 'board',
  'show-scenarios': 'scenarios',
  'show-scripts': 'scripts',
  'show-call-sheets': 'callsheets',
};

/** Undo or redo where the user is: typing in a field, or the open plan's last edit. */
async function undoOrRedo(kind: 'undo' | 'redo', planId: string | null): Promise<void> {
  if (isTextEditing(document.activeElement)) {
    // execCommand is deprecated but remains the only way to drive a field's own undo stack.
    document.execCommand(kind);
    return;
  }
  if (!planId) return;
  // The plan screen holds the session open; this only borrows it.
  const session = await acquirePlanSession(planId);
  try {
    session[kind]();
  } finally {
    releasePlanSession(session);
  }
}

/** How long a call sheet may take to appear (its code is a lazy chunk) before we say so. */
const SHEET_WAIT_MS = 15_000;

/**
 * Resolves true once the call sheet preview is in the page and painted, or
 * false if it has not appeared after SHEET_WAIT_MS (the print would be blank).
 */
function whenCallSheetShows(): Promise<boolean> {
  const painted = () => new Promise<boolean>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))));
  const shown = () => document.querySelector('[data-callsheet-root]') !== null;
  if (shown()) return painted();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      finish();
      void painted().then(resolve);
    });
    const timer = window.setTimeout(() => {
      finish();
      resolve(false);
    }, SHEET_WAIT_MS);
    const finish = () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
    observer.observe(document.body, { childList: true, subtree: true });
  });
}

/** Prints or saves the call sheet once it shows, or tells the user it did not. */
async function afterSheetShows(run: () => void | Promise<void>): Promise<void> {
  if (await whenCallSheetShows()) return void (await run());
  notifications.show({ color: 'red', title: 'The call sheet did not open', message: 'Open the Call sheets section and use its Print or Save as PDF button.' });
}

/**
 * What each app action does in this window. The native menu, the command
 * palette and the page's own hotkeys all come here, so they cannot drift.
 */
export function useAppActions(): (action: MenuAction) => void {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const ui = useDesktopUi();
  const { setColorScheme } = useMantineColorScheme();
  const shown = useComputedColorScheme('light');
  const planId = planIdFromPath(pathname);
  // Print and Save as PDF act on the sheet the Call sheets section shows: its
  // choices when it is open, else its defaults (the call pack, A4, figures shown).
  const [params] = useSearchParams();
  const onSheets = planId !== null && pathname === planPath(planId, 'callsheets');
  const sheetParams = onSheets ? params : new URLSearchParams();
  const { save: savePdf } = useSavePdf(planId ?? '', sheetParams.get('sheet') ?? 'pack', readPrintOptions(sheetParams));

  return useCallback(
    (action: MenuAction) => {
      if (PLAN_MENU_ACTIONS.has(action) && !planId) {
        notifications.show({ color: 'indigo', title: 'Open a plan first', message: 'That works inside a plan. Open one from the list.' });
        return;
      }
      const section = SECTION_OF[action];
      if (section && planId) return void navigate(planPath(planId, section));
      switch (action) {
        case 'new-plan':
          return void createPlan('blank').then((plan) => plan && navigate(newPlanPath(plan.id, 'blank')));
        case 'open-plan':
        case 'find':
        case 'command-palette':
          return spotlight.open();
        case 'import-plan':
          if (pathname !== '/') navigate('/');
          return ui.importPlan();
        case 'export-plan':
          return void (planId && exportPlan(planId));
        case 'export-calendar':
          return void (planId && exportCalendar(planId));
        case 'undo':
        case 'redo':
          return void undoOrRedo(action, planId);
        case 'toggle-theme':
          return setColorScheme(shown === 'dark' ? 'light' : 'dark');
        case 'start-call':
          return void (planId && openCallMode(planId, 'next', navigate));
        case 'show-shortcuts':
          return ui.showShortcuts();
        case 'print-call-sheet':
        case 'save-call-sheet-pdf':
          if (!planId) return;
          if (!onSheets) navigate(planPath(planId, 'callsheets'));
          return void afterSheetShows(action === 'print-call-sheet' ? () => window.print() : savePdf);
        default:
          return;
      }
    },
    [navigate, onSheets, pathname, planId, savePdf, setColorScheme, shown, ui],
  );
}
