import { describe, expect, it } from 'vitest';
import { samplePlan } from '@shared/sample-plan';
import {
  daysLeft,
  fillScript,
  filledText,
  parsePlaceholders,
  PLACEHOLDER_NAMES,
  placeholderContext,
  type PlaceholderContext,
} from '@shared/scripts/placeholders';

const NOW = new Date('2026-03-02T09:00:00Z');
const ctx = (over: Partial<PlaceholderContext> = {}): PlaceholderContext => ({
  company: 'Lumen Health',
  role: 'Staff Engineer',
  contact_name: 'Priya',
  deadline: 'Friday',
  days_left: '6 days',
  time_left: 'in 6 days',
  offer_form: 'written',
  plan_b_company: 'Northwind',
  plan_b_role: 'Senior Engineer',
  my_name: 'Alex',
  offer_company: 'Northwind',
  offer_role: 'Senior Engineer',
  accepted_company: '',
  extended_from: '',
  ...over,
});

describe('parsePlaceholders', () => {
  it('finds placeholders with spaces inside and any case, and keeps the text around them', () => {
    const parts = parsePlaceholders('Hi {{ contact_name }}, {{Company}}!');
    expect(parts).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'placeholder', name: 'contact_name', raw: '{{ contact_name }}', known: true, from: 3, to: 21 },
      { kind: 'text', text: ', ' },
      { kind: 'placeholder', name: 'company', raw: '{{Company}}', known: true, from: 23, to: 34 },
      { kind: 'text', text: '!' },
    ]);
  });

  it('treats unbalanced braces as plain text', () => {
    expect(parsePlaceholders('a {company} b')).toEqual([{ kind: 'text', text: 'a {company} b' }]);
    expect(parsePlaceholders('Call {{company by Friday')).toEqual([{ kind: 'text', text: 'Call {{company by Friday' }]);
    expect(parsePlaceholders('closing }} only')).toEqual([{ kind: 'text', text: 'closing }} only' }]);
  });

  it('resolves nested braces to the innermost pair', () => {
    const parts = parsePlaceholders('{{ {{company}} }} and {{{role}}}');
    expect(parts.map((p) => (p.kind === 'text' ? p.text : `<${p.name}>`))).toEqual(['{{ ', '<company>', ' }} and {', '<role>', '}']);
  });

  it('does not span lines', () => {
    expect(parsePlaceholders('{{comp\nany}}')).toEqual([{ kind: 'text', text: '{{comp\nany}}' }]);
  });

  it('marks unknown names', () => {
    const [part] = parsePlaceholders('{{compnay}}');
    expect(part).toMatchObject({ kind: 'placeholder', name: 'compnay', known: false });
  });
});

describe('fillScript', () => {
  it('fills known placeholders and lists empty and unknown ones once each', () => {
    const filled = fillScript('{{my_name}} for {{role}} at {{company}}; {{compnay}} {{compnay}} {{contact_name}}', ctx({ contact_name: '  ', role: '' }));
    expect(filled.empty).toEqual(['role', 'contact_name']);
    expect(filled.unknown).toEqual(['compnay']);
    expect(filled.segments[0]).toEqual({ kind: 'filled', name: 'my_name', text: 'Alex' });
    expect(filledText(filled)).toBe('Alex for {{role}} at Lumen Health; {{compnay}} {{compnay}} {{contact_name}}');
  });

  it('keeps what the user typed as text, never markup: segments are data', () => {
    const filled = fillScript('<b>bold</b> {{company}}', ctx({ company: '<img src=x onerror=alert(1)>' }));
    expect(filled.segments).toEqual([
      { kind: 'text', text: '<b>bold</b> ' },
      { kind: 'filled', name: 'company', text: '<img src=x onerror=alert(1)>' },
    ]);
  });

  it('does not treat a filled value as a placeholder (no second pass)', () => {
    const filled = fillScript('{{company}}', ctx({ company: '{{my_name}}' }));
    expect(filledText(filled)).toBe('{{my_name}}');
    expect(filled.empty).toEqual([]);
  });

  it('fills an empty text to nothing', () => {
    expect(fillScript('', ctx())).toEqual({ segments: [], empty: [], unknown: [], malformed: [] });
  });
});

describe('placeholderContext', () => {
  it('reads the dream role, Plan B and the user from the plan', () => {
    const plan = samplePlan(NOW);
    const role = plan.dreamRoles[0]!;
    const values = placeholderContext(plan, role, NOW, { locale: 'en-US', userTimeZone: 'America/New_York' });
    expect(Object.keys(values).sort()).toEqual([...PLACEHOLDER_NAMES].sort());
    expect(values).toMatchObject({
      company: 'Lumen Health',
      role: 'Staff Engineer, Platform',
      contact_name: 'Priya Shah',
      days_left: '6 days',
      time_left: 'in 6 days',
      offer_form: 'written',
      plan_b_company: 'Northwind Logistics',
      plan_b_role: 'Senior Software Engineer',
      my_name: 'Alex Rivera',
    });
    expect(values.deadline).toBe('Sunday, March 8 at 5:00 PM');
  });

  it('leaves values empty when there is no role, no contact and no Plan B', () => {
    const plan = { ...samplePlan(NOW), offers: [] };
    const values = placeholderContext(plan, { ...plan.dreamRoles[0]!, contacts: [] }, NOW);
    expect(values.contact_name).toBe('');
    expect(values.deadline).toBe('');
    expect(values.days_left).toBe('');
    expect(values.plan_b_company).toBe('');
    expect(placeholderContext(plan, undefined, NOW).company).toBe('');
  });

  it('counts days left in the deadline’s zone and never below zero', () => {
    expect(daysLeft('2026-03-03T17:00:00-05:00', 'America/New_York', new Date('2026-03-03T04:30:00Z'))).toBe(1);
    expect(daysLeft('2026-03-01T17:00:00-05:00', 'America/New_York', NOW)).toBe(0);
  });
});

describe('malformed placeholders (finding 16)', () => {
  it('reports broken braces instead of passing them as plain text', () => {
    const filled = fillScript('Hi {{company}, from {my_name}}. {{ }} and {single} and {{role', ctx());
    expect(filled.malformed).toEqual(['{{company}', '{my_name}}', '{{ }}', '{single}', '{{role']);
    expect(filled.segments.filter((s) => s.kind === 'malformed')).toHaveLength(5);
    expect(filledText(filled)).toBe('Hi {{company}, from {my_name}}. {{ }} and {single} and {{role');
  });

  it('leaves well-formed scripts without malformed parts', () => {
    expect(fillScript('{{company}} and {{ role }}', ctx()).malformed).toEqual([]);
  });
});

describe('deadline words (findings 10 and 16)', () => {
  const plan = samplePlan(NOW);
  const role = plan.dreamRoles[0]!;
  const deadline = new Date(plan.offers[0]!.deadline!);
  const at = (ms: number) => placeholderContext(plan, role, new Date(ms), { locale: 'en-US', userTimeZone: 'America/New_York' });

  it('never presents a lapsed deadline as alive: empty once it has passed', () => {
    const before = at(deadline.getTime() - 60_000);
    expect(before).toMatchObject({ days_left: 'less than a day', time_left: 'today', deadline: 'Sunday, March 8 at 5:00 PM' });
    for (const values of [at(deadline.getTime()), at(deadline.getTime() + 3 * 86_400_000)]) {
      expect(values).toMatchObject({ deadline: '', days_left: '', time_left: '' });
    }
    const filled = fillScript('I must answer by {{deadline}}, {{time_left}}.', at(deadline.getTime() + 1));
    expect(filled.empty).toEqual(['deadline', 'time_left']);
  });

  it('says “1 day”, “tomorrow” and “in 2 days”, never “1 days”', () => {
    const day = 86_400_000;
    expect(at(deadline.getTime() - day)).toMatchObject({ days_left: '1 day', time_left: 'tomorrow' });
    expect(at(deadline.getTime() - 2 * day)).toMatchObject({ days_left: '2 days', time_left: 'in 2 days' });
  });

  it('absorbs a unit typed after {{days_left}}, as older scripts have it', () => {
    const values = at(deadline.getTime() - 86_400_000);
    expect(filledText(fillScript('That is {{days_left}} days from today.', values))).toBe('That is 1 day from today.');
    expect(filledText(fillScript('That is {{days_left}} day(s).', values))).toBe('That is 1 day(s).');
    expect(filledText(fillScript('{{days_left}} daytime', values))).toBe('1 day daytime');
  });

  it('names the deadline’s zone when it is not the user’s', () => {
    const pacific = { ...plan, offers: plan.offers.map((o) => ({ ...o, deadline: '2026-03-06T17:00:00-08:00', deadlineTimeZone: 'America/Los_Angeles' })) };
    const chicago = placeholderContext(pacific, role, NOW, { locale: 'en-US', userTimeZone: 'America/Chicago' });
    expect(chicago.deadline).toBe('Friday, March 6 at 5:00 PM Pacific Time');
    const local = placeholderContext(pacific, role, NOW, { locale: 'en-US', userTimeZone: 'America/Los_Angeles' });
    expect(local.deadline).toBe('Friday, March 6 at 5:00 PM');
    expect(placeholderContext(pacific, role, NOW, { locale: 'en-US' }).deadline).toBe('Friday, March 6 at 5:00 PM Pacific Time');
  });

  // Finding 11: a blank zone was the computer's zone in scripts and UTC on the board.
  it('reads a blank or unknown zone by the stored offset, as the board does', () => {
    const blank = { ...plan, offers: plan.offers.map((o) => ({ ...o, deadline: '2026-03-04T23:00:00-07:00', deadlineTimeZone: '' })) };
    const values = placeholderContext(blank, role, new Date('2026-03-03T06:30:00Z'), { locale: 'en-US', userTimeZone: 'Asia/Tokyo' });
    // In the stored offset (UTC-7) it is still March 2 at 23:30; the deadline is March 4: 2 days.
    expect(values.days_left).toBe('2 days');
    expect(values.deadline).toBe('Wednesday, March 4 at 11:00 PM GMT-07:00');
    expect(daysLeft('2026-03-04T23:00:00-07:00', 'Not/AZone', new Date('2026-03-03T06:30:00Z'))).toBe(2);
  });

  it('fills {{offer_form}} from the record', () => {
    expect(at(NOW.getTime()).offer_form).toBe('written');
  });
});
