import { useCallback, useEffect, useState } from 'react';
import type { BackupEntry } from '@shared/contract';
import { call, errorMessage } from '../../api/planner';

export type BackupsState = { kind: 'loading' } | { kind: 'ready'; entries: BackupEntry[] } | { kind: 'failed'; message: string };

/** The backups of one plan, loaded while `active`; `reload` fetches them again. */
export function useBackups(planId: string, active: boolean): { state: BackupsState; reload: () => void } {
  const [state, setState] = useState<BackupsState>({ kind: 'loading' });
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  useEffect(() => {
    if (!active) return;
    let live = true;
    call('backups:list', { planId }).then(
      ({ entries }) => live && setState({ kind: 'ready', entries }),
      (error: unknown) => live && setState({ kind: 'failed', message: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [planId, active, round]);
  return { state, reload };
}
