import { planCalendar } from './electron/main/calendar/ics-export';
import { offer, plan } from './tests/unit/board/fixtures';
console.log(planCalendar(plan({ offers: [offer()] }), new Date('2026-11-25T00:00:00Z')).text.split('\r\n').filter(l => /TRIGGER|DTSTART/.test(l)).join('\n'));
