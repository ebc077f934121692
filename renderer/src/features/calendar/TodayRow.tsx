import { Anchor, Group, Stack, Text } from '@mantine/core';
import { IconAlarm, IconCalendarEvent, IconPhoneCall, IconRepeat } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatDate, formatDateTime, plural } from '@shared/board';
import type { PlanDateKind, TodayEntry } from '@shared/calendar';
import { planPath } from '../plan/sections';

const ICONS: Record<PlanDateKind, typeof IconAlarm> = {
  deadline: IconAlarm,
  'call-by': IconPhoneCall,
  'follow-up': IconRepeat,
  decision: IconCalendarEvent,
};

/** When, in words: the deadline's time in its zone, else the date, and how late. */
function when({ item, daysLate }: TodayEntry, locale: string): string {
  const date = item.at && item.timeZone ? formatDateTime(new Date(item.at), item.timeZone, locale) : formatDate(item.date, locale);
  if (daysLate === 0) return date;
  return `${date}, ${plural(daysLate, 'day')} late`;
}

/** One dated item on the Today list, linking to its plan's board. */
export function TodayRow({ entry, locale }: { entry: TodayEntry; locale: string }) {
  const { item } = entry;
  const Icon = ICONS[item.kind];
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start" data-testid="today-item" data-kind={item.kind}>
      <Icon size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
      <Stack gap={0}>
        <Anchor component={Link} to={planPath(item.planId, 'board')} fw={600} size="sm">
          {item.summary}
        </Anchor>
        <Text size="xs" c="dimmed">
          {when(entry, locale)} · {item.planName}
        </Text>
      </Stack>
    </Group>
  );
}
