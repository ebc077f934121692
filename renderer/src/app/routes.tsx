import { Navigate, Route, Routes } from 'react-router';
import { PlanScreen } from '../features/plan/PlanScreen';
import { PlansScreen } from '../features/plans/PlansScreen';

/**
 * `/` lists the plans; `/plans/:planId/:section` opens one plan on a section
 * (overview, board, scenarios, scripts, callsheets). Anything else goes home.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<PlansScreen />} />
      <Route path="/plans/:planId" element={<Navigate to="overview" replace />} />
      <Route path="/plans/:planId/:section" element={<PlanScreen />} />
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}
