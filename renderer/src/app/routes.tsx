import { Navigate, Route, Routes } from 'react-router';
import { PlanScreen } from '../features/plan/PlanScreen';
import { PlansScreen } from '../features/plans/PlansScreen';
import { TrashScreen } from '../features/trash/TrashScreen';

/**
 * `/` lists the plans, `/trash` the deleted ones; `/plans/:planId/:section` opens one plan on a section
 * (overview, board, scenarios, scripts, callsheets). Anything else goes home.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<PlansScreen />} />
      <Route path="/trash" element={<TrashScreen />} />
      <Route path="/plans/:planId" element={<Navigate to="overview" replace />} />
      <Route path="/plans/:planId/:section" element={<PlanScreen />} />
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}
