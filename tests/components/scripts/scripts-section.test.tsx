import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Plan } from '@shared/plan';
import { fixBoardClock } from '../board/board-helpers';
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
  // The sample's Plan B deadline is six days after the fake planner's clock: the honesty verdict reads the time.
  fixBoardClock();

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
    expect(guard).toHaveTextContent('The Plan B offer is not complete: record the date you received it.');
    expect(guard).toHaveTextContent('(“I want to be open with you: I have received a {{offer_form}} offer from another company…”)');
    expect(screen.queryByTestId('script-preview')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Rehearse' })).not.toBeInTheDocument();

    await user.click(within(guard).getByRole('button', { name: 'Create a check-in script instead' }));
    expect(await screen.findByLabelText('Script name')).toHaveValue('Check-in (no offer yet)');
    expect(screen.queryByTestId('honesty-guard')).not.toBeInTheDocument();
    expect(screen.getByTestId('script-preview')).toHaveTextContent('Lumen Health');
    await waitFor(() => expect(planner.read(plan.id).scripts.map((s) => s.kind)).toEqual(['leverage-call', 'check-in']), SAVE);
  });

  // Finding 1: the preview used to stay open after Plan B's deadline had passed.
  it('blocks the preview and rehearsal once Plan B’s deadline has passed, and says so plainly', async () => {
    await openScripts((p) => ({ ...p, offers: p.offers.map((o) => ({ ...o, deadline: '2026-03-01T17:00:00-05:00' })) }));
    const guard = await screen.findByTestId('honesty-guard');
    expect(guard).toHaveTextContent('This script claims an offer you do not hold');
    expect(guard).toHaveTextContent('The Plan B deadline has passed, so you no longer hold this offer.');
    expect(screen.getByTestId('script-preview-blocked')).toHaveTextContent('off for this script while you hold no offer');
    expect(screen.queryByRole('button', { name: 'Rehearse' })).not.toBeInTheDocument();
    expect(within(guard).getByTestId('claim-limits')).toHaveTextContent('What this check can and cannot catch');
  });

  it('says what the check found when the script may be used, with its limits', async () => {
    await openScripts();
    const ok = await screen.findByTestId('honesty-ok');
    expect(ok).toHaveTextContent('you hold a written offer, and what it says about the offer matches Plan B’s record');
    expect(within(ok).getByTestId('claim-limits')).toHaveTextContent('It can miss:');
  });

  it('blocks a script that says “written” when Plan B is verbal', async () => {
    await openScripts((p) => ({
      ...p,
      offers: p.offers.map((o) => ({ ...o, form: 'verbal' as const })),
      scripts: p.scripts.map((sc) => ({ ...sc, body: 'I hold a written offer from another company.' })),
    }));
    const guard = await screen.findByTestId('honesty-guard');
    expect(guard).toHaveTextContent('This script does not match Plan B');
    expect(within(guard).getByTestId('honesty-mismatches')).toHaveTextContent('Plan B is recorded as a verbal offer');
    expect(within(guard).queryByRole('button', { name: 'Create a check-in script instead' })).not.toBeInTheDocument();
  });

  // Finding 16: a malformed placeholder passed the script check as complete.
  it('warns about a broken placeholder', async () => {
    await openScripts((p) => ({ ...p, scripts: p.scripts.map((sc) => ({ ...sc, body: `${sc.body}\nThanks, {{company}.` })) }));
    const warnings = await screen.findByTestId('script-warnings');
    expect(warnings).toHaveTextContent('“{{company}” is a broken placeholder');
    expect(screen.getByTestId('script-preview').querySelector('[data-missing="malformed"]')).toHaveTextContent('{{company}');
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

  it('logs a green-light call for a role with its notes, which closes it', async () => {
    const user = userEvent.setup();
    const { planner, plan } = await openScripts();
    await user.click(await screen.findByRole('tab', { name: 'Call log' }));
    const log = await screen.findByTestId('call-log');
    await user.click(within(log).getByRole('radio', { name: 'Green light to walk' }));
    await user.type(within(log).getByLabelText('What they said about timing'), 'Not before April.');
    await user.type(within(log).getByLabelText('Notes'), 'Dana was apologetic; hiring freeze until Q2.');
    await user.click(within(log).getByRole('button', { name: 'Log call' }));
    expect(await screen.findByTestId('call-outcome')).toHaveTextContent('Green light to walk');
    expect(screen.getByTestId('role-stage')).toHaveTextContent('Closed');
    expect(screen.getByTestId('call-notes')).toHaveTextContent('Notes: Dana was apologetic; hiring freeze until Q2.');
    await waitFor(() => expect(planner.read(plan.id).dreamRoles[0]?.callLog[0]).toMatchObject({ timingSaid: 'Not before April.', notes: 'Dana was apologetic; hiring freeze until Q2.' }), SAVE);
  });

  it('assigns a script to a role, clears it, changes its kind and fills the preview with another role, from the lists', async () => {
    const user = userEvent.setup();
    const { planner, plan } = await openScripts();
    const harbor = plan.dreamRoles.find((r) => r.company === 'Harbor Climate')!;
    const scriptFor = await screen.findByRole('combobox', { name: 'Script for Harbor Climate' });
    expect(scriptFor).toHaveDisplayValue('No script yet');
    await user.selectOptions(scriptFor, 'Call to my first choice');
    await waitFor(() => expect(planner.read(plan.id).dreamRoles.find((r) => r.id === harbor.id)?.scriptId).toBe(plan.scripts[0]!.id), SAVE);
    await user.selectOptions(scriptFor, 'No script yet');
    await waitFor(() => expect(planner.read(plan.id).dreamRoles.find((r) => r.id === harbor.id)?.scriptId).toBeNull(), SAVE);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'Check-in without an offer');
    await waitFor(() => expect(planner.read(plan.id).scripts[0]?.kind).toBe('check-in'), SAVE);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Fill with dream role' }), `Harbor Climate · ${harbor.role}`);
    expect(screen.getByTestId('script-preview')).toHaveTextContent('role at Harbor Climate is the one');
  });

  it('keeps a call typed but not logged for each role, through choosing another role and reopening the screen, until it is logged', async () => {
    const user = userEvent.setup();
    const { planner, plan, unmount } = await openScripts();
    const harbor = plan.dreamRoles.find((r) => r.company === 'Harbor Climate')!;
    const lumen = plan.dreamRoles[0]!;
    await user.click(await screen.findByRole('tab', { name: 'Call log' }));
    let log = await screen.findByTestId('call-log');
    await user.type(within(log).getByLabelText('Notes'), 'Priya asked for the offer letter.');

    // Another role's form is that role's own, empty; the first role's call is back on return.
    await user.selectOptions(within(log).getByRole('combobox', { name: 'Dream role' }), `Harbor Climate · ${harbor.role}`);
    expect(within(log).getByLabelText('Notes')).toHaveValue('');
    await user.type(within(log).getByLabelText('Notes'), 'Sam is out until Monday.');
    await user.selectOptions(within(log).getByRole('combobox', { name: 'Dream role' }), `${lumen.company} · ${lumen.role}`);
    expect(within(log).getByLabelText('Notes')).toHaveValue('Priya asked for the offer letter.');

    // A reload (the app rendered afresh over the same files) keeps both.
    unmount();
    await renderApp(`/plans/${plan.id}/scripts`, planner);
    await user.click(await screen.findByRole('tab', { name: 'Call log' }));
    log = await screen.findByTestId('call-log');
    expect(within(log).getByLabelText('Notes')).toHaveValue('Priya asked for the offer letter.');

    // Logged, the call leaves the form; the other role's draft stays.
    await user.click(within(log).getByRole('button', { name: 'Log call' }));
    await waitFor(() => expect(planner.read(plan.id).dreamRoles.find((r) => r.id === lumen.id)?.callLog[0]?.notes).toBe('Priya asked for the offer letter.'), SAVE);
    expect(within(log).getByLabelText('Notes')).toHaveValue('');
    await user.selectOptions(within(log).getByRole('combobox', { name: 'Dream role' }), `Harbor Climate · ${harbor.role}`);
    expect(within(log).getByLabelText('Notes')).toHaveValue('Sam is out until Monday.');
  });

  it('offers no script to assign while the plan has none', async () => {
    await openScripts((p) => ({ ...p, scripts: [], dreamRoles: p.dreamRoles.map((r) => ({ ...r, scriptId: null })) }));
    expect(await screen.findByRole('combobox', { name: 'Script for Harbor Climate' })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Script' })).toBeDisabled();
  });
});
