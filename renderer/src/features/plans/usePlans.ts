import { useCallback, useEffect, useState } from 'react';
import type { PlanSummary, StoreProblem } from '@shared/contract';
import { call, errorMessage, onEvent } from '../../api/planner';

export type PlansState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; plans: PlanSummary[]; problems: StoreProblem[] };

/**
 * The plans list. Reloads when any plan changes (here or in another window);
 * a reload keeps the current list on screen until the new one arrives, and
 * only the latest answer is shown.
 */
export function usePlans(): { state: PlansState; reload: () => void } {
  const [state, setState] = useState<PlansState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    let latest = 0;
    const load = () => {
      const id = ++latest;
      call('plans:list', {})
        .then(({ plans, problems }) => {
          if (live && id === latest) setState({ status: 'ready', plans, problems });
        })
        .catch((error: unknown) => {
          if (live && id === latest) setState({ status: 'error', message: errorMessage(error) });
        });
    };
    load();
    const off = onEvent('plans:changed', load);
    return () => {
      live = false;
      off();
    };
  }, [generation]);

  const reload = useCallback(() => {
    setState((s) => (s.status === 'error' ? { status: 'loading' } : s));
    setGeneration((g) => g + 1);
  }, []);

  return { state, reload };
}
