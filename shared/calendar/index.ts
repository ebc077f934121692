/** Plan dates and what is built on them: the calendar file, reminders, the Today list. */
export * from './plan-dates';
export * from './reminders';
export * from './today';

/** `<plan name> dates.ics`, keeping letters, digits, spaces, `_` and `-`. */
export function calendarFileName(planName: string): string {
  const stem = planName.replace(/[^\p{L}\p{N} _-]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 60) || 'Plan';
  return `${stem} dates.ics`;
}
