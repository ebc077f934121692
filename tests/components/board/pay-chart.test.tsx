import { within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixBoardClock, openSample } from './board-helpers';

fixBoardClock();

/** Each row of one option's group in the chart's table: [year, ...parts, total]. */
function rowsOf(table: HTMLElement, name: string): string[][] {
  const group = within(table).getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest('tbody') as HTMLElement;
  return within(group).getAllByRole('row').map((tr) =>
    [...tr.querySelectorAll('th[scope="row"], td')].map((c) => c.textContent ?? ''),
  );
}

describe('the pay chart on the board', () => {
  it('holds the sample plan\'s figures in its table, year by year and part by part', async () => {
    const user = userEvent.setup();
    const { root } = await openSample();
    await user.click(within(root).getByRole('radio', { name: 'Pay chart' }));
    const chart = await within(root).findByTestId('pay-chart', {}, { timeout: 10_000 });
    const table = within(chart).getByRole('table', { name: 'Pay over four years in USD, part by part' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Option', 'Year', 'Base salary', 'Bonus', 'Sign-on bonus', 'Equity', 'Total']);
    // 148,000 + 14,800 + 15,000 + 20,000 = 197,800 in year 1; 182,800 after; (197,800 + 3 × 182,800) / 4 = 186,550.
    expect(rowsOf(table, 'Plan B: Northwind Logistics')).toEqual([
      ['Year 1', '$148,000', '$14,800', '$15,000', '$20,000', '$197,800'],
      ['Year 2', '$148,000', '$14,800', '$0', '$20,000', '$182,800'],
      ['Year 3', '$148,000', '$14,800', '$0', '$20,000', '$182,800'],
      ['Year 4', '$148,000', '$14,800', '$0', '$20,000', '$182,800'],
      ['4-year average', '$148,000', '$14,800', '$3,750', '$20,000', '$186,550'],
    ]);
    // Lumen: 172,000 + 17,000 + 20,000 + 35,000 = 244,000; then 224,000; average 229,000.
    expect(rowsOf(table, 'Lumen Health \\(estimate\\)').map((r) => r.at(-1))).toEqual(['$244,000', '$224,000', '$224,000', '$224,000', '$229,000']);
    expect(rowsOf(table, 'Tessellate Studio \\(estimate\\)').map((r) => r.at(-1))).toEqual(['$165,000', '$155,000', '$155,000', '$155,000', '$157,500']);
    expect(rowsOf(table, 'Harbor Climate \\(estimate\\)').map((r) => r.at(-1))).toEqual(['$177,000', '$177,000', '$177,000', '$177,000', '$177,000']);
    expect(within(chart).getAllByTestId('pay-option-chart')).toHaveLength(4);

    const toggle = within(chart).getByRole('button', { name: 'Show the figures as a table' });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(table.closest('[data-shown]')).toHaveAttribute('data-shown', 'true');
  });

  it('leaves out an option in a currency with no rate, and says why', async () => {
    const user = userEvent.setup();
    const { root } = await openSample('board', (plan) => ({
      ...plan,
      dreamRoles: plan.dreamRoles.map((r, i) => (i === 0 ? { ...r, estimatedCompensation: { ...r.estimatedCompensation, currency: 'CHF' } } : r)),
    }));
    await user.click(within(root).getByRole('radio', { name: 'Pay chart' }));
    const chart = await within(root).findByTestId('pay-chart', {}, { timeout: 10_000 });
    expect(within(chart).getByTestId('pay-chart-left-out')).toHaveTextContent('Not charted: Lumen Health (estimate) is in CHF and the plan has no exchange rate for it');
    expect(within(chart).queryByRole('rowheader', { name: /^Lumen Health/ })).toBeNull();
    expect(within(chart).getAllByTestId('pay-option-chart')).toHaveLength(3);
  });
});
