import { useCallback } from 'react';
import { useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { spotlight } from '@mantine/spotlight';
import { useLocation, useNavigate } from 'react-router';
import { PLAN_MENU_ACTIONS, type MenuAction } from '@shared/menu-actions';
import { exportPlan } from '../features/plans/import-export';
import { createPlan } from '../features/plans/plan-actions';
import { acquirePlanSession, releasePlanSession } from '../features/plan/session-registry';
import { planPath, type PlanSection } from '../features/plan/sections';
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
          return void createPlan('blank').then((plan) => plan && navigate(planPath(plan.id)));
        case 'open-plan':
        case 'find':
        case 'command-palette':
          return spotlight.open();
        case 'import-plan':
          if (pathname !== '/') navigate('/');
          return ui.importPlan();
        case 'export-plan':
          return void (planId && exportPlan(planId));
        case 'undo':
        case 'redo':
          return void undoOrRedo(action, planId);
        case 'toggle-theme':
          return setColorScheme(shown === 'dark' ? 'light' : 'dark');
        case 'show-shortcuts':
          return ui.showShortcuts();
        case 'print-call-sheet':
        case 'save-call-sheet-pdf':
          notifications.show({ color: 'indigo', title: 'Not yet', message: 'Call sheets arrive in a later version of Bird in Hand.' });
          return;
        default:
          return;
      }
    },
    [navigate, pathname, planId, setColorScheme, shown, ui],
  );
}
