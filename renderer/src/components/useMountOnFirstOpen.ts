import { useLayoutEffect, useState } from 'react';

/**
 * A dialog (Mantine `Modal` or `Drawer`) that has never been opened is not
 * mounted: a closed one still mounts its portal, transitions and ids (each of
 * which renders a second time before the screen's first paint), and renders
 * again with whatever it shows, so a closed pay-details drawer re-rendered on
 * every keystroke in the salary it sums.
 *
 * The first time `opened` is true the dialog mounts closed and opens in the
 * next frame, so that first opening animates and gives focus back on close
 * like every later one (Mantine notes where focus was when `opened` changes,
 * not when it mounts open). It then stays mounted, so closing it plays its
 * transition.
 *
 * Render the dialog only while `mounted`, with `opened` from here; `Modal` and
 * `Drawer` in dialogs.tsx do, and the renderer uses only those.
 */
export function useMountOnFirstOpen(opened: boolean): { mounted: boolean; opened: boolean } {
  const [mounted, setMounted] = useState(opened);
  const [ready, setReady] = useState(false);
  // Adjusting state while rendering (React's documented pattern): the dialog
  // mounts in this very render rather than one commit later.
  if (opened && !mounted) setMounted(true);
  useLayoutEffect(() => {
    if (!mounted || ready) return;
    const frame = requestAnimationFrame(() => setReady(true));
    return () => cancelAnimationFrame(frame);
  }, [mounted, ready]);
  return { mounted, opened: opened && ready };
}
