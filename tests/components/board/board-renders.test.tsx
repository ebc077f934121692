import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { rendersDuring } from '../render-counter';
import { fixBoardClock, openSample } from './board-helpers';

fixBoardClock();

describe('the board beside an edit of Plan B', () => {
  it('renders each card’s pay comparison, not its heading, contact, calls, negotiation or buttons', async () => {
    const user = userEvent.setup();
    const { root } = await openSample();
    await user.click(screen.getByRole('button', { name: 'Edit Plan B: Northwind Logistics' }));
    const salary = await within(await screen.findByRole('dialog', { name: 'Edit Plan B' })).findByLabelText('Base salary', {}, { timeout: 10_000 });
    const lumen = within(root).getByRole('article', { name: '1. Lumen Health' });
    const pay = within(lumen).getByTestId('role-pay-vs-plan-b');
    const before = pay.textContent;
    await user.click(salary);

    const renders = await rendersDuring(async () => {
      await user.keyboard('{End}{Backspace}');
      await waitFor(() => expect(pay.textContent).not.toBe(before));
    });

    const cards = within(root).getAllByTestId('role-card').length;
    expect(renders.get('PayVsPlanB')).toBeGreaterThanOrEqual(cards);
    for (const part of ['RoleHeading', 'WhoAndWhen', 'OwnTotals', 'RoleCallFigures', 'RoleNegotiation', 'NextStep', 'StartCallButton', 'QuickAddRole', 'ExportCalendarButton']) {
      expect(renders.get(part) ?? 0, part).toBe(0);
    }
  });
});
