import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { PlanScreen } from '../features/plan/PlanScreen';
import { PlansScreen } from '../features/plans/PlansScreen';
import { TrashScreen } from '../features/trash/TrashScreen';

// Its own chunk: only people making a call load it.
const CallModeScreen = lazy(() => import('../features/callmode/CallModeScreen').then((m) => ({ default: m.CallModeScreen })));

/**
 * `/` lists the plans, `/trash` the deleted ones; `/plans/:planId/:section` opens one plan on a section
 * (overview, board, scenarios, scripts, callsheets); `/plans/:planId/call/:roleId` is call mode for
 * one dream role (`next`: the first in the call order). Anything else goes home.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<PlansScreen />} />
      <Route path="/trash" element={<TrashScreen />} />
      <Route path="/plans/:planId" element={<Navigate to="overview" replace />} />
      <Route path="/plans/:planId/:section" element={<PlanScreen />} />
      <Route
        path="/plans/:planId/call/:roleId"
        element={
          <Suspense fallback={null}>
            <CallModeScreen />
          </Suspense>
        }
      />
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}
