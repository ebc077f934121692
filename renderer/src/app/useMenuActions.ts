import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { call, onEvent } from '../api/planner';
import { planPath } from '../features/plan/sections';
import { planIdFromPath } from './plan-route';
import { useAppActions } from './useAppActions';

/**
 * Connects the window to the main process: native menu choices
 * (`menu:action`), plans main asks it to show (`plans:open`: Open Recent, a
 * file opened from the OS), and the recent plans list, told whenever this
 * window opens a plan.
 */
export function useMenuActions(): void {
  const perform = useAppActions();
  const latest = useRef(perform);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const planId = planIdFromPath(pathname);

  useEffect(() => {
    latest.current = perform;
  }, [perform]);

  useEffect(() => {
    const offAction = onEvent('menu:action', ({ action }) => latest.current(action));
    const offOpen = onEvent('plans:open', ({ planId: id, section }) => navigate(planPath(id, section)));
    return () => {
      offAction();
      offOpen();
    };
  }, [navigate]);

  useEffect(() => {
    if (!planId) return;
    // Recent plans are a convenience: failing to record one is not worth a message.
    call('recent:opened', { planId }).catch((error: unknown) => console.warn('The recent plans list was not updated', error));
  }, [planId]);
}
