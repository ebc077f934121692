import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { planB } from '@shared/plan';
import { openSampleOn, SAVE } from './editor-helpers';

describe('criteria and scores', () => {
  it('removing a criterion removes its scores from every option, and Undo brings them all back', async () => {
    const user = userEvent.setup();
    const { saved, plan } = await openSampleOn('criteria');
    const growth = plan.criteria.find((c) => c.name === 'Growth');
    if (!growth) throw new Error('The sample plan has a Growth criterion.');
    await user.click(await screen.findByRole('button', { name: 'Remove the criterion Growth' }, SAVE));
    expect(screen.queryByLabelText('Growth score for Lumen Health')).not.toBeInTheDocument();
    await waitFor(() => expect(saved().criteria.map((c) => c.name)).not.toContain('Growth'), SAVE);
    const options = [...saved().offers, ...saved().dreamRoles];
    expect(options.every((o) => !(growth.id in o.scores))).toBe(true);

    const notice = screen.getByText('Criterion removed').closest('.mantine-Notification-root') as HTMLElement;
    await user.click(within(notice).getByRole('button', { name: 'Undo' }));
    expect(screen.getByLabelText('Growth score for Lumen Health')).toHaveValue('5');
    await waitFor(() => expect(saved().criteria.map((c) => c.name)).toContain('Growth'), SAVE);
    expect(planB(saved())?.scores[growth.id]).toBe(3);
    expect(saved().dreamRoles.map((r) => r.scores[growth.id])).toEqual([5, 4, 4]);
  });

  it('sets and clears a score in the grid with the keyboard-operable selects', async () => {
    const user = userEvent.setup();
    const { saved, plan } = await openSampleOn('criteria');
    const team = plan.criteria.find((c) => c.name === 'Team');
    if (!team) throw new Error('The sample plan has a Team criterion.');
    const cell = await screen.findByLabelText('Team score for Harbor Climate', {}, SAVE);
    await user.selectOptions(cell, '2');
    await waitFor(() => expect(saved().dreamRoles[1]?.scores[team.id]).toBe(2), SAVE);
    await user.selectOptions(cell, '–');
    expect(cell).toHaveValue('');
    await waitFor(() => expect(team.id in (saved().dreamRoles[1]?.scores ?? {})).toBe(false), SAVE);
  });

  it('renames and reweights a criterion, and keeps an empty name in the form with an error', async () => {
    const user = userEvent.setup();
    const { saved } = await openSampleOn('criteria');
    const rows = await screen.findAllByTestId('criterion-row', {}, SAVE);
    const first = rows[0] as HTMLElement;
    const name = within(first).getByLabelText('Criterion name');
    await user.clear(name);
    expect(within(first).getByText(/A criterion needs a name/)).toBeInTheDocument();
    await user.type(name, 'Pay');
    const weight = within(first).getByLabelText('Weight of Pay (number)');
    await user.tripleClick(weight);
    await user.keyboard('12');
    expect(within(first).getByText(/A weight is a number from 0/)).toBeInTheDocument();
    await user.keyboard('{Backspace}');
    await waitFor(() => expect(saved().criteria[0]).toMatchObject({ name: 'Pay', weight: 1 }), SAVE);
  });
});
