import { useEffect } from 'react';

export interface RehearsalKeyHandlers {
  show: (view: 0 | 1 | 2 | 3) => void;
  toggleTimer: () => void;
  resetTimer: () => void;
  toggleFullScreen: () => void;
}

/** 0–3 pick what is shown, Space starts/pauses, R resets, F full screen (Escape is the modal's). */
export function useRehearsalKeys(active: boolean, handlers: RehearsalKeyHandlers) {
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      // Buttons keep Space and Enter for themselves.
      if (e.key === ' ' && e.target instanceof HTMLButtonElement) return;
      const k = e.key.toLowerCase();
      if (k === '0' || k === '1' || k === '2' || k === '3') handlers.show(Number(k) as 0 | 1 | 2 | 3);
      else if (k === ' ') handlers.toggleTimer();
      else if (k === 'r') handlers.resetTimer();
      else if (k === 'f') handlers.toggleFullScreen();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, handlers]);
}
