import { useEffect, useState } from 'react';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingPanel } from '../../components/LoadingPanel';
import { loadedSection, preloadSection } from './section-chunks';
import type { PlanSection } from './sections';

/** Shown while a section's chunk loads the first time. */
const LOADING: Record<PlanSection, string> = {
  overview: 'Opening the overview…',
  board: 'Opening the board…',
  scenarios: 'Working out the scenarios…',
  scripts: 'Opening the scripts…',
  callsheets: 'Opening the call sheets…',
  start: 'Opening the guided start…',
};

const LOAD_FAILED =
  'Part of Bird in Hand could not be loaded. Try again; if it keeps happening, restart the app. Your plan is saved.';

/**
 * The chosen section of an open plan, from its own chunk. Loaded through
 * state rather than React.lazy + Suspense: React holds a revealed Suspense
 * fallback on screen for at least 300 ms, which made a board whose chunk
 * arrived a moment after the plan wait that long for nothing.
 */
export function SectionView({ section }: { section: PlanSection }) {
  const [failed, setFailed] = useState<PlanSection | null>(null);
  const [, setLoadedCount] = useState(0);
  const View = loadedSection(section);

  useEffect(() => {
    if (View) return;
    let live = true;
    preloadSection(section).then(
      () => live && setLoadedCount((n) => n + 1),
      (error: unknown) => {
        console.error(`The ${section} section could not be loaded`, error);
        if (live) setFailed(section);
      },
    );
    return () => {
      live = false;
    };
  }, [section, View]);

  if (View) {
    // The component comes from the chunk's module, once per section, so its
    // identity is stable across renders.
    // eslint-disable-next-line react-hooks/static-components
    return <View />;
  }
  if (failed === section) {
    return <ErrorPanel title="This screen could not be opened" message={LOAD_FAILED} onRetry={() => setFailed(null)} />;
  }
  return <LoadingPanel label={LOADING[section]} />;
}
