import { lazy, Suspense } from 'react';
import { LoadingPanel } from '../../components/LoadingPanel';

/** The scenarios screen is its own chunk, loaded when first opened. */
const ScenariosSection = lazy(() => import('./ScenariosSection').then((m) => ({ default: m.ScenariosSection })));

export function LazyScenariosSection() {
  return (
    <Suspense fallback={<LoadingPanel label="Working out the scenarios…" />}>
      <ScenariosSection />
    </Suspense>
  );
}
