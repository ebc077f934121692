import { lazy, Suspense } from 'react';
import type { Board } from '@shared/board';
import { LoadingPanel } from '../../components/LoadingPanel';
import { useDeferredPlan } from '../plan/useDeferredPlan';

// recharts is heavy: the chart's code loads when the chart is first shown, not with the board.
const PayChartView = lazy(() => import('./PayChartView').then((m) => ({ default: m.PayChartView })));

/** The board's plan is read here, in the board's own code, so the chart's chunk holds only the chart. */
export function LazyPayChart({ board }: { board: Board }) {
  const plan = useDeferredPlan();
  return (
    <Suspense fallback={<LoadingPanel label="Drawing the pay chart…" />}>
      <PayChartView plan={plan} board={board} />
    </Suspense>
  );
}
