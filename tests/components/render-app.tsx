import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import { App } from '../../renderer/src/app/App';
import { resetPlanSessions } from '../../renderer/src/features/plan/session-registry';
import { createTestPlanner, type TestPlanner } from './test-planner';

/**
 * Renders the whole app at a hash route over the real services (a fresh temp
 * data folder unless a planner is given). Returns the planner so tests can
 * look at the files and inject faults. `wrap` puts something around the app
 * (a React Profiler that counts its renders).
 */
export async function renderApp(route = '/', given?: TestPlanner, wrap: (app: ReactElement) => ReactElement = (app) => app) {
  const planner = given ?? (await createTestPlanner());
  resetPlanSessions();
  notifications.clean();
  planner.install();
  window.location.hash = `#${route}`;
  const view = render(wrap(<App env="test" />));
  return { planner, ...view };
}
