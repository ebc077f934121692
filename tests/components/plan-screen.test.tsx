import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createTestPlanner } from './test-planner';
import { renderApp } from './render-app';

/** Autosave waits ~700 ms after the last edit; allow for that plus the save. */
const SAVE = { timeout: 3_000 };

async function openSample() {
  const planner = await createTestPlanner();
  const plan = await planner.seed('sample');
  const view = await renderApp(`/plans/${plan.id}/overview`, planner);
  return { ...view, plan };
}

describe('plan screen', () => {
  it('shows the overview of the plan: situation, Plan B and dream roles', async () => {
    await openSample();
    expect(await screen.findByLabelText('Plan name')).toHaveValue('Sample: Alex weighs Northwind against three dream roles');
    expect(screen.getByLabelText('Your name (used in scripts)')).toHaveValue('Alex Rivera');
    expect(screen.getByRole('radio', { name: 'Employed' })).toBeChecked();
    const planB = screen.getByTestId('plan-b-summary');
    expect(within(planB).getByText('Northwind Logistics')).toBeInTheDocument();
    expect(within(planB).getByText(/America\/New York|America\/New_York|New York/)).toBeInTheDocument();
    const roles = within(screen.getByTestId('dream-roles-summary')).getAllByRole('row');
    expect(roles.slice(1).map((r) => within(r).getAllByRole('cell')[1]?.textContent)).toEqual([
      'Lumen Health',
      'Harbor Climate',
      'Tessellate Studio',
    ]);
  });

  it('explains safety-net mode when the user is unemployed, and saves the change', async () => {
    const user = userEvent.setup();
    const { planner, plan } = await openSample();
    await user.click(await screen.findByRole('radio', { name: 'Unemployed' }));
    expect(screen.getByTestId('employment-explanation')).toHaveTextContent(/Safety-net mode/);
    await waitFor(() => expect(planner.read(plan.id).situation.employment).toBe('unemployed'), SAVE);
  });

  it('goes Saving… then Saved after an edit, with the new revision on disk', async () => {
    const user = userEvent.setup();
    const { planner, plan } = await openSample();
    const field = await screen.findByLabelText('Plan name');
    expect(screen.getByTestId('save-state')).toHaveTextContent('Saved');

    await user.clear(field);
    await user.type(field, 'Northwind or Lumen');
    expect(screen.getByTestId('save-state')).toHaveTextContent('Saving…');
    await waitFor(() => expect(screen.getByTestId('save-state')).toHaveTextContent(/^Saved$/), SAVE);
    const saved = planner.read(plan.id);
    expect(saved?.name).toBe('Northwind or Lumen');
    expect(saved?.revision).toBe(plan.revision + 1);
    // One debounced save for the whole burst of typing.
    expect(planner.calls.filter((c) => c.channel === 'plans:save')).toHaveLength(1);
  });

  it('keeps the edits and says why when a save fails, and Retry saves them', async () => {
    const user = userEvent.setup();
    const { planner, plan } = await openSample();
    planner.failNext('plans:save', { code: 'io', message: 'The disk is full. Free some space, then retry.' });
    await user.type(await screen.findByLabelText('Your name (used in scripts)'), ' Jr.');

    const state = await screen.findByText('Not saved: The disk is full. Free some space, then retry.', {}, SAVE);
    expect(state).toHaveAttribute('data-testid', 'save-state');
    expect(planner.read(plan.id).situation.userName).toBe('Alex Rivera');
    expect(screen.getByLabelText('Your name (used in scripts)')).toHaveValue('Alex Rivera Jr.');

    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByTestId('save-state')).toHaveTextContent(/^Saved$/), SAVE);
    expect(planner.read(plan.id).situation.userName).toBe('Alex Rivera Jr.');
  });

  it('does not save an empty plan name and says why', async () => {
    const user = userEvent.setup();
    const { planner, plan } = await openSample();
    await user.clear(await screen.findByLabelText('Plan name'));
    await waitFor(() => expect(screen.getByTestId('save-state')).toHaveTextContent('Not saved: A plan needs a name.'), SAVE);
    expect(planner.read(plan.id).name).toBe(plan.name);
  });

  it('merges my unsaved edits with a version synced in from another computer: both changes are kept', async () => {
    const user = userEvent.setup();
    const { planner, plan } = await openSample();
    // The first autosave waits (a slow disk) until a sync tool has rewritten the file: no event, just a newer revision.
    const release = planner.holdNext('plans:save');
    await user.type(await screen.findByLabelText('Your name (used in scripts)'), ' (me)');
    await planner.syncElsewhere(plan.id, (p) => ({ ...p, name: 'Changed by a sync tool' }));
    release();

    await waitFor(() => expect(screen.getByLabelText('Plan name')).toHaveValue('Changed by a sync tool'), SAVE);
    await waitFor(() => expect(screen.getByTestId('save-state')).toHaveTextContent(/^Saved$/), SAVE);
    expect(screen.getByTestId('remote-update')).toHaveTextContent('Merged with changes made elsewhere');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByTestId('field-conflicts')).not.toBeInTheDocument();
    const onDisk = planner.read(plan.id);
    expect(onDisk).toMatchObject({ name: 'Changed by a sync tool', situation: { userName: 'Alex Rivera (me)' } });
    expect(onDisk.revision).toBeGreaterThanOrEqual(plan.revision + 2);
  });

  it('shows a field both changed side by side, alone; "Use yours" puts mine back and saves it', async () => {
    const user = userEvent.setup();
    const { planner, plan } = await openSample();
    await user.type(await screen.findByLabelText('Your name (used in scripts)'), ' (me)');
    await planner.saveElsewhere(plan.id, (p) => ({ ...p, name: 'Renamed there', situation: { ...p.situation, userName: 'Other window' } }));

    const card = await screen.findByTestId('field-conflicts', {}, SAVE);
    const conflicts = within(card).getAllByTestId('field-conflict');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toHaveTextContent('User name');
    expect(conflicts[0]).toHaveTextContent('Alex Rivera (me)');
    expect(conflicts[0]).toHaveTextContent('Other window');
    expect(screen.getByLabelText('Your name (used in scripts)')).toHaveValue('Other window');
    expect(screen.getByLabelText('Plan name')).toHaveValue('Renamed there');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: /Use yours/ }));
    expect(screen.getByLabelText('Your name (used in scripts)')).toHaveValue('Alex Rivera (me)');
    expect(screen.queryByTestId('field-conflicts')).not.toBeInTheDocument();
    await waitFor(() => expect(planner.read(plan.id).situation.userName).toBe('Alex Rivera (me)'), SAVE);
    expect(planner.read(plan.id).name).toBe('Renamed there');
  });

  it('merges an edit on disk that kept the revision too', async () => {
    const user = userEvent.setup();
    const { planner, plan } = await openSample();
    const field = await screen.findByLabelText('Your name (used in scripts)');
    // The edit on disk comes first, so the autosave of my typing is the save that meets it.
    await planner.syncElsewhere(plan.id, (p) => ({ ...p, name: 'Edited in a text editor' }), { keepRevision: true });
    await user.type(field, ' (me)');

    await waitFor(() => expect(planner.read(plan.id).situation.userName).toBe('Alex Rivera (me)'), SAVE);
    expect(planner.read(plan.id)).toMatchObject({ name: 'Edited in a text editor', revision: plan.revision + 1 });
    await waitFor(() => expect(screen.getByLabelText('Plan name')).toHaveValue('Edited in a text editor'));
  });

  it('saves my version as a new plan on a conflict and opens it', async () => {
    const user = userEvent.setup();
    const { planner, plan } = await openSample();
    await user.type(await screen.findByLabelText('Your name (used in scripts)'), ' (mine)');
    await planner.syncElsewhere(plan.id, (p) => ({ ...p, name: 'Theirs' }));
    // Changes that cannot be combined (say, each side made a different offer Plan B) are a whole-plan conflict.
    planner.failNext('plans:save', { code: 'conflict', message: 'The two sets of changes cannot be combined.' });

    const dialog = await screen.findByRole('dialog', { name: 'This plan was changed somewhere else' }, SAVE);
    await user.click(within(dialog).getByRole('button', { name: 'Save mine as a new plan' }));

    // The app creates the copy, then saves my version into it: two writes, so wait for the second.
    const copyOnDisk = () => {
      const copyId = planner.planIds().find((id) => id !== plan.id);
      return copyId ? planner.read(copyId) : undefined;
    };
    await waitFor(() => expect(copyOnDisk()?.situation.userName).toBe('Alex Rivera (mine)'), SAVE);
    const copy = copyOnDisk();
    expect(copy?.name).toBe(`${plan.name} (my version)`);
    expect(planner.read(plan.id).name).toBe('Theirs');
    await waitFor(() => expect(window.location.hash).toBe(`#/plans/${copy?.id}/overview`));
    await waitFor(() => expect(screen.getByLabelText('Your name (used in scripts)')).toHaveValue('Alex Rivera (mine)'));
    expect(screen.getByLabelText('Plan name')).toHaveValue(`${plan.name} (my version)`);
  });

  it('reloads at once when another window saves and there are no unsaved edits, says so, and Undo brings mine back', async () => {
    const { planner, plan } = await openSample();
    await screen.findByLabelText('Plan name');
    await planner.saveElsewhere(plan.id, (p) => ({ ...p, name: 'Renamed in another window' }));
    await waitFor(() => expect(screen.getByLabelText('Plan name')).toHaveValue('Renamed in another window'));
    expect(screen.getByTestId('save-state')).toHaveTextContent(/^Saved$/);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const notice = screen.getByTestId('remote-update');
    expect(notice).toHaveTextContent('Updated from another window');
    await userEvent.setup().click(within(notice).getByRole('button', { name: 'Undo update' }));
    expect(screen.getByLabelText('Plan name')).toHaveValue(plan.name);
    await waitFor(() => expect(planner.read(plan.id).name).toBe(plan.name), SAVE);
  });

  it('keeps unsaved edits when leaving the plan while saves fail, and shows them on return', async () => {
    const user = userEvent.setup();
    const { planner, plan } = await openSample();
    planner.failNext('plans:save', { code: 'io', message: 'The plans folder is read-only.' }, 2);
    await user.type(await screen.findByLabelText('Your name (used in scripts)'), ' II');
    await screen.findByText('Not saved: The plans folder is read-only.', {}, SAVE);

    await user.click(screen.getByRole('link', { name: 'All plans' }));
    await user.click(await screen.findByRole('link', { name: plan.name }));
    expect(await screen.findByLabelText('Your name (used in scripts)')).toHaveValue('Alex Rivera II');
    await waitFor(() => expect(screen.getByTestId('save-state')).toHaveTextContent('Not saved: The plans folder is read-only.'));
    expect(planner.read(plan.id).situation.userName).toBe('Alex Rivera');

    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(planner.read(plan.id).situation.userName).toBe('Alex Rivera II'), SAVE);
    expect(screen.getByTestId('save-state')).toHaveTextContent(/^Saved$/);
  });
});
