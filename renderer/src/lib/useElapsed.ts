import { useEffect, useState } from 'react';

/**
 * False until `ms` have passed since the calling component mounted. For a
 * loading screen that is not worth showing (and rendering) when the data
 * arrives sooner: a plan opened at startup is usually in within a few
 * milliseconds, and drawing the frame twice cost about 50 ms of a board load.
 */
export function useElapsed(ms: number): boolean {
  const [elapsed, setElapsed] = useState(ms <= 0);
  useEffect(() => {
    if (elapsed) return;
    const timer = window.setTimeout(() => setElapsed(true), ms);
    return () => window.clearTimeout(timer);
  }, [elapsed, ms]);
  return elapsed;
}
