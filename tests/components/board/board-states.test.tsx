import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixBoardClock, openSample, settled } from './board-helpers';

fixBoardClock();

describe('the board’s states', () => {
  it('says plainly there is no leverage without an offer, and why', async () => {
    const { root } = await openSample('board', (plan) => ({ ...plan, offers: [] }));
    const notice = within(root).getByTestId('no-leverage');
    expect(notice).toHaveTextContent('No leverage yet');
    expect(notice).toHaveTextContent('No offer is recorded as Plan B, so you hold no offer to mention.');
    expect(notice).toHaveTextContent('never suggest or imply that you have an offer');
    const first = within(root).getAllByTestId('recommendation')[0]!;
    expect(first).toHaveAttribute('data-id', 'no-offer');
    expect(within(first).getByText('Critical')).toBeInTheDocument();
    for (const check of within(root).getAllByTestId('readiness-offer-held')) expect(check).toHaveAttribute('data-ok', 'false');
  });

  it('lists follow-ups due at the top of the board', async () => {
    const { root } = await openSample('board', (plan) => ({
      ...plan,
      dreamRoles: plan.dreamRoles.map((role, i) =>
        i === 0
          ? { ...role, callLog: [{ id: crypto.randomUUID(), at: '2026-02-25T15:00:00Z', outcome: 'non-answer' as const, timingSaid: '', notes: '', nextStep: 'Ask for a date', followUpOn: '2026-02-28', spokeWith: '', interest: null, urgency: null, newExpectedDecisionOn: null }] }
          : role,
      ),
    }));
    const due = within(root).getByTestId('follow-ups-due');
    expect(due).toHaveTextContent('Lumen Health: 2 days overdue');
    expect(due).toHaveTextContent('Ask for a date');
    expect(root.firstElementChild?.nextElementSibling).toBe(due);
  });

  it('shows no follow-ups block when nothing is due', async () => {
    const { root } = await openSample();
    expect(within(root).queryByTestId('follow-ups-due')).toBeNull();
  });

  it('switches to unemployed with the safety-net banner, saves it, and undo brings it back', async () => {
    const user = userEvent.setup();
    const { root, saved } = await openSample();
    expect(within(root).queryByTestId('safety-net')).toBeNull();
    await user.click(within(root).getByRole('radio', { name: 'Unemployed' }));
    expect(within(root).getByTestId('safety-net')).toHaveTextContent('take the first solid offer and keep your dream roles on watch');
    expect(within(root).getAllByTestId('recommendation').map((r) => r.getAttribute('data-id'))).toContain('safety-net');
    await settled();
    expect(saved().situation.employment).toBe('unemployed');

    await user.click(screen.getByRole('button', { name: /Undo/ }));
    await waitFor(() => expect(within(root).queryByTestId('safety-net')).toBeNull());
    expect(within(root).getByRole('radio', { name: 'Employed' })).toBeChecked();
    await settled();
    expect(saved().situation.employment).toBe('employed');
  });

  it('toggles between cards and the comparison table', async () => {
    const user = userEvent.setup();
    const { root } = await openSample();
    await waitFor(() => expect(within(root).getAllByTestId('role-card')).toHaveLength(3));
    await user.click(within(root).getByRole('radio', { name: 'Table' }));
    expect(within(root).queryByTestId('role-card')).toBeNull();
    const table = within(within(root).getByTestId('comparison-table')).getByRole('table');
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual([
      'Figure',
      'Plan B: Northwind LogisticsSenior Software Engineer',
      'Lumen HealthStaff Engineer, Platform',
      'Tessellate StudioSoftware Engineer, Developer Tools',
      'Harbor ClimateSenior Backend Engineer',
    ]);
    const firstYear = within(table).getByRole('rowheader', { name: 'First-year total' }).closest('tr') as HTMLElement;
    expect(within(firstYear).getAllByRole('cell').map((c) => c.textContent)).toEqual(['$197,800', '$244,000', '$165,000', '$177,000']);
    await user.click(within(root).getByRole('radio', { name: 'Cards' }));
    // Cards render progressively: the first row at once, the rest a frame later.
    await waitFor(() => expect(within(root).getAllByTestId('role-card')).toHaveLength(3));
  });

  it('puts every decision date on the timeline, in words too', async () => {
    const { root } = await openSample();
    const list = within(root).getByTestId('timeline-list');
    const lines = within(list).getAllByRole('listitem').map((li) => li.textContent);
    expect(lines).toEqual([
      'Today: Mon, Mar 2, 2026',
      'Plan B deadline: Sun, Mar 8, 2026 (in 6 days)',
      'Fri, Mar 6, 2026 (in 4 days): Tessellate Studio decides, before your deadline',
      'Thu, Mar 12, 2026 (in 10 days): Lumen Health decides, after your deadline',
      'Mon, Mar 23, 2026 (in 21 days): Harbor Climate decides, after your deadline',
      'Wed, Mar 4, 2026 (in 2 days): last working day to call Harbor Climate',
      'Thu, Mar 5, 2026 (in 3 days): last working day to call Lumen Health',
      'Fri, Mar 6, 2026 (in 4 days): last working day to call Tessellate Studio',
    ]);
  });
});
