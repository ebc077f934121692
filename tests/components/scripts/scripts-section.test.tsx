import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Plan } from '@shared/plan';
import { createTestPlanner } from '../test-planner';
import { renderApp } from '../render-app';

const SAVE = { timeout: 3_000 };

async function openScripts(change?: (plan: Plan) => Plan) {
  const planner = await createTestPlanner();
  const plan = change ? await planner.seedWith('sample', change) : await planner.seed('sample');
  const view = await renderApp(`/plans/${plan.id}/scripts`, planner);
  return { ...view, plan };
}

describe('scripts section: preview, checklist, honesty guard', () => {
  it('previews the sample script filled with the first dream role, as text', async () => {
    await openScripts((p) => ({ ...p, situation: { ...p.situation, userName: '<b>Alex</b>' } }));
    const preview = await screen.findByTestId('script-preview');
    expect(preview).toHaveTextContent('the Staff Engineer, Platform role at Lumen Health is the one');
    expect(preview).toHaveTextContent('Hi Priya Shah, this is <b>Alex</b>.');
    // What the user typed stays text: no element was made from it.
    expect(preview.querySelector('b')).toBeNull();
    expect(preview).not.toHaveTextContent('{{');
  });

  it('lists every part of the call as found for the sample leverage script', async () => {
    await openScripts();
    const checklist = await screen.findByTestId('call-checklist');
    const states = within(checklist).getAllByRole('listitem').map((li) => li.getAttribute('data-state'));
    expect(states).toEqual(['found', 'found', 'found', 'found', 'found']);
  });

  it('warns about placeholders with no value for the chosen role', async () => {
    await openScripts((p) => ({ ...p, dreamRoles: p.dreamRoles.map((r, i) => (i === 0 ? { ...r, contacts: [] } : r)) }));
    const warnings = await screen.findByTestId('script-warnings');
    expect(warnings).toHaveTextContent('{{contact_name}} is empty for Lumen Health');
    expect(screen.getByTestId('script-preview').querySelector('[data-missing="empty"]')).toHaveTextContent('{{contact_name}}');
  });

  it('blocks the leverage script without a real offer and creates a check-in script instead', async () => {
    const user = userEvent.setup();
    const { planner, plan } = await openScripts((p) => ({ ...p, offers: p.offers.map((o) => ({ ...o, receivedOn: null })) }));
    const guard = await screen.findByTestId('honesty-guard');
    expect(guard).toHaveTextContent('Plan B has no received date.');
    expect(screen.queryByTestId('script-preview')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Rehearse' })).not.toBeInTheDocument();

    await user.click(within(guard).getByRole('button', { name: 'Create a check-in script instead' }));
    expect(await screen.findByLabelText('Script name')).toHaveValue('Check-in (no offer yet)');
    expect(screen.queryByTestId('honesty-guard')).not.toBeInTheDocument();
    expect(screen.getByTestId('script-preview')).toHaveTextContent('Lumen Health');
    await waitFor(() => expect(planner.read(plan.id).scripts.map((s) => s.kind)).toEqual(['leverage-call', 'check-in']), SAVE);
  });

  it('estimates speaking time and follows the rate', async () => {
    const user = userEvent.setup();
    await openScripts();
    const time = await screen.findByTestId('speaking-time');
    const before = time.textContent;
    expect(before).toMatch(/About \d+ s to say \(\d+ words\)/);
    const rate = screen.getByLabelText('Words per minute');
    await user.clear(rate);
    await user.type(rate, '80');
    expect(screen.getByTestId('speaking-time').textContent).not.toBe(before);
  });

  it('logs a green-light call for a role, which closes it', async () => {
    const user = userEvent.setup();
    const { planner, plan } = await openScripts();
    await user.click(await screen.findByRole('tab', { name: 'Call log' }));
    const log = await screen.findByTestId('call-log');
    await user.click(within(log).getByRole('radio', { name: 'Green light to walk' }));
    await user.type(within(log).getByLabelText('What they said about timing'), 'Not before April.');
    await user.click(within(log).getByRole('button', { name: 'Log call' }));
    expect(await screen.findByTestId('call-outcome')).toHaveTextContent('Green light to walk');
    expect(screen.getByTestId('role-stage')).toHaveTextContent('Closed');
    await waitFor(() => expect(planner.read(plan.id).dreamRoles[0]?.callLog[0]?.timingSaid).toBe('Not before April.'), SAVE);
  });
});
