import { lazy, Suspense } from 'react';
import { LoadingPanel } from '../../components/LoadingPanel';

/** Call sheets are their own chunk: nothing else loads their code or print styles. */
const CallsheetsSection = lazy(() => import('./CallsheetsSection').then((m) => ({ default: m.CallsheetsSection })));

export function LazyCallsheetsSection() {
  return (
    <Suspense fallback={<LoadingPanel label="Opening the call sheets…" />}>
      <CallsheetsSection />
    </Suspense>
  );
}
