import { useCallback, useEffect, useState } from 'react';
import type { TrashEntry } from '@shared/contract';
import { call, errorMessage, onEvent } from '../../api/planner';

export type TrashState = { kind: 'loading' } | { kind: 'ready'; entries: TrashEntry[] } | { kind: 'failed'; message: string };

/**
 * The plans in the trash, most recently deleted first; `reload` reads them
 * again, keeping the list on screen meanwhile. A plan deleted or restored
 * anywhere (another window, the Undo of a notification) reloads it too.
 */
export function useTrash(): { state: TrashState; reload: () => void } {
  const [state, setState] = useState<TrashState>({ kind: 'loading' });
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  useEffect(() => {
    let live = true;
    call('plans:trash', {}).then(
      ({ entries }) => live && setState({ kind: 'ready', entries }),
      (error: unknown) => live && setState({ kind: 'failed', message: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [round]);
  useEffect(() => onEvent('plans:changed', reload), [reload]);
  return { state, reload };
}
