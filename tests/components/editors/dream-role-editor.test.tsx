import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { WALK_AWAY_LABELS, WALK_AWAY_QUESTION } from '../../../renderer/src/features/editors/labels';
import { openSampleOn, SAVE } from './editor-helpers';

const roleCard = (company: string) => screen.findByRole('region', { name: `Dream role: ${company}` }, SAVE);

describe('dream role editor', () => {
  it('adds a contact and makes them the one to call', async () => {
    const user = userEvent.setup();
    const { saved } = await openSampleOn('roles');
    const card = await roleCard('Lumen Health');
    await user.click(within(card).getByRole('button', { name: 'Add a contact' }));
    const rows = within(card).getAllByTestId('contact-row');
    expect(rows).toHaveLength(2);
    const added = rows[1] as HTMLElement;
    await user.type(within(added).getByLabelText(/Name/), 'Dana Wu');
    await user.type(within(added).getByLabelText('Phone'), '+1 415 555 0100');
    await user.click(within(added).getByRole('radio', { name: 'This is who I call' }));
    expect(within(rows[0] as HTMLElement).getByRole('radio', { name: 'This is who I call' })).not.toBeChecked();

    await waitFor(() => {
      const contacts = saved().dreamRoles[0]?.contacts;
      expect(contacts?.map((c) => [c.name, c.phone, c.isWhoToCall])).toEqual([
        ['Priya Shah', '+1 415 555 0142', false],
        ['Dana Wu', '+1 415 555 0100', true],
      ]);
    }, SAVE);
  });

  it('saves the walk-away answer chosen in plain words', async () => {
    const user = userEvent.setup();
    const { saved } = await openSampleOn('roles');
    const card = await roleCard('Harbor Climate');
    const group = within(card).getByRole('radiogroup', { name: WALK_AWAY_QUESTION });
    expect(within(group).getByRole('radio', { name: WALK_AWAY_LABELS.undecided })).toBeChecked();
    await user.click(within(group).getByRole('radio', { name: WALK_AWAY_LABELS['accept-plan-b'] }));
    await waitFor(() => expect(saved().dreamRoles[1]?.walkAwayAnswer).toBe('accept-plan-b'), SAVE);
  });

  it('warns about a duplicate company but saves it, and refuses an empty one', async () => {
    const user = userEvent.setup();
    const { saved } = await openSampleOn('roles');
    const card = await roleCard('Harbor Climate');
    const company = within(card).getByLabelText(/Company/);
    await user.clear(company);
    expect(within(card).getByText('Name the company you would rather join.')).toBeInTheDocument();
    await user.type(company, 'Lumen Health');
    expect(within(card).getByText(/Another dream role is at this company too/)).toBeInTheDocument();
    expect(company).not.toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(saved().dreamRoles[1]?.company).toBe('Lumen Health'), SAVE);
  });

  it('takes likelihoods in percent, says when they do not add up to 100, and refuses more than 100', async () => {
    const user = userEvent.setup();
    const { saved } = await openSampleOn('roles');
    const card = await roleCard('Lumen Health');
    await user.type(within(card).getByLabelText('Immediate offer'), '30');
    await user.type(within(card).getByLabelText('Non-answer'), '50');
    expect(within(card).getByTestId('likelihood-sum')).toHaveTextContent('These add up to 80%, not 100%. The board scales them so they do.');
    await user.type(within(card).getByLabelText('Green light to walk'), '120');
    expect(within(card).getByText('A likelihood is a percentage from 0 to 100.')).toBeInTheDocument();
    await waitFor(() => expect(saved().dreamRoles[0]?.likelihoods).toEqual({ immediateOffer: 0.3, nonAnswer: 0.5, greenLight: 0.12 }), SAVE);
  });

  it('renames the card, its buttons and the removal notice after the company typed', async () => {
    const user = userEvent.setup();
    await openSampleOn('roles');
    const card = await roleCard('Harbor Climate');
    const company = within(card).getByLabelText(/Company/);
    await user.clear(company);
    await user.type(company, 'Harbor Energy');
    // The header and the pay details follow the company a frame later (useDeferredValue).
    const renamed = await roleCard('Harbor Energy');
    expect(await within(renamed).findByRole('heading', { name: 'Harbor Energy' })).toBeInTheDocument();
    expect(within(renamed).getByRole('button', { name: 'Pay details: Harbor Energy' })).toBeInTheDocument();
    await user.click(within(renamed).getByRole('button', { name: 'Remove the dream role at Harbor Energy' }));
    expect(await screen.findByText('Harbor Energy is no longer in this plan.')).toBeInTheDocument();
  });
});
