import { lazy, Suspense } from 'react';
import type { Board } from '@shared/board';
import { LoadingPanel } from '../../components/LoadingPanel';

// recharts is heavy: the chart's code loads when the chart is first shown, not with the board.
const PayChartView = lazy(() => import('./PayChartView').then((m) => ({ default: m.PayChartView })));

export function LazyPayChart({ board }: { board: Board }) {
  return (
    <Suspense fallback={<LoadingPanel label="Drawing the pay chart…" />}>
      <PayChartView board={board} />
    </Suspense>
  );
}
