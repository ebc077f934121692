import { lazy, Suspense, type ComponentType } from 'react';
import { LoadingPanel } from '../../components/LoadingPanel';

let loaded: ComponentType | null = null;
const loadBoard = () =>
  import('./BoardSection').then((m) => {
    loaded = m.BoardSection;
    return { default: m.BoardSection };
  });

// Opened straight on the board (a reload, a new window, a recent plan), the
// app starts fetching the board's chunk now, while the plan itself loads,
// rather than after: the chunk stays out of the first-load bundle either way.
if (typeof window !== 'undefined' && /^#\/plans\/[^/]+\/board(?:[/?]|$)/.test(window.location.hash)) void loadBoard();

/** The board is its own chunk: the plans screen and overview load without it. */
const BoardSection = lazy(loadBoard);

export function LazyBoardSection() {
  // Once the chunk is in, render it directly: suspending on an already loaded
  // chunk would still show the fallback and delay the board (React throttles
  // revealing a suspended boundary).
  const Loaded = loaded;
  if (Loaded) return <Loaded />;
  return (
    <Suspense fallback={<LoadingPanel label="Opening the board…" />}>
      <BoardSection />
    </Suspense>
  );
}
