/**
 * "Add to calendar": a plan's dates as an .ics file. A save dialog and a
 * durable write in the desktop app, a download in the browser. A plan with
 * no dates still gets a valid (empty) calendar, and the message says so.
 */
import { notifications } from '@mantine/notifications';
import { call, errorMessage } from '../../api/planner';
import { appInfo } from '../../app/app-info';
import { downloadText } from '../plans/import-export';

const NO_DATES =
  'This plan has no dates yet, so the calendar file has no events. Add Plan B’s deadline, a decision date or a follow-up, then export again.';

function told(eventCount: number, where: string): void {
  if (eventCount === 0) {
    notifications.show({ color: 'yellow', title: 'No dates to add', message: `${NO_DATES} ${where}` });
    return;
  }
  const events = eventCount === 1 ? '1 date' : `${eventCount} dates`;
  notifications.show({ color: 'teal', title: 'Dates exported', message: `${events} ${where} Open the file with your calendar app to add them; a newer export updates them.` });
}

/** Exports the plan's dates as an .ics calendar file. */
export async function exportCalendar(planId: string): Promise<void> {
  try {
    const { transport } = await appInfo();
    if (transport === 'electron') {
      const result = await call('calendar:exportIcsToFile', { planId });
      if (result.saved) told(result.eventCount, `saved as ${result.fileName}.`);
      return;
    }
    const { fileName, text, eventCount } = await call('calendar:exportIcs', { planId });
    downloadText(fileName, text, 'text/calendar');
    told(eventCount, `downloading as ${fileName}.`);
  } catch (error) {
    notifications.show({ color: 'red', title: 'The dates were not exported', message: errorMessage(error) });
  }
}
