import { useEffect, useState } from 'react';

/**
 * A stopwatch for rehearsing: start, pause, reset. Elapsed time is computed
 * from clock readings (not by counting ticks), so a slow tab never drifts.
 */
export function useRehearsalTimer() {
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [banked, setBanked] = useState(0);
  const [now, setNow] = useState(0);
  useEffect(() => {
    if (startedAt === null) return;
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, [startedAt]);
  const running = startedAt !== null;
  const elapsedMs = banked + (running ? Math.max(0, now - startedAt) : 0);
  return {
    running,
    elapsedMs,
    toggle: () => {
      const t = Date.now();
      if (startedAt !== null) {
        setBanked((b) => b + t - startedAt);
        setStartedAt(null);
      } else {
        setStartedAt(t);
        setNow(t);
      }
    },
    reset: () => {
      setBanked(0);
      setStartedAt(null);
    },
  };
}

export function formatClock(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
