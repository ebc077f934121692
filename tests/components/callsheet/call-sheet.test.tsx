/**
 * The call sheet in jsdom, from the sample plan and from broken plans: what
 * it shows, what it says is missing, and that typed markup stays text.
 */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { samplePlan } from '@shared/sample-plan';
import type { Plan } from '@shared/plan';
import { CallSheets } from '../../../renderer/src/features/callsheet/CallSheets';
import { directAsk } from '../../../renderer/src/features/callsheet/sheet-text';

const now = new Date('2026-03-02T15:00:00Z');
// The reader's zone, fixed so the sheet does not depend on the test machine's.
vi.mock('../../../renderer/src/features/scripts/user-time-zone', () => ({ userTimeZone: () => 'America/Chicago' }));

function sheetFor(plan: Plan, target: string, hideFigures = false) {
  return render(<CallSheets plan={plan} target={target} options={{ paper: 'a4', hideFigures }} now={now} variant="preview" />);
}

describe('call sheet', () => {
  it('shows the company, phone, filled script and all three outcomes', () => {
    const plan = samplePlan(now);
    const lumen = plan.dreamRoles[0]!;
    sheetFor(plan, lumen.id);
    const sheet = screen.getByTestId('call-sheet');
    expect(within(sheet).getByRole('heading', { level: 1 })).toHaveTextContent('1. Lumen Health');
    expect(screen.getByTestId('sheet-phone')).toHaveTextContent('+1 415 555 0142');
    expect(screen.getByTestId('sheet-script')).toHaveTextContent('Hi Priya Shah, this is Alex Rivera.');
    expect(screen.getByTestId('sheet-script')).not.toHaveTextContent('{{');
    expect(screen.getByTestId('sheet-ask')).toHaveTextContent('Is there any way you could move forward with me before that date?');
    expect(screen.getAllByTestId('sheet-outcome').map((o) => o.querySelector('h3')?.textContent)).toEqual(['Immediate offer', 'Non-answer', 'Green light to walk']);
    expect(screen.getByTestId('call-sheets')).toHaveAttribute('data-mantine-color-scheme', 'light');
    expect(screen.getAllByTestId('plan-b-figure')[0]).toHaveTextContent('$148,000');
  });

  it('prints the call-by date, and a check-in sheet asks no walk-away answer (issue 12: findings 6, 8)', () => {
    const plan = samplePlan(now);
    sheetFor(plan, plan.dreamRoles[0]!.id);
    // Lumen is in the final round: two business days before Sun Mar 8 is Thu Mar 5.
    expect(screen.getByTestId('sheet-call-by')).toHaveTextContent('Thu, Mar 5, 2026');
    expect(screen.getByTestId('sheet-walk-away')).toHaveTextContent('If they cannot match my timeline: Ask Plan B for an extension.');
    sheetFor({ ...plan, offers: [] }, plan.dreamRoles[0]!.id);
    expect(screen.getAllByTestId('sheet-walk-away')[1]).toHaveTextContent('No offer held: this is a check-in, so there is nothing to walk away to yet.');
    expect(screen.getAllByTestId('sheet-walk-away')[1]).not.toHaveTextContent('Plan B');
  });

  it('prints Plan B\'s four years and this role\'s estimate, with the difference on the basis named', () => {
    const plan = samplePlan(now);
    sheetFor(plan, plan.dreamRoles[0]!.id);
    const figures = Object.fromEntries(screen.getAllByTestId('plan-b-figure').map((dd) => [dd.previousElementSibling?.textContent, dd.textContent]));
    // Plan B 148,000 + 14,800 + 15,000 + 20,000 = 197,800, then 182,800; Lumen 244,000 − 197,800 = 46,200 (23.4 %).
    expect(figures).toMatchObject({
      'First-year total': '$197,800',
      '4-year average': '$186,550',
      'Year 1 to year 4': '$197,800 · $182,800 · $182,800 · $182,800',
      'Lumen Health (estimate), first-year total': '$244,000',
      'Lumen Health (estimate), 4-year average': '$229,000',
      'Lumen Health vs Plan B (first year)': '+$46,200 (+23.4%)',
    });
    sheetFor({ ...plan, situation: { ...plan.situation, compareOn: 'four-year-average' } }, plan.dreamRoles[0]!.id);
    // 229,000 − 186,550 = 42,450, 22.8 % of 186,550.
    expect(screen.getAllByText('Lumen Health vs Plan B (4-year average)')[0]!.nextElementSibling).toHaveTextContent('+$42,450 (+22.8%)');
  });

  it('leaves the Plan B figures out when hidden', () => {
    const plan = samplePlan(now);
    sheetFor(plan, plan.dreamRoles[0]!.id, true);
    expect(screen.queryAllByTestId('plan-b-figure')).toHaveLength(0);
    expect(screen.getByTestId('call-sheets')).not.toHaveTextContent('148,000');
    expect(screen.getByTestId('call-sheets')).toHaveTextContent('Hidden on this sheet.');
  });

  it('says in place what is missing when a role has no contact and no script', () => {
    const plan = samplePlan(now);
    const role = { ...plan.dreamRoles[1]!, contacts: [] };
    const broken = { ...plan, dreamRoles: [role] };
    sheetFor(broken, role.id);
    expect(screen.getByTestId('sheet-contact')).toHaveTextContent('[missing: contact name]');
    expect(screen.getByTestId('sheet-phone')).toHaveTextContent('[missing: phone number]');
    expect(screen.getByTestId('call-sheet')).toHaveTextContent('No contact for this role yet');
    expect(screen.getByTestId('sheet-script-notice')).toHaveTextContent('No script chosen for this role yet.');
    // The built-in template is filled for the role; the empty contact name shows in place.
    expect(screen.getByTestId('sheet-script')).toHaveTextContent('Hi [missing: contact name], it is Alex Rivera.');
    expect(screen.getAllByTestId('sheet-outcome')).toHaveLength(3);
  });

  it('shows names with markup as text', () => {
    const plan = samplePlan(now);
    const evil = '<img src=x onerror=alert(1)><b>Evil</b>';
    const role = { ...plan.dreamRoles[0]!, company: evil, contacts: [{ ...plan.dreamRoles[0]!.contacts[0]!, name: '<script>x</script>' }] };
    const { container } = sheetFor({ ...plan, dreamRoles: [role] }, role.id);
    expect(container.querySelector('img, b, script')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(evil);
    expect(screen.getByTestId('sheet-script')).toHaveTextContent('Hi <script>x</script>, this is Alex Rivera.');
  });

  it('does not print a leverage script as final without a real offer: says why and shows the check-in', () => {
    const plan = samplePlan(now);
    const noOffer = { ...plan, offers: [] };
    sheetFor(noOffer, plan.dreamRoles[0]!.id);
    expect(screen.getByTestId('sheet-script-notice')).toHaveTextContent('claims an offer, so it is not printed. No offer is recorded as Plan B, so you hold no offer to mention.');
    expect(screen.getByTestId('sheet-script-notice')).toHaveTextContent('the built-in “Check-in (no offer yet)” template, which mentions no offer');
    expect(screen.getByTestId('sheet-script')).not.toHaveTextContent('I have received a written offer');
    expect(screen.getByTestId('call-sheet')).toHaveTextContent('[missing: no Plan B offer in this plan]');
  });

  // Finding 1: after the deadline the sheet printed "…my answer by … That is 0 days from today."
  it('prints the check-in and says Plan B is not held once its deadline has passed', () => {
    const plan = samplePlan(now);
    const lapsed = { ...plan, offers: plan.offers.map((o) => ({ ...o, deadline: '2026-03-01T17:00:00-05:00' })) };
    sheetFor(lapsed, plan.dreamRoles[0]!.id);
    expect(screen.getByTestId('sheet-script-notice')).toHaveTextContent('The Plan B deadline has passed, so you no longer hold this offer.');
    expect(screen.getByTestId('sheet-script')).not.toHaveTextContent('offer');
    expect(screen.getByTestId('sheet-script')).not.toHaveTextContent('days from today');
    expect(screen.getByTestId('plan-b-not-held')).toHaveTextContent('deadline has passed');
  });

  it('names the deadline’s zone on the sheet when it is not the reader’s (Chicago)', () => {
    const plan = samplePlan(now);
    const pacific = { ...plan, offers: plan.offers.map((o) => ({ ...o, deadline: '2026-03-06T17:00:00-08:00', deadlineTimeZone: 'America/Los_Angeles' })) };
    sheetFor(pacific, plan.dreamRoles[0]!.id);
    expect(screen.getByTestId('sheet-script')).toHaveTextContent('by Friday, March 6 at 5:00 PM Pacific Time, in 4 days.');
  });

  it('prints the call pack: cover in call order, one sheet per role that needs a call', () => {
    const plan = samplePlan(now);
    sheetFor(plan, 'pack');
    const cover = screen.getByTestId('call-pack-cover');
    const rows = within(cover).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows[0]).toContain('Lumen Health');
    expect(rows).toHaveLength(3);
    expect(screen.getAllByTestId('call-sheet')).toHaveLength(3);
  });

  it('prints a very long script whole', () => {
    const plan = samplePlan(now);
    const long = `${'We talked about the platform team. '.repeat(400)}Can you decide by Friday?`;
    const scripts = plan.scripts.map((s) => ({ ...s, body: long }));
    sheetFor({ ...plan, scripts }, plan.dreamRoles[0]!.id);
    expect(screen.getByTestId('sheet-script').textContent).toHaveLength(long.length);
    expect(screen.getByTestId('sheet-ask')).toHaveTextContent('The ask: Can you decide by Friday?');
  });
});

describe('directAsk', () => {
  it('takes the question sentence closest to the end', () => {
    expect(directAsk('Hi. Do you have time? I am keen.\nCould you move first? Thanks.')).toBe('Could you move first?');
    expect(directAsk('No question here.')).toBeNull();
  });
});
