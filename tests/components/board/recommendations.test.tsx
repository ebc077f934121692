import { within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixBoardClock, openSample } from './board-helpers';

fixBoardClock();

describe('the recommendations panel', () => {
  it('lists the advice with severity in words, the reason, and whom it concerns', async () => {
    const { root } = await openSample();
    const panel = within(root).getByTestId('recommendations');
    const items = within(panel).getAllByTestId('recommendation');
    expect(items.map((i) => i.getAttribute('data-id'))).toEqual(['walk-away-undecided', 'ask-extension', 'needs-acceleration']);
    const extension = items[1]!;
    expect(extension).toHaveAttribute('data-severity', 'warning');
    expect(within(extension).getByText('Warning')).toBeInTheDocument();
    expect(extension).toHaveTextContent('Ask Plan B for a few more days');
    expect(extension).toHaveTextContent('Lumen Health expects to decide within 4 business days after your deadline.');
  });

  it('puts critical advice first, in words, when the deadline is close and no call is made', async () => {
    const { root } = await openSample('board', (plan) => ({
      ...plan,
      offers: plan.offers.map((o) => ({ ...o, deadline: '2026-03-03T17:00:00-05:00' })),
    }));
    const first = within(within(root).getByTestId('recommendations')).getAllByTestId('recommendation')[0]!;
    expect(first).toHaveAttribute('data-severity', 'critical');
    expect(within(first).getByText('Critical')).toBeInTheDocument();
    expect(first).toHaveTextContent('Call Lumen Health, Tessellate Studio and Harbor Climate today');
  });
});
