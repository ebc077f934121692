import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { planB } from '@shared/plan';
import { openSampleOn, SAVE, settled } from './editor-helpers';

type User = ReturnType<typeof userEvent.setup>;

/** Opens the pay details drawer of a card on the overview. */
async function openDetails(user: User, card: string) {
  const region = await screen.findByRole('region', { name: card }, SAVE);
  await user.click(within(region).getByRole('button', { name: /^Pay details:/ }));
  return screen.findByRole('dialog', { name: /^Pay details:/ });
}

async function pick(user: User, drawer: HTMLElement, label: string, option: string | RegExp) {
  await user.click(within(drawer).getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

const yearRow = (drawer: HTMLElement, label: string) => within(within(drawer).getByTestId('pay-totals')).getByRole('row', { name: new RegExp(`^${label}`) });

describe('pay details', () => {
  it("switching Plan B's equity to back-loaded with a 1-year cliff saves it and changes the year totals", async () => {
    const user = userEvent.setup();
    const { saved } = await openSampleOn('offers');
    const drawer = await openDetails(user, 'Offer: Northwind Logistics');
    // 148,000 + 14,800 + 15,000 sign-on + 80,000 ÷ 4 = 197,800.
    expect(yearRow(drawer, 'Year 1')).toHaveTextContent('$197,800');

    await pick(user, drawer, 'Vesting schedule', /^Back-loaded/);
    const cliff = within(drawer).getByLabelText('Cliff');
    await user.tripleClick(cliff);
    await user.keyboard('12');

    await waitFor(() => expect(planB(saved())?.compensation.equity).toMatchObject({ schedule: 'back-loaded', cliffMonths: 12, vestingYears: 4 }), SAVE);
    // Equity 80,000 × 5 / 15 / 40 / 40 % = 4,000 / 12,000 / 32,000 / 32,000.
    expect(yearRow(drawer, 'Year 1')).toHaveTextContent('$181,800');
    expect(yearRow(drawer, 'Year 2')).toHaveTextContent('$174,800');
    expect(yearRow(drawer, 'Year 4')).toHaveTextContent('$194,800');
    // Leaving at 11 months, before the cliff: the whole grant is left behind.
    const leave = within(drawer).getByTestId('leave-after');
    await user.tripleClick(within(leave).getByLabelText('If I leave after … months'));
    await user.keyboard('11');
    expect(leave).toHaveTextContent('Unvested equity left behind: $80,000');
  });

  it('a custom schedule not adding up to 100 shows the schema’s message, keeps what was typed and is not saved', async () => {
    const user = userEvent.setup();
    const { saved } = await openSampleOn('offers');
    const drawer = await openDetails(user, 'Offer: Northwind Logistics');
    await pick(user, drawer, 'Vesting schedule', /^Custom/);
    // Custom starts from the even split it replaces, so it is valid and saved at once.
    await waitFor(() => expect(planB(saved())?.compensation.equity).toMatchObject({ schedule: 'custom', customPercents: [25, 25, 25, 25] }), SAVE);

    const year1 = within(drawer).getByLabelText('Year 1');
    await user.tripleClick(year1);
    await user.keyboard('50');
    expect(within(drawer).getByTestId('schedule-error')).toHaveTextContent('Give one percentage per vesting year (4), adding up to 100.');
    expect(within(drawer).getByTestId('schedule-sum')).toHaveTextContent('125 %');
    expect(year1).toHaveValue('50 %');
    await settled();
    expect(planB(saved())?.compensation.equity.customPercents).toEqual([25, 25, 25, 25]);

    // Fixing another year so they add up to 100 saves them all.
    await user.tripleClick(within(drawer).getByLabelText('Year 4'));
    await user.keyboard('0');
    await waitFor(() => expect(planB(saved())?.compensation.equity.customPercents).toEqual([50, 25, 25, 0]), SAVE);
    expect(within(drawer).queryByTestId('schedule-error')).not.toBeInTheDocument();
  });
});
