/** A plan whose file broke on disk: set aside by the real store, offered and restored from the plans screen. */
import { writeFile } from 'node:fs/promises';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';
import { createTestPlanner } from './test-planner';

describe('set-aside plans on the plans screen', () => {
  it('offers the newest backup with its date, restores it as the plan and clears the problem', async () => {
    const user = userEvent.setup();
    const planner = await createTestPlanner();
    const plan = await planner.seed('sample');
    await planner.saveElsewhere(plan.id, (p) => ({ ...p, name: 'Saved once' })); // takes a backup of revision 1
    await writeFile(planner.planPath(plan.id), '{ "name": "Saved once", "offers": [');
    await renderApp('/', planner);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('A plan file was set aside');
    expect(alert).toHaveTextContent(`${plan.id}.json`);
    const [backup] = (await planner.call('backups:list', { planId: plan.id })).entries;
    const taken = new Date(backup!.takenAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
    expect(within(alert).getByTestId('newest-backup-date')).toHaveTextContent(`Newest backup: ${taken}`);
    expect(screen.getByTestId('plans-empty')).toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Restore the newest backup' }));
    expect(await screen.findByText(`“${plan.name}” is back as it was on ${taken}. The set-aside file stays in the plans folder.`)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    const row = await screen.findByTestId('plan-row');
    expect(row).toHaveTextContent(plan.name);
    expect(planner.read(plan.id)).toMatchObject({ name: plan.name, dreamRoles: plan.dreamRoles });

    await user.click(within(row).getByRole('link', { name: plan.name }));
    expect(await screen.findByLabelText('Plan name', {}, { timeout: 15_000 })).toHaveValue(plan.name);
  });

  it('says there is no backup, and offers no button, for a plan set aside before its first backup', async () => {
    const planner = await createTestPlanner();
    const plan = await planner.seed('blank', 'Never saved');
    await writeFile(planner.planPath(plan.id), '');
    await renderApp('/', planner);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('There is no backup of it yet.');
    expect(within(alert).queryByRole('button')).toBeNull();
  });

  it('tells why when the restore fails and keeps offering it', async () => {
    const user = userEvent.setup();
    const planner = await createTestPlanner();
    const plan = await planner.seed('sample');
    await planner.saveElsewhere(plan.id, (p) => p);
    await writeFile(planner.planPath(plan.id), 'nope');
    planner.failNext('problems:restoreNewestBackup', { code: 'io', message: 'Could not restore the backup: the disk is full. Nothing was changed; try again after fixing the folder.' });
    await renderApp('/', planner);

    await user.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Restore the newest backup' }));
    expect(await screen.findByText('The plan was not restored')).toBeInTheDocument();
    expect(screen.getByText(/the disk is full/)).toBeInTheDocument();
    expect(within(screen.getByTestId('store-problems')).getByRole('button', { name: 'Restore the newest backup' })).toBeEnabled();
    expect(planner.has(plan.id)).toBe(false);
  });
});
