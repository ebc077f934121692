/**
 * A person entering a realistic first plan (one written offer, two dream
 * roles with contacts and what they said about timing), through the guided
 * start or through the full editors. `Person` counts what they do: every
 * character typed and key pressed is a keystroke, every click (a field
 * focused with the mouse, a button, one pick in a list) is a click. Used by
 * the e2e specs and by the `guided` benchmark, so both drive the same steps.
 */
import { expect as baseExpect, type Locator, type Page } from '@playwright/test';

// Slow steps on a busy machine are not failures here: the benchmark measures them.
const expect = baseExpect.configure({ timeout: 20_000 });

export class Person {
  keystrokes = 0;
  clicks = 0;
  constructor(readonly page: Page) {}

  /** Types into whatever has focus. */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    this.keystrokes += [...text].length;
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
    this.keystrokes += 1;
  }

  async click(target: Locator): Promise<void> {
    await target.click();
    this.clicks += 1;
  }

  /** Clicks into a field and types: what people do field by field. */
  async fill(field: Locator, text: string): Promise<void> {
    await this.click(field);
    await this.type(text);
  }

  /** A choice from a (native) list: open it, pick one: two clicks. */
  async choose(list: Locator, label: string): Promise<void> {
    await list.selectOption({ label });
    this.clicks += 2;
  }
}

/** Today plus `days`, as the `YYYY-MM-DD` a person would type. */
export function daysFromNow(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export const FIRST_PLAN = {
  offer: { company: 'Northwind Logistics', role: 'Senior analyst', deadline: daysFromNow(9), base: '128000' },
  roles: [
    { company: 'Harbor Climate', role: 'Staff engineer', stage: 'Final round', who: 'Dana Wu', phone: '(415) 555-0134', said: 'end of next week', date: '', walkAway: 'Yes: I will accept Plan B and let this role go' },
    { company: 'Lumen Health', role: 'Data lead', stage: 'Interviewing', who: 'Priya Shah', phone: '617.555.0199 ext. 12', said: 'in two weeks', date: daysFromNow(14), walkAway: 'Not yet: I will first ask Plan B for a few more days' },
  ],
} as const;

/** From the plans screen: a new blank plan, through the guided start, to the first call sheet on screen. */
export async function enterThroughGuidedStart(person: Person): Promise<void> {
  const { page } = person;
  const plan = FIRST_PLAN;
  await person.click(page.getByRole('button', { name: 'New blank plan' }).first());
  await expect(page.getByRole('heading', { name: 'The offer you hold' })).toBeVisible({ timeout: 20_000 });
  // Focus starts on Company; received today, 17:00 and this computer's zone are already filled in.
  await person.type(plan.offer.company);
  await person.fill(page.getByLabel('Role', { exact: true }), plan.offer.role);
  await person.fill(page.getByLabel('Deadline date'), plan.offer.deadline);
  await person.press('Escape'); // closes the calendar over the next field
  await person.fill(page.getByLabel('Base salary'), plan.offer.base);
  await person.press('Enter');
  await expect(page.getByRole('heading', { name: 'Are you working right now?' })).toBeVisible();
  await person.press('Enter');
  await expect(page.getByRole('heading', { name: 'The employers you are waiting on' })).toBeVisible();
  for (const [i, role] of plan.roles.entries()) {
    const n = i + 1;
    // The first line's Company has focus; later lines need a click.
    if (i === 0) await person.type(role.company);
    else await person.fill(page.getByLabel(`Company ${n}`), role.company);
    await person.fill(page.getByLabel(`Role ${n}`), role.role);
    await person.click(page.getByRole('radiogroup', { name: `Stage ${n}` }).getByRole('radio', { name: role.stage }));
    await person.fill(page.getByLabel(`Who to call ${n}`), role.who);
    await person.fill(page.getByLabel(`Their phone ${n}`), role.phone);
    await person.fill(page.getByLabel(`What they said about timing ${n}`), role.said);
  }
  await person.press('Enter');
  await expect(page.getByRole('heading', { name: 'Are you ready to walk away?' })).toBeVisible();
  for (const role of plan.roles) {
    await person.click(page.getByTestId('walk-away-question').filter({ hasText: role.company }).getByRole('radio', { name: role.walkAway }));
  }
  await person.press('Enter');
  await person.click(page.getByRole('link', { name: `Print the call sheet for ${plan.roles[0].company}` }));
  await expect(page.getByTestId('sheet-phone').first()).toHaveText('+1 415 555 0134');
}

/** The same plan through the full editors (overview tabs, then the Call sheets section). */
export async function enterThroughEditors(person: Person): Promise<void> {
  const { page } = person;
  const plan = FIRST_PLAN;
  await person.click(page.getByRole('button', { name: 'New blank plan' }).first());
  // Before the guided start a blank plan opened on the overview: getting there is not counted.
  await page.getByRole('link', { name: 'Overview' }).click();
  await person.click(page.getByRole('tab', { name: 'Plan B and offers' }));
  await person.click(page.getByRole('button', { name: 'Add an offer' }));
  const offer = page.getByTestId('offer-card');
  await person.fill(offer.getByLabel('Company'), plan.offer.company);
  await person.fill(offer.getByLabel('Role', { exact: true }), plan.offer.role);
  await person.fill(offer.getByLabel('Received on'), daysFromNow(0));
  await person.press('Escape');
  await person.fill(offer.getByLabel('Deadline date'), plan.offer.deadline);
  await person.press('Escape');
  await person.fill(offer.getByLabel('Base salary'), plan.offer.base);
  await person.click(page.getByRole('tab', { name: 'Dream roles' }));
  for (const [i, role] of plan.roles.entries()) {
    await person.click(page.getByRole('button', { name: 'Add a dream role' }));
    const card = page.getByTestId('dream-role-card').nth(i);
    await person.fill(card.getByLabel('Company'), role.company);
    await person.fill(card.getByLabel('Role', { exact: true }), role.role);
    await person.choose(card.getByRole('combobox', { name: 'Stage' }), role.stage);
    await person.fill(card.getByLabel('Their stated timeline'), role.said);
    await person.fill(card.getByLabel('Expected decision date'), role.date || daysFromNow(10));
    await person.press('Escape');
    await person.click(card.getByRole('button', { name: 'Add a contact' }));
    await person.fill(card.getByTestId('contact-row').getByLabel('Name'), role.who);
    await person.fill(card.getByTestId('contact-row').getByLabel('Phone'), role.phone);
    await person.click(card.getByRole('radio', { name: role.walkAway }));
  }
  await person.click(page.getByRole('link', { name: 'Call sheets' }));
  await person.choose(page.getByRole('combobox', { name: 'Call sheet for' }), plan.roles[0].company);
  await expect(page.getByTestId('sheet-phone').first()).toHaveText('+1 415 555 0134');
}
