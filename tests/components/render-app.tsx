import { render } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import { App } from '../../renderer/src/app/App';
import { resetPlanSessions } from '../../renderer/src/features/plan/session-registry';
import { FakePlanner } from './fake-planner';

/**
 * Renders the whole app at a hash route over a fresh in-memory planner.
 * Returns the planner so tests can inspect and steer it.
 */
export function renderApp(route = '/', planner = new FakePlanner()) {
  resetPlanSessions();
  notifications.clean();
  planner.install();
  window.location.hash = `#${route}`;
  const view = render(<App env="test" />);
  return { planner, ...view };
}
