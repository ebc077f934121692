import { useEffect, useState } from 'react';
import { call, onEvent } from '../../api/planner';

/** settings.recentPlanIds, re-read when plans change (a plan opened in another window counts). */
export function useRecentPlanIds(): string[] {
  const [ids, setIds] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    const load = () =>
      call('settings:get', {})
        .then((settings) => live && setIds(settings.recentPlanIds))
        .catch((error: unknown) => console.warn('The recent plans could not be read', error));
    void load();
    const off = onEvent('plans:changed', () => void load());
    return () => {
      live = false;
      off();
    };
  }, []);
  return ids;
}
