import { useEffect, useState } from 'react';
import type { PlanDate } from '@shared/calendar';
import { call, errorMessage, onEvent } from '../../api/planner';

export type AgendaState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; dates: PlanDate[] };

/** Every plan's dates; reloaded when any plan changes (here or in another window). */
export function useAgenda(): AgendaState {
  const [state, setState] = useState<AgendaState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    let latest = 0;
    const load = () => {
      const id = ++latest;
      call('calendar:agenda', {})
        .then(({ dates }) => live && id === latest && setState({ status: 'ready', dates }))
        .catch((error: unknown) => live && id === latest && setState({ status: 'error', message: errorMessage(error) }));
    };
    load();
    const off = onEvent('plans:changed', load);
    return () => {
      live = false;
      off();
    };
  }, []);
  return state;
}
