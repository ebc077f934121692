import { writeFile } from 'node:fs/promises';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestPlanner } from './test-planner';
import { renderApp } from './render-app';

const rows = () => within(screen.getByTestId('plans-list')).getAllByTestId('plan-row');
const rowNamed = (name: string) => {
  const row = rows().find((r) => within(r).queryByText(name));
  if (!row) throw new Error(`No row named ${name}`);
  return row;
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('plans screen', () => {
  it('lists each plan with its Plan B, dream roles and last change', async () => {
    const planner = await createTestPlanner();
    const sample = await planner.seed('sample');
    await planner.seed('blank', 'Moving to Lisbon');
    await renderApp('/', planner);

    expect(await screen.findByTestId('plans-list')).toBeInTheDocument();
    expect(rows()).toHaveLength(2);
    const row = rowNamed(sample.name);
    expect(within(row).getByText('Northwind Logistics')).toBeInTheDocument();
    expect(within(row).getByText(/^Deadline /)).toBeInTheDocument();
    expect(within(row).getByText('3 dream roles')).toBeInTheDocument();
    expect(within(row).getByText(/^Updated /)).toBeInTheDocument();
    expect(within(rowNamed('Moving to Lisbon')).getByText('No Plan B yet')).toBeInTheDocument();
    expect(performance.getEntriesByName('app-interactive', 'mark').length).toBeGreaterThan(0);
  });

  it('says which follow-ups are due on a plan, and nothing when none are', async () => {
    const planner = await createTestPlanner();
    const sample = await planner.seed('sample');
    const quiet = await planner.seed('blank', 'Nothing due');
    // The store's clock is early March 2026: a follow-up dated a few days before is overdue.
    await planner.saveElsewhere(sample.id, (plan) => ({
      ...plan,
      dreamRoles: plan.dreamRoles.map((role, i) =>
        i === 1
          ? { ...role, callLog: [{ id: crypto.randomUUID(), at: '2026-02-20T10:00:00Z', outcome: 'non-answer' as const, timingSaid: '', notes: '', nextStep: 'Ask for a date', followUpOn: '2026-02-27', spokeWith: '', interest: null, urgency: null, newExpectedDecisionOn: null }] }
          : role,
      ),
    }));
    await renderApp('/', planner);

    await screen.findByTestId('plans-list');
    expect(within(rowNamed(sample.name)).getByTestId('plan-follow-ups')).toHaveTextContent(/1 follow-up due: Harbor Climate \(\d+ days overdue\)/);
    expect(within(rowNamed(quiet.name)).queryByTestId('plan-follow-ups')).toBeNull();
  });

  it('explains what a plan is when there is none, and creates one from the sample', async () => {
    const user = userEvent.setup();
    const { planner } = await renderApp('/');

    const empty = await screen.findByTestId('plans-empty');
    expect(within(empty).getByText(/one job-search decision/)).toBeInTheDocument();
    expect(within(empty).getByRole('button', { name: 'New blank plan' })).toBeInTheDocument();
    await user.click(within(empty).getByRole('button', { name: 'Start from the sample plan' }));

    const nameField = await screen.findByLabelText('Plan name');
    const [createdId] = planner.planIds();
    const created = planner.read(createdId!);
    expect(created?.dreamRoles).toHaveLength(3);
    expect(nameField).toHaveValue(created?.name);
    expect(window.location.hash).toBe(`#/plans/${created?.id}/overview`);

    await user.click(screen.getByRole('link', { name: 'All plans' }));
    expect(await screen.findByTestId('plans-list')).toBeInTheDocument();
    expect(rows()).toHaveLength(1);
  });

  it('renames a plan in a modal and refuses an empty name', async () => {
    const user = userEvent.setup();
    const planner = await createTestPlanner();
    const plan = await planner.seed('blank', 'First try');
    await renderApp('/', planner);

    await user.click(within(await screen.findByTestId('plan-row')).getByRole('button', { name: 'Rename' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rename plan' });
    const field = within(dialog).getByLabelText(/Plan name/);
    await user.clear(field);
    await user.click(within(dialog).getByRole('button', { name: 'Save name' }));
    expect(await within(dialog).findByText('A plan needs a name.')).toBeInTheDocument();
    expect(planner.read(plan.id).name).toBe('First try');

    await user.type(field, 'Offer from Northwind');
    await user.click(within(dialog).getByRole('button', { name: 'Save name' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Offer from Northwind')).toBeInTheDocument();
    expect(planner.read(plan.id).name).toBe('Offer from Northwind');
  });

  it('duplicates a plan', async () => {
    const user = userEvent.setup();
    const planner = await createTestPlanner();
    await planner.seed('blank', 'Original');
    await renderApp('/', planner);

    await user.click(within(await screen.findByTestId('plan-row')).getByRole('button', { name: 'Duplicate' }));
    expect(await screen.findByText('Original (copy)')).toBeInTheDocument();
    expect(planner.planIds()).toHaveLength(2);
  });

  it('moves a plan to the trash with an Undo that restores it', async () => {
    const user = userEvent.setup();
    const planner = await createTestPlanner();
    const keep = await planner.seed('blank', 'Keep me');
    const doomed = await planner.seed('blank', 'Delete me');
    await renderApp('/', planner);

    await screen.findByTestId('plans-list');
    await user.click(within(rowNamed('Delete me')).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Plan moved to the trash')).toBeInTheDocument();
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(planner.has(doomed.id)).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(planner.has(doomed.id)).toBe(true);
    expect(planner.has(keep.id)).toBe(true);
    expect(planner.trashFiles()).toEqual([]);
  });

  it('exports a plan as a download named by the store: only characters a file name can hold', async () => {
    const user = userEvent.setup();
    const planner = await createTestPlanner();
    const plan = await planner.seed('sample');
    const downloads: string[] = [];
    Object.assign(URL, { createObjectURL: () => 'blob:test/1', revokeObjectURL: () => {} });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    await renderApp('/', planner);

    await user.click(await screen.findByRole('button', { name: `More for ${plan.name}` }));
    await user.click(await screen.findByRole('menuitem', { name: 'Export plan…' }));
    // "Sample: Alex weighs …": the colon is left out.
    await waitFor(() => expect(downloads).toEqual(['Sample Alex weighs Northwind against three dream roles.bird-in-hand.json']));
    expect(await screen.findByText('Downloading Sample Alex weighs Northwind against three dream roles.bird-in-hand.json.')).toBeInTheDocument();
  });

  it('shows each plan file that could not be used as an alert in plain words', async () => {
    const planner = await createTestPlanner();
    await planner.seed('blank', 'Fine plan');
    const broken = await planner.seed('blank', 'Broken plan');
    const newer = await planner.seed('blank', 'From the future');
    await writeFile(planner.planPath(broken.id), '{ "name": "Broken plan", ');
    await writeFile(planner.planPath(newer.id), JSON.stringify({ ...planner.read(newer.id), schemaVersion: 99 }));
    await renderApp('/', planner);

    const alerts = await screen.findAllByRole('alert');
    expect(alerts).toHaveLength(2);
    const setAside = alerts.find((a) => a.textContent?.includes('set aside'));
    expect(setAside).toHaveTextContent(
      new RegExp(`The plan file ${broken.id}\\.json could not be used because .*moved aside, untouched, to ${broken.id}\\.corrupt-\\d{8}T\\d{6}Z\\.json in the plans folder`),
    );
    expect(setAside).toHaveTextContent('not valid JSON');
    const newerAlert = alerts.find((a) => a !== setAside);
    expect(newerAlert).toHaveTextContent(`A plan file (${newer.id}.json) was saved by a newer version of Bird in Hand; it was left as it is. Update the app to open it.`);
    expect(rows()).toHaveLength(1);
  });

  it('says why the list failed and tries again', async () => {
    const user = userEvent.setup();
    const planner = await createTestPlanner();
    await planner.seed('blank', 'Back again');
    planner.failNext('plans:list', { code: 'io', message: 'The plans folder could not be read. Check that the disk is connected.' });
    await renderApp('/', planner);

    expect(await screen.findByText('The plans folder could not be read. Check that the disk is connected.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Back again')).toBeInTheDocument();
  });
});
