import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { planB, type Plan } from '@shared/plan';
import { renderApp } from '../render-app';
import { createTestPlanner } from '../test-planner';
import { openSampleOn, SAVE, settled } from './editor-helpers';

/** The sample plan changed by `recipe` as if saved earlier, opened on an overview tab. */
async function openChanged(tab: 'situation' | 'roles', recipe: (plan: Plan) => Plan) {
  const planner = await createTestPlanner();
  const plan = await planner.seedWith('sample', recipe);
  await renderApp(`/plans/${plan.id}/overview${tab === 'situation' ? '' : `?tab=${tab}`}`, planner);
  return { saved: (): Plan => planner.read(plan.id) };
}

const lumenIn = (currency: string, rates: Plan['situation']['rates'] = []) => (plan: Plan): Plan => ({
  ...plan,
  situation: { ...plan.situation, rates },
  dreamRoles: plan.dreamRoles.map((r) => (r.company === 'Lumen Health' ? { ...r, estimatedCompensation: { ...r.estimatedCompensation, currency } } : r)),
});

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

/** A choice from a short (native) list. */
async function chooseIn(user: User, drawer: HTMLElement, label: string, option: string | RegExp) {
  const list = within(drawer).getByRole('combobox', { name: label });
  await user.selectOptions(list, within(list).getByRole('option', { name: option }));
}

const yearRow = (drawer: HTMLElement, label: string) => within(within(drawer).getByTestId('pay-totals')).getByRole('row', { name: new RegExp(`^${label}`) });

/** The Situation of a plan whose Lumen role is in CHF with a rate, and a way to pick what money is shown in. */
async function openWithChfRate() {
  const user = userEvent.setup();
  const chf = { currency: 'CHF', rate: 1.13, takenOn: '2026-11-20' };
  const { saved } = await openChanged('situation', lumenIn('CHF', [chf]));
  const showIn = (await screen.findAllByLabelText('Show money in', {}, SAVE)).find((e) => e.tagName === 'INPUT')!;
  const choose = async (code: string) => {
    await user.clear(showIn);
    await user.type(showIn, code);
    await user.click(await screen.findByRole('option', { name: new RegExp(`^${code}`) }));
  };
  return { user, chf, saved, choose };
}

describe('pay details', () => {
  it('is not mounted until first opened; opened the first time it takes focus and gives it back to its button on close', async () => {
    const user = userEvent.setup();
    await openSampleOn('offers');
    const region = await screen.findByRole('region', { name: 'Offer: Northwind Logistics' }, SAVE);
    // A closed Mantine drawer leaves its root in the page and renders with its card; a never-opened one is not there.
    expect(document.querySelector('[data-testid="pay-details-drawer"]')).toBeNull();
    const button = within(region).getByRole('button', { name: /^Pay details:/ });
    await user.click(button);
    const drawer = await screen.findByRole('dialog', { name: /^Pay details:/ });
    await waitFor(() => expect(drawer.contains(document.activeElement)).toBe(true));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /^Pay details:/ })).toBeNull());
    await waitFor(() => expect(button).toHaveFocus());
  });

  it("switching Plan B's equity to back-loaded with a 1-year cliff saves it and changes the year totals", async () => {
    const user = userEvent.setup();
    const { saved } = await openSampleOn('offers');
    const drawer = await openDetails(user, 'Offer: Northwind Logistics');
    // 148,000 + 14,800 + 15,000 sign-on + 80,000 ÷ 4 = 197,800.
    expect(yearRow(drawer, 'Year 1')).toHaveTextContent('$197,800');

    await chooseIn(user, drawer, 'Vesting schedule', /^Back-loaded/);
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
    // The first drawer opened in a file loads the whole editor; on a shared machine that alone can take 20 s.
  }, 90_000);

  it('“Units × price” chosen with nothing typed yet reopens as units × price', async () => {
    const user = userEvent.setup();
    const { saved } = await openSampleOn('offers');
    let drawer = await openDetails(user, 'Offer: Northwind Logistics');
    await user.click(within(drawer).getByRole('radio', { name: 'Units × price' }));
    expect(within(drawer).getByLabelText('Units')).toHaveValue('');
    await waitFor(() => expect(planB(saved())?.compensation.equity).toMatchObject({ grantValue: null, units: null, pricePerUnit: null }), SAVE);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /^Pay details:/ })).not.toBeInTheDocument());

    drawer = await openDetails(user, 'Offer: Northwind Logistics');
    expect(within(drawer).getByRole('radio', { name: 'Units × price' })).toBeChecked();
    expect(within(drawer).getByLabelText('Units')).toBeInTheDocument();
    expect(within(drawer).queryByLabelText('Grant value')).not.toBeInTheDocument();
    // Back to a value: that choice is kept too.
    await user.click(within(drawer).getByRole('radio', { name: 'A value' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /^Pay details:/ })).not.toBeInTheDocument());
    drawer = await openDetails(user, 'Offer: Northwind Logistics');
    expect(within(drawer).getByRole('radio', { name: 'A value' })).toBeChecked();
  }, 60_000);

  it('a custom schedule not adding up to 100 shows the schema’s message, keeps what was typed and is not saved', async () => {
    const user = userEvent.setup();
    const { saved } = await openSampleOn('offers');
    const drawer = await openDetails(user, 'Offer: Northwind Logistics');
    await chooseIn(user, drawer, 'Vesting schedule', /^Custom/);
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
  }, 90_000);

  it('a CHF dream role with a rate shows its totals converted, with the rate and the day it was taken', async () => {
    const user = userEvent.setup();
    await openChanged('roles', lumenIn('CHF', [{ currency: 'CHF', rate: 1.13, takenOn: '2026-11-20' }]));
    const card = await screen.findByRole('region', { name: 'Dream role: Lumen Health' }, SAVE);
    // The four numbers are in the role's own currency.
    expect(within(card).getByLabelText('Base salary')).toHaveValue('CHF 172,000');
    const drawer = await openDetails(user, 'Dream role: Lumen Health');
    // 172,000 + 17,000 + 20,000 + 35,000 = 244,000 CHF × 1.13 = 275,720 USD.
    expect(yearRow(drawer, 'Year 1')).toHaveTextContent('$275,720');
    expect(within(drawer).getByTestId('pay-rate')).toHaveTextContent('In USD: 1 CHF = 1.13 USD on 2026-11-20.');
  });

  it('a role in a currency with no rate says so beside its totals, and the Situation names it until a rate is added', async () => {
    const user = userEvent.setup();
    const { saved } = await openChanged('situation', lumenIn('EUR'));
    const rates = await screen.findByTestId('exchange-rates', {}, SAVE);
    expect(within(rates).getByTestId('missing-rates')).toHaveTextContent('No rate yet for EUR');
    expect(rates).toHaveTextContent('Nothing is fetched');

    // The add form suggests the missing currency; a rate needs a number before it is added.
    const add = within(rates).getByTestId('add-rate');
    await user.click(within(add).getByRole('button', { name: 'Add this rate' }));
    expect(within(add).getByText('Give the rate as a number above 0, like 1.13.')).toBeInTheDocument();
    await user.type(within(add).getByLabelText('1 EUR = … USD'), '1.08');
    await user.click(within(add).getByRole('button', { name: 'Add this rate' }));
    await waitFor(() => expect(saved().situation.rates).toEqual([expect.objectContaining({ currency: 'EUR', rate: 1.08 })]), SAVE);
    expect(within(rates).queryByTestId('missing-rates')).not.toBeInTheDocument();

    // Edit it in its row; a bad rate stays as typed and is not saved.
    const row = within(rates).getByTestId('exchange-rate');
    const field = within(row).getByLabelText('1 EUR = … USD');
    await user.tripleClick(field);
    await user.keyboard('0');
    expect(within(row).getByText('Give the rate as a number above 0, like 1.13.')).toBeInTheDocument();
    await settled();
    expect(saved().situation.rates[0]?.rate).toBe(1.08);
    await user.click(within(row).getByRole('button', { name: 'Remove the EUR rate' }));
    await waitFor(() => expect(saved().situation.rates).toEqual([]), SAVE);
  });

  it('what is typed into the add-rate form is still there after leaving the Situation and coming back, and goes once added', async () => {
    const user = userEvent.setup();
    const { saved } = await openChanged('situation', lumenIn('EUR'));
    const addForm = async () => within(await screen.findByTestId('exchange-rates', {}, SAVE)).getByTestId('add-rate');
    await user.type(within(await addForm()).getByLabelText('1 EUR = … USD'), '1.1');
    await user.click(screen.getByRole('tab', { name: 'Dream roles' }));
    await screen.findByRole('region', { name: 'Dream role: Lumen Health' }, SAVE);
    expect(screen.queryByTestId('add-rate')).not.toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Situation' }));
    const field = within(await addForm()).getByLabelText('1 EUR = … USD');
    expect(field).toHaveValue('1.1 USD');
    // And across sections: the board, then the overview again.
    await user.type(field, '3');
    await user.click(screen.getByRole('link', { name: 'Board' }));
    await screen.findByTestId('section-board', {}, SAVE);
    await user.click(screen.getByRole('link', { name: 'Overview' }));
    expect(within(await addForm()).getByLabelText('1 EUR = … USD')).toHaveValue('1.13 USD');
    await user.click(within(await addForm()).getByRole('button', { name: 'Add this rate' }));
    await waitFor(() => expect(saved().situation.rates).toEqual([expect.objectContaining({ currency: 'EUR', rate: 1.13 })]), SAVE);
    await user.click(screen.getByRole('tab', { name: 'Dream roles' }));
    await user.click(await screen.findByRole('tab', { name: 'Situation' }));
    expect(within(await addForm()).getByLabelText(/^1 .* = … USD$|^Rate into USD$/)).toHaveValue('');
  });

  it('changing the currency money is shown in turns the rates into it, or says which rate to add first', async () => {
    const { chf, saved, choose } = await openWithChfRate();
    // No EUR rate: refused in words, nothing changed.
    await choose('EUR');
    expect(await screen.findByText(/Add a rate for EUR first \(1 EUR = … USD\)/)).toBeInTheDocument();
    await settled();
    expect(saved().situation).toMatchObject({ currency: 'USD', rates: [chf] });
    // To CHF, which has a rate: 1 USD = 1 / 1.13 = 0.884956 CHF, and CHF needs no rate any more.
    await choose('CHF');
    await waitFor(() => expect(saved().situation).toMatchObject({ currency: 'CHF', rates: [{ currency: 'USD', rate: 0.884956, takenOn: '2026-11-20' }] }), SAVE);
    expect(screen.queryByText(/Add a rate for EUR first/)).not.toBeInTheDocument();
  });

  it('a refused currency change says so until it is no longer true: the currency picked back, or its rate added', async () => {
    const { user, saved, choose } = await openWithChfRate();
    const refusal = /Add a rate for EUR first/;
    await choose('EUR');
    expect(await screen.findByText(refusal)).toBeInTheDocument();
    // Picked back: USD, the currency still shown.
    await choose('USD');
    expect(screen.queryByText(refusal)).not.toBeInTheDocument();

    await choose('EUR');
    expect(await screen.findByText(refusal)).toBeInTheDocument();
    // The missing rate added: the refusal is no longer true, so it goes (the currency stays until picked again).
    const add = within(screen.getByTestId('exchange-rates')).getByTestId('add-rate');
    await pick(user, add, 'Currency', /^EUR/);
    await user.type(within(add).getByLabelText('1 EUR = … USD'), '1.08');
    await user.click(within(add).getByRole('button', { name: 'Add this rate' }));
    await waitFor(() => expect(saved().situation.rates).toHaveLength(2), SAVE);
    expect(screen.queryByText(refusal)).not.toBeInTheDocument();
    expect(saved().situation.currency).toBe('USD');
    // Removing that rate again does not bring the old refusal back.
    await user.click(within(screen.getByTestId('exchange-rates')).getByRole('button', { name: 'Remove the EUR rate' }));
    await waitFor(() => expect(saved().situation.rates).toHaveLength(1), SAVE);
    expect(screen.queryByText(refusal)).not.toBeInTheDocument();
  });

  it('without a rate, the drawer says so next to the totals with a way to add one', async () => {
    const user = userEvent.setup();
    await openChanged('roles', lumenIn('EUR'));
    const drawer = await openDetails(user, 'Dream role: Lumen Health');
    expect(within(drawer).getByTestId('pay-rate')).toHaveTextContent('No exchange rate for EUR yet, so these are in EUR and not compared with Plan B.');
    expect(within(drawer).getByRole('link', { name: 'Add a rate under Situation' })).toHaveAttribute('href', expect.stringMatching(/\/overview$/));
    expect(yearRow(drawer, 'Year 1')).toHaveTextContent('€244,000');
  });

  it('“Compare pay on” changes the basis the board’s “vs Plan B” names and uses', async () => {
    const user = userEvent.setup();
    const { saved } = await openChanged('situation', (p) => p);
    await user.click(await screen.findByRole('radio', { name: '4-year average' }, SAVE));
    await waitFor(() => expect(saved().situation.compareOn).toBe('four-year-average'), SAVE);

    await user.click(screen.getAllByRole('link', { name: 'Board' })[0]!);
    const lumen = await screen.findByRole('article', { name: '1. Lumen Health' }, SAVE);
    // Lumen: 172,000 + 17,000 + 35,000 + 20,000 ÷ 4 = 229,000; Plan B: 148,000 + 14,800 + 20,000 + 15,000 ÷ 4 = 186,550.
    expect(lumen).toHaveTextContent('Pay vs Plan B (4-year average)+$42,450 (+22.8%) vs Plan B');
  });

  it('a monthly salary × 13 and a clawed-back sign-on: the card shows the yearly base, the drawer what is owed on leaving', async () => {
    const user = userEvent.setup();
    const { saved } = await openSampleOn('offers');
    const drawer = await openDetails(user, 'Offer: Northwind Logistics');
    await user.click(within(drawer).getByRole('radio', { name: 'Monthly' }));
    // Switching keeps the yearly base: 148,000 ÷ 12.
    await waitFor(() => expect(planB(saved())?.compensation.base).toEqual({ amount: 12_333.33, period: 'monthly', paymentsPerYear: 12 }), SAVE);
    const perPayment = within(drawer).getByLabelText('Base salary per payment');
    await user.tripleClick(perPayment);
    await user.keyboard('10000');
    await chooseIn(user, drawer, 'Payments a year', '13');
    await waitFor(() => expect(planB(saved())?.compensation.base).toEqual({ amount: 10_000, period: 'monthly', paymentsPerYear: 13 }), SAVE);
    // 10,000 × 13 = 130,000 a year, on the card's four numbers.
    const card = await screen.findByRole('region', { name: 'Offer: Northwind Logistics' });
    expect(within(card).getByLabelText('Base salary')).toHaveValue('$ 130,000');

    // The sample's 15,000 sign-on is paid in month 1; owed back in full within 12 months.
    await user.type(within(drawer).getByLabelText(/^Pay it back if I leave within/), '12');
    await user.click(within(drawer).getByRole('radio', { name: 'All of it' }));
    await waitFor(() => expect(planB(saved())?.compensation.signOn).toMatchObject({ clawbackMonths: 12, clawback: 'full' }), SAVE);
    const leave = within(drawer).getByTestId('leave-after');
    await user.tripleClick(within(leave).getByLabelText('If I leave after … months'));
    await user.keyboard('6');
    expect(leave).toHaveTextContent('Sign-on to pay back: $15,000');
    // Pro rata: 6 of 12 months not served → 15,000 × 6/12.
    await user.click(within(drawer).getByRole('radio', { name: 'The unserved share' }));
    await waitFor(() => expect(leave).toHaveTextContent('Sign-on to pay back: $7,500'));

    // A second instalment, removed again.
    await user.click(within(drawer).getByRole('button', { name: 'Add an instalment' }));
    await waitFor(() => expect(planB(saved())?.compensation.signOn.instalments).toEqual([{ amount: 15_000, month: 0 }, { amount: null, month: 12 }]), SAVE);
    await user.click(within(drawer).getByRole('button', { name: 'Remove instalment 2' }));
    await waitFor(() => expect(planB(saved())?.compensation.signOn.instalments).toHaveLength(1), SAVE);
  }, 90_000);
});
