import { within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixBoardClock, openSample } from './board-helpers';

fixBoardClock();

describe('the scenarios screen', () => {
  it('shows every combination, the two strategies and what would flip it', async () => {
    const { root } = await openSample('scenarios');
    const rows = within(within(root).getByTestId('outcome-combinations')).getAllByRole('row');
    expect(rows).toHaveLength(28);
    expect(within(root).getByTestId('likelihood-note')).toHaveTextContent('Lumen Health has no likelihoods, so its three answers count as equally likely.');
    expect(within(root).getByTestId('strategy-accept-plan-b')).toHaveTextContent('69.2');
    expect(within(root).getByTestId('strategy-call-them')).toHaveTextContent('75.7 expected');
    expect(within(root).getByTestId('strategy-summary')).toHaveTextContent('Calling is expected to end at 75.7, above 69.2 for accepting Plan B now');
    expect(within(root).getByTestId('flip-list')).toHaveTextContent('Plan B would beat Lumen Health if');
  });

  it('explains that there is nothing to weigh without a Plan B, and links to where to fix it', async () => {
    const { root, plan } = await openSample('scenarios', (p) => ({ ...p, offers: [] }));
    const notice = within(root).getByTestId('scenarios-status');
    expect(notice).toHaveAttribute('data-status', 'no-offer');
    expect(notice).toHaveTextContent('There is nothing to weigh their answers against yet, so your calls are check-ins.');
    expect(within(notice).getByRole('link')).toHaveAttribute('href', `#/plans/${plan.id}/overview?tab=offers`);
  });

  it('explains when no dream role needs a call', async () => {
    const { root } = await openSample('scenarios', (p) => ({ ...p, dreamRoles: p.dreamRoles.map((r) => ({ ...r, stage: 'closed' as const })) }));
    expect(within(root).getByTestId('scenarios-status')).toHaveAttribute('data-status', 'nothing-to-call');
  });
});
