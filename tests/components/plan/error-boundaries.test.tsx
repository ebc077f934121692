/**
 * One bad value never blanks the app: a section whose render throws is
 * replaced by a plain message with ways back, while the plan's navigation,
 * save state and session (its edits) keep working; a screen that throws
 * outside any section is caught by the app's boundary.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as PlanNavModule from '../../../renderer/src/features/plan/PlanNav';
import type * as ScenariosModule from '../../../renderer/src/features/scenarios/ScenariosSection';
import { renderApp } from '../render-app';

/** Which pieces throw while rendering in this test (the navigation only on the board, see below). */
const broken = vi.hoisted(() => ({ scenarios: false, nav: false }));

vi.mock('../../../renderer/src/features/scenarios/ScenariosSection', async (importOriginal) => {
  const real = await importOriginal<typeof ScenariosModule>();
  return {
    ScenariosSection: () => {
      if (broken.scenarios) throw new RangeError('Invalid time zone specified: Mars/Olympus');
      return <real.ScenariosSection />;
    },
  };
});

vi.mock('../../../renderer/src/features/plan/PlanNav', async (importOriginal) => {
  const real = await importOriginal<typeof PlanNavModule>();
  return {
    PlanNav: (props: Parameters<typeof real.PlanNav>[0]) => {
      // Only on the board: a re-render of the overview's navigation (a save finishing) must not crash the screen
      // before the test clicks "Board", or the click lands on a link already replaced by the message and jsdom
      // follows its href itself, which clears the boundary behind the test's back.
      if (broken.nav && props.section === 'board') throw new Error('The navigation broke');
      return <real.PlanNav {...props} />;
    },
  };
});

beforeEach(() => {
  broken.scenarios = false;
  broken.nav = false;
  // React and the boundary both report the error; the test asserts on the screen instead.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The app on the sample plan's overview, through the app's own routes. */
async function openSample() {
  const { planner } = await renderApp('/');
  const plan = await planner.seed('sample');
  window.location.hash = `#/plans/${plan.id}/overview`;
  await screen.findByLabelText('Plan name');
  return { planner, plan };
}

const nav = () => screen.getByRole('navigation', { name: 'Plan' });

describe('error boundaries', () => {
  it('a section that throws shows the message in that section; navigation, edits and the other sections keep working', async () => {
    const user = userEvent.setup();
    await openSample();
    const name = screen.getByLabelText('Plan name');
    await user.clear(name);
    await user.type(name, 'Weighing Northwind');

    broken.scenarios = true;
    await user.click(within(nav()).getByText('Scenarios'));
    const panel = await screen.findByTestId('crash-panel');
    expect(panel).toHaveTextContent('This section could not be shown');
    expect(panel).toHaveTextContent('edits not yet saved are kept');
    expect(within(panel).getByTestId('crash-detail')).toHaveTextContent('Invalid time zone specified: Mars/Olympus');
    // The rest of the window is still the plan: its name in the navigation, the save state.
    expect(within(nav()).getByText('Weighing Northwind')).toBeInTheDocument();
    expect(screen.getByTestId('save-state')).toBeInTheDocument();

    await user.click(within(panel).getByRole('link', { name: 'Back to the board' }));
    expect(await screen.findByTestId('section-board')).toBeInTheDocument();
    expect(screen.queryByTestId('crash-panel')).not.toBeInTheDocument();

    // Back to the broken section, then it is mended and reloaded in place.
    await user.click(within(nav()).getByText('Scenarios'));
    await screen.findByTestId('crash-panel');
    broken.scenarios = false;
    await user.click(screen.getByRole('button', { name: 'Reload this section' }));
    expect(await screen.findByTestId('section-scenarios')).toBeInTheDocument();

    await user.click(within(nav()).getByText('Overview'));
    expect(await screen.findByLabelText('Plan name')).toHaveValue('Weighing Northwind');
    await waitFor(() => expect(screen.getByTestId('save-state')).toHaveTextContent(/^Saved$/));
  });

  it('a screen that throws outside any section shows the app’s message, and “Back to all plans” works', async () => {
    const user = userEvent.setup();
    const { plan } = await openSample();
    broken.nav = true;
    await user.click(screen.getByRole('link', { name: /Board/ }));
    const panel = await screen.findByTestId('crash-panel');
    expect(panel).toHaveTextContent('This screen could not be shown');
    expect(screen.getByText('Bird in Hand')).toBeInTheDocument();

    broken.nav = false;
    await user.click(within(panel).getByRole('button', { name: 'Back to all plans' }));
    // The boundary leaves the broken screen for the plans screen, with its plan rows.
    expect((await screen.findAllByTestId('plan-name')).map((link) => link.textContent)).toContain(plan.name);
    expect(window.location.hash).toBe('#/');
    expect(screen.queryByTestId('crash-panel')).not.toBeInTheDocument();
  });
});
