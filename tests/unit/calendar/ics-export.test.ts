/**
 * The .ics export read back by an independent parser (ical.js): what a
 * calendar app importing the file would see.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { callBy, deadlineStatus } from '@shared/board';
import type { Plan } from '@shared/plan';
import { planCalendar } from '../../../electron/main/calendar/ics-export';
import { call, contact, offer, plan, role } from '../board/fixtures';

const NOW = new Date('2026-10-26T12:00:00Z');

interface Parsed {
  events: ICAL.Event[];
  calendar: ICAL.Component;
}

/** Parses like a calendar app: the file's own VTIMEZONEs first, then the events against them. */
function parse(text: string): Parsed {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

const byUid = (events: ICAL.Event[], prefix: string) => events.filter((e) => e.uid.startsWith(prefix));
const one = (events: ICAL.Event[], prefix: string) => {
  const found = byUid(events, prefix);
  expect(found, `one event with a UID starting ${prefix}`).toHaveLength(1);
  return found[0] as ICAL.Event;
};
/** When each alarm rings, computed by ical.js from the event's start in its zone. */
const alarmTimes = (event: ICAL.Event) =>
  event.component.getAllSubcomponents('valarm').map((a) => {
    const at = event.startDate.clone();
    at.addDuration(a.getFirstPropertyValue('trigger') as ICAL.Duration);
    return at.toJSDate().getTime();
  });

function samplePlan(): Plan {
  // Two deadlines in New York either side of the end of daylight saving (Sun Nov 1, 2026).
  const planB = offer({ company: 'Northwind', deadline: '2026-11-02T12:00:00-05:00', deadlineTimeZone: 'America/New_York' });
  const other = offer({ isPlanB: false, company: 'Orbit', deadline: '2026-10-30T17:00:00+01:00', deadlineTimeZone: 'Europe/Berlin' });
  const lumen = role({
    company: 'Lumen, Inc.; Labs',
    notes: 'Ask about the team;\nthen, the start date',
    stage: 'final-round',
    contacts: [contact({ name: 'Priya Shah', phone: '+1 415 555 0142' })],
    timeline: { stated: 'two weeks', expectedDecisionOn: '2026-11-06', history: [] },
    callLog: [call('non-answer', '2026-10-20T15:00:00Z', { followUpOn: '2026-10-28', nextStep: 'Ask for a date' })],
  });
  return plan({ offers: [planB, other], dreamRoles: [lumen], revision: 4, updatedAt: '2026-10-25T09:00:00Z' });
}

describe('calendar export (.ics)', () => {
  it('puts each deadline in its own named zone, with its VTIMEZONE, across a daylight-saving change', () => {
    const { text } = planCalendar(samplePlan(), NOW);
    const { calendar, events } = parse(text);
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')).sort()).toEqual(['America/New_York', 'Europe/Berlin']);
    const deadlines = byUid(events, 'deadline-');
    const northwind = deadlines.find((e) => e.summary.includes('Northwind')) as ICAL.Event;
    const orbit = deadlines.find((e) => e.summary.includes('Orbit')) as ICAL.Event;
    expect(northwind.startDate.zone?.tzid).toBe('America/New_York');
    expect(northwind.startDate.hour).toBe(12);
    expect(northwind.startDate.toJSDate().toISOString()).toBe('2026-11-02T17:00:00.000Z');
    expect(orbit.startDate.zone?.tzid).toBe('Europe/Berlin');
    expect(orbit.startDate.toJSDate().toISOString()).toBe('2026-10-30T16:00:00.000Z');
    expect(northwind.summary).toBe('Plan B deadline: answer Northwind');
    expect(orbit.summary).toBe('Offer deadline: answer Orbit');
  });

  it('reminds 24 hours and 2 hours before a deadline the Monday after the clocks go back', () => {
    const { events } = parse(planCalendar(samplePlan(), NOW).text);
    const northwind = byUid(events, 'deadline-').find((e) => e.summary.includes('Northwind')) as ICAL.Event;
    const at = Date.parse('2026-11-02T17:00:00Z');
    expect(alarmTimes(northwind).sort()).toEqual([at - 24 * 3_600_000, at - 2 * 3_600_000]);
  });

  it('makes dates without a time all-day events, and reminds of a call-by date the morning of the day', () => {
    const p = samplePlan();
    const { events } = parse(planCalendar(p, NOW).text);
    const decision = one(events, 'decision-');
    expect(decision.startDate.isDate).toBe(true);
    expect(decision.startDate.toString()).toBe('2026-11-06');
    expect(decision.component.getAllSubcomponents('valarm')).toHaveLength(0);

    const expected = callBy('final-round', deadlineStatus(p.offers[0], NOW)).date;
    const callDay = one(events, 'call-by-');
    expect(callDay.startDate.isDate).toBe(true);
    expect(callDay.startDate.toString()).toBe(expected);
    const [alarm] = callDay.component.getAllSubcomponents('valarm');
    const trigger = alarm?.getFirstProperty('trigger');
    expect(trigger?.getParameter('related') ?? 'START').toBe('START');
    expect((trigger?.getFirstValue() as ICAL.Duration).toSeconds()).toBe(9 * 3600);
    expect(callDay.summary).toContain('+1 415 555 0142');

    const followUp = one(events, 'follow-up-');
    expect(followUp.startDate.toString()).toBe('2026-10-28');
    expect(followUp.description).toContain('Ask for a date');
  });

  it('escapes commas, semicolons and newlines in company names and notes', () => {
    const { events, calendar } = parse(planCalendar(samplePlan(), NOW).text);
    const decision = one(events, 'decision-');
    expect(decision.summary).toBe('Lumen, Inc.; Labs expects to decide');
    expect(decision.description).toContain('Your notes: Ask about the team;\nthen, the start date');
    // Every event survived the round trip (a stray ; or newline would split or drop one).
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(5);
  });

  it('keeps UIDs across two exports of an edited plan, with a higher SEQUENCE and a new LAST-MODIFIED', () => {
    const before = samplePlan();
    const first = parse(planCalendar(before, NOW).text).events;
    const edited: Plan = {
      ...before,
      revision: before.revision + 3,
      updatedAt: '2026-10-26T08:00:00Z',
      offers: before.offers.map((o) => (o.isPlanB ? { ...o, deadline: '2026-11-03T12:00:00-05:00' } : o)),
      dreamRoles: before.dreamRoles.map((r) => ({ ...r, notes: 'Changed', timeline: { ...r.timeline, expectedDecisionOn: '2026-11-09', history: [] } })),
    };
    const second = parse(planCalendar(edited, NOW).text).events;
    expect(second.map((e) => e.uid).sort()).toEqual(first.map((e) => e.uid).sort());
    expect(new Set(first.map((e) => e.uid)).size).toBe(first.length);
    for (const event of second) {
      expect(event.sequence).toBe(7);
      expect((event.component.getFirstPropertyValue('last-modified') as ICAL.Time).toJSDate().toISOString()).toBe('2026-10-26T08:00:00.000Z');
    }
    expect(one(second, 'decision-').startDate.toString()).toBe('2026-11-09');
    expect(first.every((e) => e.sequence === 4)).toBe(true);
  });

  it('exports a plan with no dates as a valid calendar with no events, and says how many there are', () => {
    const result = planCalendar(plan(), NOW);
    expect(result.eventCount).toBe(0);
    const { calendar, events } = parse(result.text);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(events).toHaveLength(0);
    expect(result.fileName).toBe('Test plan dates.ics');
  });

  it('writes a deadline whose zone is unknown in UTC at the right instant', () => {
    const odd = plan({ offers: [offer({ deadline: '2026-11-02T12:30:00+05:30', deadlineTimeZone: 'Not/AZone' })] });
    const { events, calendar } = parse(planCalendar(odd, NOW).text);
    const deadline = one(events, 'deadline-');
    expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(0);
    expect(deadline.startDate.toJSDate().toISOString()).toBe('2026-11-02T07:00:00.000Z');
  });
});
