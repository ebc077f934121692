import { useCallback, useEffect, useState } from 'react';
import { errorMessage, onEvent } from './planner';

export type LoadState<R extends object> = { status: 'loading' } | { status: 'error'; message: string } | ({ status: 'ready' } & R);

/**
 * Something read from the store on mount and read again whenever any plan
 * changes (here or in another window). A reload keeps the current answer on
 * screen until the new one arrives, and only the latest answer is shown, so a
 * slow early answer never overwrites a newer one. `load` must be stable (a
 * module-level function): a new one starts over.
 */
export function useLoadOnPlansChanged<R extends object>(load: () => Promise<R>): { state: LoadState<R>; reload: () => void } {
  const [state, setState] = useState<LoadState<R>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    let latest = 0;
    const run = () => {
      const id = ++latest;
      load()
        .then((answer) => {
          if (live && id === latest) setState({ status: 'ready', ...answer });
        })
        .catch((error: unknown) => {
          if (live && id === latest) setState({ status: 'error', message: errorMessage(error) });
        });
    };
    run();
    const off = onEvent('plans:changed', run);
    return () => {
      live = false;
      off();
    };
  }, [load, generation]);

  // After a failure the retry shows "loading" again; a ready list stays while it reloads.
  const reload = useCallback(() => {
    setState((s) => (s.status === 'error' ? { status: 'loading' } : s));
    setGeneration((g) => g + 1);
  }, []);

  return { state, reload };
}

