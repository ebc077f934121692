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
  days_left: '6',
  plan_b_company: 'Northwind',
  plan_b_role: 'Senior Engineer',
  my_name: 'Alex',
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
    expect(fillScript('', ctx())).toEqual({ segments: [], empty: [], unknown: [] });
  });
});

describe('placeholderContext', () => {
  it('reads the dream role, Plan B and the user from the plan', () => {
    const plan = samplePlan(NOW);
    const role = plan.dreamRoles[0]!;
    const values = placeholderContext(plan, role, NOW, 'en-US');
    expect(Object.keys(values).sort()).toEqual([...PLACEHOLDER_NAMES].sort());
    expect(values).toMatchObject({
      company: 'Lumen Health',
      role: 'Staff Engineer, Platform',
      contact_name: 'Priya Shah',
      days_left: '6',
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
