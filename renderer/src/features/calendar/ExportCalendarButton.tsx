import { memo } from 'react';
import { Button } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { exportCalendar } from './export-calendar';

/** The plan's deadlines, call-by dates, decisions and follow-ups as an .ics file for any calendar app. */
export const ExportCalendarButton = memo(function ExportCalendarButton({ planId, size = 'sm' }: { planId: string; size?: 'sm' | 'md' }) {
  return (
    <Button variant="default" size={size} leftSection={<IconCalendarPlus size={16} aria-hidden />} onClick={() => void exportCalendar(planId)}>
      Add dates to calendar
    </Button>
  );
});
