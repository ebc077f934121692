import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { planB } from '@shared/plan';
import { openSampleOn, SAVE, settled } from './editor-helpers';

const northwind = () => screen.findByRole('region', { name: 'Offer: Northwind Logistics' }, SAVE);

describe('offer editor', () => {
  it('autosaves an edit of Plan B’s base pay', async () => {
    const user = userEvent.setup();
    const { saved } = await openSampleOn('offers');
    const base = within(await northwind()).getByLabelText('Base salary');
    expect(base).toHaveValue('$ 148,000');

    await user.tripleClick(base);
    await user.keyboard('152500');
    expect(base).toHaveValue('$ 152,500');
    await waitFor(() => expect(planB(saved())?.compensation.base.amount).toBe(152_500), SAVE);
  });

  it('shows why a negative amount is refused, keeps what was typed, and does not save it', async () => {
    const user = userEvent.setup();
    const { saved } = await openSampleOn('offers');
    const card = await northwind();
    const base = within(card).getByLabelText('Base salary');

    await user.tripleClick(base);
    await user.keyboard('-5000');
    expect(base).toHaveAttribute('aria-invalid', 'true');
    expect(within(card).getByText('An amount cannot be negative. Type 0 if there is none.')).toBeInTheDocument();
    expect(base).toHaveValue('-$ 5,000');
    expect(within(card).getByTestId('unsaved-drafts')).toHaveTextContent(/not saved until they are corrected/);

    // A valid edit elsewhere is saved; the invalid draft is not, and is still shown.
    await user.tripleClick(within(card).getByLabelText('Bonus'));
    await user.keyboard('9000');
    await waitFor(() => expect(planB(saved())?.compensation.bonus.value).toBe(9_000), SAVE);
    expect(planB(saved())?.compensation.base.amount).toBe(148_000);
    expect(base).toHaveValue('-$ 5,000');
  });

  it('refuses an absurd amount with a message', async () => {
    const user = userEvent.setup();
    await openSampleOn('offers');
    const card = await northwind();
    await user.tripleClick(within(card).getByLabelText('Sign-on bonus'));
    await user.keyboard('50000000000');
    expect(within(card).getByText(/That is more than 1,000,000,000; check for extra zeros\./)).toBeInTheDocument();
  });

  it('moves the Plan B mark to another offer, keeping exactly one', async () => {
    const user = userEvent.setup();
    const { saved } = await openSampleOn('offers');
    await northwind();
    await user.click(screen.getByRole('button', { name: 'Add an offer' }));
    const added = await screen.findByRole('region', { name: 'Offer: New offer' });
    expect(within(added).getByRole('radio', { name: 'This is my Plan B' })).not.toBeChecked();

    await user.type(within(added).getByLabelText(/Company/), 'Contoso');
    const contoso = await screen.findByRole('region', { name: 'Offer: Contoso' });
    await user.click(within(contoso).getByRole('radio', { name: 'This is my Plan B' }));
    expect(within(await northwind()).getByRole('radio', { name: 'This is my Plan B' })).not.toBeChecked();

    await waitFor(() => expect(planB(saved())?.company).toBe('Contoso'), SAVE);
    expect(saved().offers.filter((o) => o.isPlanB)).toHaveLength(1);
  });

  it('keeps an emptied company name in the form with an error; undoing another edit leaves it alone', async () => {
    const user = userEvent.setup();
    const { saved } = await openSampleOn('offers');
    const card = await northwind();
    const company = within(card).getByLabelText(/Company/);
    await user.clear(company);
    expect(company).toHaveValue('');
    expect(company).toHaveAttribute('aria-invalid', 'true');
    expect(within(card).getByText('Name the company that made this offer.')).toBeInTheDocument();

    const role = within(card).getByLabelText('Role');
    await user.type(role, ' II');
    await waitFor(() => expect(saved().offers[0]?.role).toBe('Senior Software Engineer II'), SAVE);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(role).toHaveValue('Senior Software Engineer');
    expect(company).toHaveValue('');
    await settled();
    expect(saved().offers[0]?.company).toBe('Northwind Logistics');
  });

  it('saves the deadline as an instant with the offset of the zone it was given in, and undo brings the old one back', async () => {
    const user = userEvent.setup();
    const { saved, plan } = await openSampleOn('offers');
    const card = await northwind();
    const date = within(card).getByLabelText('Deadline date');
    await user.tripleClick(date);
    await user.keyboard('2026-03-20');
    await user.keyboard('{Escape}');
    // New York is on daylight time (UTC−4) from 8 March 2026.
    await waitFor(() => expect(planB(saved())?.deadline).toBe('2026-03-20T17:00:00-04:00'), SAVE);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(date).toHaveValue(planB(plan)?.deadline?.slice(0, 10));
    await settled();
    expect(planB(saved())?.deadline).toBe(planB(plan)?.deadline);
  });

  it('refuses a deadline before the day the offer was received', async () => {
    const user = userEvent.setup();
    const { saved, plan } = await openSampleOn('offers');
    const card = await northwind();
    const date = within(card).getByLabelText('Deadline date');
    await user.tripleClick(date);
    await user.keyboard('2020-01-01');
    expect(within(card).getByText(/The deadline is before the day you received the offer/)).toBeInTheDocument();
    expect(date).toHaveValue('2020-01-01');
    await settled();
    expect(planB(saved())?.deadline).toBe(planB(plan)?.deadline);
  });

  it('removes an offer with an Undo in the notification', async () => {
    const user = userEvent.setup();
    const { saved } = await openSampleOn('offers');
    await user.click(within(await northwind()).getByRole('button', { name: 'Remove the offer from Northwind Logistics' }));
    expect(screen.queryByRole('region', { name: 'Offer: Northwind Logistics' })).not.toBeInTheDocument();
    expect(screen.getByText('No offer yet')).toBeInTheDocument();
    await waitFor(() => expect(saved().offers).toHaveLength(0), SAVE);

    const notice = screen.getByText('Offer removed').closest('.mantine-Notification-root') as HTMLElement;
    await user.click(within(notice).getByRole('button', { name: 'Undo' }));
    expect(await northwind()).toBeInTheDocument();
    await waitFor(() => expect(planB(saved())?.company).toBe('Northwind Logistics'), SAVE);
  });
});
