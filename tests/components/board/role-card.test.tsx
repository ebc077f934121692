import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixBoardClock, openSample } from './board-helpers';

fixBoardClock();

describe('a dream role card', () => {
  it('lists the roles in call order, each with its place explained', async () => {
    const { root } = await openSample();
    const cards = within(root).getAllByTestId('role-card');
    expect(cards.map((c) => within(c).getByRole('heading', { level: 3 }).textContent)).toEqual([
      '1. Lumen Health',
      '2. Tessellate Studio',
      '3. Harbor Climate',
    ]);
    expect(within(cards[0]!).getByTestId('call-reason')).toHaveTextContent(
      'Call first: their decision lands 4 days after your deadline, so ask them to move (priority 1, final round; call by Thu, Mar 5, 2026).',
    );
  });

  it('says the timeline fit in words, with the reason', async () => {
    const { root } = await openSample();
    const lumen = within(root).getByRole('article', { name: '1. Lumen Health' });
    expect(within(lumen).getByTestId('role-fit')).toHaveTextContent('Too late by 4 days: needs the call');
    expect(lumen).toHaveTextContent('Their decision lands 4 days (4 business days) after your deadline, so they need to move faster.');
    const tess = within(root).getByRole('article', { name: '2. Tessellate Studio' });
    expect(within(tess).getByTestId('role-fit')).toHaveTextContent('Fits your deadline');
  });

  it('shows each readiness check with its reason, and the next step follows the first gap', async () => {
    const { root } = await openSample();
    const harbor = within(root).getByRole('article', { name: '3. Harbor Climate' });
    expect(harbor).toHaveTextContent('Not ready yet: 3 of 5 checks pass');
    expect(within(harbor).getByTestId('readiness-script')).toHaveAttribute('data-ok', 'false');
    expect(within(harbor).getByTestId('readiness-script')).toHaveTextContent('A complete script: no. No script chosen for this call.');
    expect(within(harbor).getByTestId('readiness-walk-away')).toHaveTextContent(
      'Walk-away answer chosen: no. Decide first: if they cannot match your timeline, will you walk away and accept Plan B?',
    );
    expect(within(harbor).getByTestId('readiness-offer-held')).toHaveTextContent('You hold a written offer from Northwind Logistics.');
    expect(within(harbor).getByTestId('walk-away')).toHaveTextContent('Undecided');
    expect(within(harbor).getByTestId('next-step')).toHaveTextContent('Next step: Before calling: No script chosen for this call.');
    const lumen = within(root).getByRole('article', { name: '1. Lumen Health' });
    expect(lumen).toHaveTextContent('Ready to call: every check passes');
    expect(within(lumen).getByTestId('next-step')).toHaveTextContent('Call Priya Shah on +1 415 555 0142.');
  });

  it('compares pay and score with Plan B', async () => {
    const { root } = await openSample();
    const lumen = within(root).getByRole('article', { name: '1. Lumen Health' });
    expect(lumen).toHaveTextContent('First-year total$244,000');
    expect(lumen).toHaveTextContent('Pay vs Plan B (first year)+$46,200 (+23.4%) vs Plan B');
    expect(lumen).toHaveTextContent('15.4 points above Plan B.');
    const tess = within(root).getByRole('article', { name: '2. Tessellate Studio' });
    expect(tess).toHaveTextContent('-$32,800 (-16.6%) vs Plan B');
  });

  it('copies the contact’s phone number and says so', async () => {
    const user = userEvent.setup();
    const { root } = await openSample();
    const lumen = within(root).getByRole('article', { name: '1. Lumen Health' });
    await user.click(within(lumen).getByRole('button', { name: 'Copy Priya Shah’s phone number' }));
    expect(await navigator.clipboard.readText()).toBe('+1 415 555 0142');
    expect(await screen.findByText('Copied Priya Shah’s number: +1 415 555 0142')).toBeInTheDocument();
  });

  it('shows the outcome once called, and no call is needed after a green light', async () => {
    const { root } = await openSample('board', (plan) => ({
      ...plan,
      dreamRoles: plan.dreamRoles.map((r) =>
        r.company === 'Harbor Climate'
          ? { ...r, callLog: [{ id: crypto.randomUUID(), at: '2026-03-02T14:00:00.000Z', outcome: 'green-light', timingSaid: 'Take the other offer.', notes: '', nextStep: '', followUpOn: null, spokeWith: '', interest: null, urgency: null, newExpectedDecisionOn: null }] }
          : r,
      ),
    }));
    const harbor = within(root).getByRole('article', { name: 'Harbor Climate' });
    expect(within(harbor).getByTestId('latest-call')).toHaveTextContent('Green light to walk');
    expect(within(harbor).getByTestId('latest-call')).toHaveTextContent('“Take the other offer.”');
    expect(harbor).toHaveTextContent('No call needed');
    expect(within(harbor).getByTestId('next-step')).toHaveTextContent('Thank them and close this role. 2 dream roles are still open: make those calls next.');
  });

  it('folds the readiness checklist away once an offer is accepted, and says what is left for the role', async () => {
    const { root } = await openSample('board', (plan) => ({
      ...plan,
      offers: plan.offers.map((o) => (o.isPlanB ? { ...o, response: 'accepted' as const, respondedOn: '2026-03-02' } : o)),
    }));
    expect(within(root).getByTestId('decided-card')).toBeInTheDocument();
    const cards = within(root).getAllByTestId('role-card');
    expect(cards).toHaveLength(3);
    for (const card of cards) {
      expect(within(card).queryByRole('list', { name: 'Readiness checks' })).toBeNull();
      expect(within(card).queryByTestId('walk-away')).toBeNull();
      expect(within(card).getByTestId('next-step')).toHaveTextContent('withdraw from this role and stay in touch');
      // No call is left to make: no place in a call order, no call-by date.
      expect(within(card).getByRole('heading', { level: 3 }).textContent).not.toMatch(/^\d+\. /);
      expect(card).toHaveTextContent('No call needed');
      expect(within(card).queryByTestId('call-by')).toBeNull();
      expect(within(card).getByTestId('call-reason')).toHaveTextContent('No call needed: you accepted Northwind Logistics.');
    }
    expect(within(root).queryAllByTestId('timeline-call-by')).toHaveLength(0);
  });

  it('shows the earlier expected decision dates under the current one, and what moved each', async () => {
    const callId = crypto.randomUUID();
    const { root } = await openSample('board', (plan) => ({
      ...plan,
      dreamRoles: plan.dreamRoles.map((r) =>
        r.company === 'Lumen Health'
          ? {
              ...r,
              timeline: { ...r.timeline, history: [{ expectedDecisionOn: '2026-03-05', changedOn: '2026-02-20', callId: null }, { expectedDecisionOn: '2026-03-08', changedOn: '2026-03-01', callId }] },
              callLog: [{ id: callId, at: '2026-03-01T16:00:00.000Z', outcome: 'non-answer', timingSaid: 'A few more days.', notes: '', nextStep: '', followUpOn: null, spokeWith: '', interest: null, urgency: null, newExpectedDecisionOn: r.timeline.expectedDecisionOn }],
            }
          : r,
      ),
    }));
    const lumen = within(root).getByRole('article', { name: /Lumen Health/ });
    const changes = within(lumen).getByRole('list', { name: 'Earlier expected decision dates' });
    expect(within(changes).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Was Sun, Mar 8, 2026: changed after the call on Sun, Mar 1, 2026.',
      'Was Thu, Mar 5, 2026: changed by hand on Fri, Feb 20, 2026.',
    ]);
    const tess = within(root).getByRole('article', { name: /Tessellate Studio/ });
    expect(within(tess).queryByTestId('expected-decision-changes')).toBeNull();
  });
});
