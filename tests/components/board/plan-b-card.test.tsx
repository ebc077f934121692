import { waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixBoardClock, openSample } from './board-helpers';

fixBoardClock();

describe('the Plan B card', () => {
  it('shows the offer, the countdown in colour and words, the totals and liveability', async () => {
    const { root } = await openSample();
    const card = within(root).getByTestId('plan-b-card');
    expect(within(card).getByRole('heading', { name: 'Northwind Logistics' })).toBeInTheDocument();
    expect(card).toHaveTextContent('Senior Software Engineer');
    expect(card).toHaveTextContent('Written offer');
    const countdown = within(card).getByTestId('deadline-countdown');
    expect(within(countdown).getByText('Soon: 6 days left, 4 business days').closest('[data-urgency]')).toHaveAttribute('data-urgency', 'soon');
    expect(countdown).toHaveTextContent(/5:00\s?PM EDT: 6 days from today \(4 business days\)/);
    expect(within(card).getByTestId('plan-b-first-year')).toHaveTextContent('$197,800');
    expect(within(card).getByTestId('plan-b-four-year-average')).toHaveTextContent('$186,550'); // 182,800 a year + the 15,000 sign-on spread over 4 years
    expect(card).toHaveTextContent('Yes, I can live with it');
    expect(card).toHaveTextContent('None: good team, fair pay, shorter commute.');
  });

  it('turns urgent, in words too, when the deadline is two days away', async () => {
    const { root } = await openSample('board', (plan) => ({
      ...plan,
      offers: plan.offers.map((o) => ({ ...o, deadline: '2026-03-04T17:00:00-05:00' })),
    }));
    expect(within(root).getByText('Urgent: 2 days left').closest('[data-urgency]')).toHaveAttribute('data-urgency', 'urgent');
  });

  it('says there is no Plan B and where to record it when the plan has no offer', async () => {
    const { root, plan } = await openSample('board', (p) => ({ ...p, offers: [] }));
    const card = within(root).getByTestId('plan-b-card');
    expect(card).toHaveTextContent('No offer is recorded as Plan B yet.');
    expect(within(card).getByRole('link', { name: 'Record the offer you hold in the overview' })).toHaveAttribute(
      'href',
      `#/plans/${plan.id}/overview?tab=offers`,
    );
  });

  it('records that Plan B declined more time: the deadline stands and nothing is asked any more', async () => {
    const user = userEvent.setup();
    const { root, saved } = await openSample();
    const card = within(root).getByTestId('plan-b-card');
    await user.click(within(card).getByRole('button', { name: 'Ask for more time: Northwind Logistics' }));
    await user.click(within(card).getByRole('button', { name: 'Record the request' }));
    const form = await within(card).findByTestId('answer-time-form');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Their answer' }), 'Declined: the deadline stands');
    expect(within(form).queryByLabelText('New deadline')).toBeNull();
    await user.click(within(card).getByRole('button', { name: 'Save their answer' }));
    await waitFor(() => expect(saved().offers[0]?.extensions.at(-1)).toMatchObject({ answer: 'declined', newDeadline: null }), { timeout: 4_000 });
    expect(within(card).queryByTestId('pending-extension')).toBeNull();
  });
});
