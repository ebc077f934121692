/** A plan's Backups (renderer/src/features/backups) against the real store's rolling backups. */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { createTestPlanner } from '../test-planner';

/** The first section a test file shows is a lazy chunk vitest transforms then: allow for it. */
const FIRST_OPEN = { timeout: 15_000 };

async function openBackups(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Backups' }, FIRST_OPEN));
  return screen.findByRole('dialog', { name: 'Backups of this plan' });
}

describe('backups of a plan', () => {
  it('lists the backups the store took and restores one after asking, backing up the current state first', async () => {
    const user = userEvent.setup();
    const planner = await createTestPlanner();
    const plan = await planner.seed('sample');
    // The first save takes a backup of revision 1 (the plan as created).
    await planner.saveElsewhere(plan.id, (p) => ({ ...p, name: 'Renamed later' }));
    await renderApp(`/plans/${plan.id}/overview`, planner);
    expect(await screen.findByLabelText('Plan name', {}, FIRST_OPEN)).toHaveValue('Renamed later');

    const dialog = await openBackups(user);
    const rows = await within(dialog).findAllByTestId('backup-row');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('While you worked');
    expect(rows[0]).toHaveTextContent(/\d+(\.\d)? kB/);
    await user.click(within(rows[0]!).getByRole('button', { name: 'Restore' }));

    const confirm = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    expect(confirm).toHaveTextContent('Its current state is backed up first');
    await user.click(within(confirm).getByRole('button', { name: 'Restore backup' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByLabelText('Plan name')).toHaveValue(plan.name));
    expect(planner.read(plan.id)).toMatchObject({ name: plan.name, revision: 3 });

    const again = await openBackups(user);
    const reasons = () => within(again).getAllByTestId('backup-row').map((r) => within(r).getAllByRole('cell')[1]?.textContent);
    await waitFor(() => expect(reasons()).toEqual(['Before a backup was restored', 'While you worked']));
  });

  it('says there are no backups yet for a plan never saved since it was created', async () => {
    const user = userEvent.setup();
    const planner = await createTestPlanner();
    const plan = await planner.seed('blank', 'Fresh plan');
    await renderApp(`/plans/${plan.id}/overview`, planner);
    const dialog = await openBackups(user);
    expect(await within(dialog).findByText(/^No backups yet\./)).toBeInTheDocument();
    expect(within(dialog).queryByTestId('backups-list')).toBeNull();
  });

  it('says why when the backups cannot be read, and a failed restore keeps the dialog with the reason', async () => {
    const user = userEvent.setup();
    const planner = await createTestPlanner();
    const plan = await planner.seed('sample');
    await planner.saveElsewhere(plan.id, (p) => ({ ...p, name: 'Renamed later' }));
    planner.failNext('backups:list', { code: 'io', message: 'Could not read the backups: the disk reported a read or write error.' });
    await renderApp(`/plans/${plan.id}/overview`, planner);

    const dialog = await openBackups(user);
    expect(await within(dialog).findByText('Could not read the backups: the disk reported a read or write error.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const reopened = await openBackups(user);
    const [row] = await within(reopened).findAllByTestId('backup-row');
    planner.failNext('backups:restore', { code: 'io', message: 'Could not restore the backup: the disk is full. Nothing was changed.' });
    await user.click(within(row!).getByRole('button', { name: 'Restore' }));
    const confirm = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    await user.click(within(confirm).getByRole('button', { name: 'Restore backup' }));
    expect(await within(confirm).findByText('Could not restore the backup: the disk is full. Nothing was changed.')).toBeInTheDocument();
    expect(planner.read(plan.id).name).toBe('Renamed later');
  });
});
