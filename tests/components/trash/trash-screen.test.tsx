/** The Trash view (renderer/src/features/trash) against the real store's trash folder. */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { createTestPlanner, type TestPlanner } from '../test-planner';

async function trashOf(planner: TestPlanner, ...names: string[]) {
  const entries = [];
  for (const name of names) {
    const plan = await planner.seed('blank', name);
    entries.push(await planner.call('plans:delete', { id: plan.id }));
  }
  return entries;
}

const rows = () => within(screen.getByTestId('trash-list')).getAllByTestId('trash-row');

describe('trash view', () => {
  it('is reached from the plans screen and lists deleted plans, most recent first, with when', async () => {
    const user = userEvent.setup();
    const planner = await createTestPlanner();
    await planner.seed('blank', 'Still here');
    const [first] = await trashOf(planner, 'Deleted first', 'Deleted second');
    await renderApp('/', planner);

    await user.click(await screen.findByRole('link', { name: 'Trash' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Trash' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/trash');
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(rows().map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual(['Deleted second', 'Deleted first']);
    expect(rows()[1]).toHaveTextContent(new Date(first!.deletedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }));
    expect(screen.queryByText('Still here')).toBeNull();
  });

  it('restores a plan to the plans folder and the plans list', async () => {
    const user = userEvent.setup();
    const planner = await createTestPlanner();
    const [entry] = await trashOf(planner, 'Bring me back');
    await renderApp('/trash', planner);

    await user.click(await screen.findByRole('button', { name: 'Restore: “Bring me back”' }));
    expect(await screen.findByText('“Bring me back” is back in your plans.')).toBeInTheDocument();
    expect(await screen.findByTestId('trash-empty')).toHaveTextContent('The trash is empty.');
    expect(planner.has(entry!.planId)).toBe(true);
    expect(planner.trashFiles()).toEqual([]);

    await user.click(screen.getByRole('link', { name: 'All plans' }));
    expect(await screen.findByText('Bring me back')).toBeInTheDocument();
  });

  it('deletes one plan forever only after confirming; Cancel keeps it', async () => {
    const user = userEvent.setup();
    const planner = await createTestPlanner();
    const [gone, kept] = await trashOf(planner, 'Gone for good', 'Kept in the trash');
    await renderApp('/trash', planner);

    await user.click(await screen.findByRole('button', { name: 'Delete forever: “Gone for good”' }));
    let dialog = await screen.findByRole('dialog', { name: 'Delete this plan for good?' });
    expect(dialog).toHaveTextContent('“Gone for good” and its backups will be deleted for good. This cannot be undone.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(planner.trashFiles()).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Delete forever: “Gone for good”' }));
    dialog = await screen.findByRole('dialog', { name: 'Delete this plan for good?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete forever' }));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]).toHaveTextContent('Kept in the trash');
    expect(planner.trashFiles()).toEqual([`${kept!.trashId}.json`]);
    expect(planner.has(gone!.planId)).toBe(false);
  });

  it('empties the trash after a confirmation, by keyboard', async () => {
    const user = userEvent.setup();
    const planner = await createTestPlanner();
    await trashOf(planner, 'One', 'Two', 'Three');
    await renderApp('/trash', planner);

    const empty = await screen.findByRole('button', { name: 'Empty trash' });
    empty.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Empty the trash?' });
    expect(dialog).toHaveTextContent('All 3 plans in the trash and their backups will be deleted for good. This cannot be undone.');
    within(dialog).getByRole('button', { name: 'Empty trash' }).focus();
    await user.keyboard('{Enter}');

    expect(await screen.findByTestId('trash-empty')).toBeInTheDocument();
    expect(await screen.findByText('3 plans were deleted for good.')).toBeInTheDocument();
    expect(planner.trashFiles()).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Empty trash' })).toBeNull();
  });

  it('says why when a restore is refused, and keeps the plan in the trash', async () => {
    const user = userEvent.setup();
    const planner = await createTestPlanner();
    const plan = await planner.seed('blank', 'Twice');
    const { text } = await planner.call('plans:export', { id: plan.id });
    const entry = await planner.call('plans:delete', { id: plan.id });
    await planner.call('plans:importText', { text }); // the same plan is back, so the trashed copy cannot return
    await renderApp('/trash', planner);

    await user.click(await screen.findByRole('button', { name: 'Restore: “Twice”' }));
    expect(await screen.findByText('The plan was not restored')).toBeInTheDocument();
    expect(screen.getByText(/already in the plans folder, so nothing was overwritten/)).toBeInTheDocument();
    expect(planner.trashFiles()).toEqual([`${entry.trashId}.json`]);
    expect(rows()).toHaveLength(1);
  });
});
