/** The plan dates, the reminder schedule and the Today list, as pure logic. */
import { describe, expect, it } from 'vitest';
import { dueReminders, planDates, reminderSchedule, todayList, type PlanDate } from '@shared/calendar';
import { callBy, deadlineStatus } from '@shared/board';
import { call, contact, offer, plan, role } from '../board/fixtures';

const HOUR = 3_600_000;
const NOW = new Date('2026-11-30T15:00:00Z'); // Monday
const p = plan({
  offers: [offer({ company: 'Northwind', deadline: '2026-12-04T17:00:00-05:00', deadlineTimeZone: 'America/New_York' })],
  dreamRoles: [
    role({ company: 'Lumen', stage: 'final-round', contacts: [contact({ name: 'Priya', phone: '+1 555 0100' })], timeline: { stated: '', expectedDecisionOn: '2026-12-08', history: [] } }),
    role({ company: 'Orbit', stage: 'interviewing', callLog: [call('non-answer', '2026-11-20T10:00:00Z', { followUpOn: '2026-11-27', nextStep: 'Ask again' })] }),
    role({ company: 'Closed Co', stage: 'closed', timeline: { stated: '', expectedDecisionOn: '2026-12-01', history: [] } }),
    role({ company: 'Greenlit', callLog: [call('green-light', '2026-11-25T10:00:00Z')] }),
  ],
});

describe('plan dates', () => {
  const dates = planDates(p, NOW);
  const keys = dates.map((d) => `${d.kind} ${d.company} ${d.date}`);

  it('lists deadlines, call-by dates, decisions and follow-ups, using the board’s call-by rule', () => {
    const deadline = deadlineStatus(p.offers[0], NOW);
    // Fri Dec 4 deadline: final round needs 2 business days (Wed), interviewing 3 (Tue).
    expect([callBy('final-round', deadline).date, callBy('interviewing', deadline).date]).toEqual(['2026-12-02', '2026-12-01']);
    expect(keys).toEqual([
      'follow-up Orbit 2026-11-27',
      'call-by Orbit 2026-12-01',
      'call-by Lumen 2026-12-02',
      'deadline Northwind 2026-12-04',
      'decision Lumen 2026-12-08',
    ]);
  });

  it('leaves out closed roles and roles that need no call', () => {
    expect(keys.some((k) => k.includes('Closed Co'))).toBe(false);
    expect(keys.some((k) => k.startsWith('call-by Greenlit'))).toBe(false);
  });

  it('puts the contact’s phone on a call-by date', () => {
    const lumen = dates.find((d) => d.kind === 'call-by' && d.company === 'Lumen') as PlanDate;
    expect(lumen.summary).toBe('Last day to call Lumen (Priya, +1 555 0100)');
    expect(lumen.phone).toBe('+1 555 0100');
  });
});

describe('reminder schedule', () => {
  const schedule = reminderSchedule(planDates(p, NOW), 'Europe/Berlin');
  const deadlineAt = Date.parse('2026-12-04T22:00:00Z');

  it('reminds of a deadline 24 and 2 hours before, and of a day’s item at 09:00 the user’s time', () => {
    const deadline = schedule.filter((r) => r.key.startsWith('deadline:')).map((r) => r.fireAt);
    expect(deadline).toEqual([deadlineAt - 24 * HOUR, deadlineAt - 2 * HOUR]);
    const followUp = schedule.find((r) => r.key.startsWith('follow-up:'));
    expect(new Date(followUp!.fireAt).toISOString()).toBe('2026-11-27T08:00:00.000Z');
    expect(new Date(followUp!.until).toISOString()).toBe('2026-11-27T23:00:00.000Z');
  });

  it('shows nothing before a reminder’s time, and nothing after what it is about', () => {
    expect(dueReminders(schedule, deadlineAt - 24 * HOUR - 1, new Set()).show.filter((r) => r.key.startsWith('deadline:'))).toEqual([]);
    expect(dueReminders(schedule, deadlineAt, new Set()).show.filter((r) => r.key.startsWith('deadline:'))).toEqual([]);
  });

  it('shows a due reminder until it has been shown, then names the next time', () => {
    const at = deadlineAt - 20 * HOUR;
    const first = dueReminders(schedule, at, new Set());
    const shown = first.show.filter((r) => r.key.startsWith('deadline:'));
    expect(shown.map((r) => r.title)).toEqual(['Plan B deadline within 24 hours: Northwind']);
    const again = dueReminders(schedule, at, new Set(first.show.map((r) => r.id)));
    expect(again.show).toEqual([]);
    expect(again.nextAt).toBe(deadlineAt - 2 * HOUR);
  });

  it('of two due reminders of one deadline shows only the later, and never the earlier after it', () => {
    const at = deadlineAt - HOUR;
    const due = dueReminders(schedule, at, new Set());
    expect(due.show.filter((r) => r.key.startsWith('deadline:')).map((r) => r.title)).toEqual(['Plan B deadline within 2 hours: Northwind']);
    expect(due.superseded.map((r) => r.title)).toEqual(['Plan B deadline within 24 hours: Northwind']);
    const later = dueReminders(schedule, at, new Set(due.show.map((r) => r.id)));
    expect(later.show).toEqual([]);
  });
});

describe('Today list', () => {
  it('holds today’s items and late calls and follow-ups, then the next six days', () => {
    const list = todayList(planDates(p, NOW), NOW, '2026-11-30');
    expect(list.today.map((e) => `${e.item.kind} ${e.item.company} ${e.daysLate}`)).toEqual(['follow-up Orbit 3']);
    expect(list.thisWeek.map((e) => `${e.item.kind} ${e.item.company}`)).toEqual(['call-by Orbit', 'call-by Lumen', 'deadline Northwind']);
    // The next day's list: Orbit's call-by is today, the follow-up is 4 days late.
    const tuesday = new Date('2026-12-01T15:00:00Z');
    expect(todayList(planDates(p, tuesday), tuesday, '2026-12-01').today.map((e) => `${e.item.kind} ${e.item.company} ${e.daysLate}`)).toEqual([
      'follow-up Orbit 4',
      'call-by Orbit 0',
    ]);
  });

  it('drops a deadline once it has passed, even on its day', () => {
    const after = new Date('2026-12-04T23:00:00Z');
    const list = todayList(planDates(p, after), after, '2026-12-04');
    expect([...list.today, ...list.thisWeek].some((e) => e.item.kind === 'deadline')).toBe(false);
  });
});
