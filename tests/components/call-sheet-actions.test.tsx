/**
 * The menu's (and palette's) Print Call Sheet and Save Call Sheet as PDF:
 * they open the plan's call sheets, wait for the sheet, then print or save.
 */
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestPlanner } from './test-planner';
import { renderApp } from './render-app';

afterEach(() => {
  vi.restoreAllMocks();
});

/** jsdom cannot print: record the calls instead. */
const spyPrint = () => vi.spyOn(window, 'print').mockImplementation(() => {});

describe('call sheet menu actions', () => {
  it('Print Call Sheet opens the call sheets and prints once the sheet shows', async () => {
    const print = spyPrint();
    const planner = await createTestPlanner();
    const plan = await planner.seed('sample');
    await renderApp(`/plans/${plan.id}/board`, planner);
    await screen.findByTestId('section-board', {}, { timeout: 10_000 });

    planner.emit('menu:action', { action: 'print-call-sheet' });
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    expect(window.location.hash).toBe(`#/plans/${plan.id}/callsheets`);
    // Printed after the sheet was in the page, not before.
    expect(screen.getByTestId('call-sheets')).toBeInTheDocument();
  });

  it('Save Call Sheet as PDF asks for the PDF of the sheet shown, falling back to print in the browser', async () => {
    const print = spyPrint();
    const planner = await createTestPlanner();
    const plan = await planner.seed('sample');
    const sheet = plan.dreamRoles[1]!.id;
    await renderApp(`/plans/${plan.id}/callsheets?sheet=${sheet}&paper=letter&figures=hidden`, planner);
    await screen.findByTestId('call-sheets', {}, { timeout: 10_000 });

    planner.emit('menu:action', { action: 'save-call-sheet-pdf' });
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    expect(planner.calls.filter((c) => c.channel === 'callsheet:exportPdf').map((c) => c.input)).toEqual([
      { planId: plan.id, target: sheet, paper: 'letter', hideFigures: true },
    ]);
    // It stayed on the sheet the user chose.
    expect(window.location.hash).toBe(`#/plans/${plan.id}/callsheets?sheet=${sheet}&paper=letter&figures=hidden`);
  });

  it('says to open a plan first when none is open', async () => {
    const print = spyPrint();
    const planner = await createTestPlanner();
    await planner.seed('sample');
    await renderApp('/', planner);
    await screen.findByTestId('plans-list', {}, { timeout: 10_000 });

    planner.emit('menu:action', { action: 'print-call-sheet' });
    expect(await screen.findByText('Open a plan first')).toBeInTheDocument();
    expect(print).not.toHaveBeenCalled();
  });
});
