import { Stack, Text } from '@mantine/core';
import type { TodayEntry } from '@shared/calendar';
import { TodayRow } from './TodayRow';

/** One heading of the Today list ("Due today", "This week"); nothing when it is empty. */
export function TodayGroup({ title, entries, locale }: { title: string; entries: TodayEntry[]; locale: string }) {
  if (entries.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-label={title}>
      <Text size="sm" fw={700} tt="uppercase" c="dimmed">
        {title}
      </Text>
      {entries.map((entry) => (
        <TodayRow key={`${entry.item.planId}|${entry.item.key}`} entry={entry} locale={locale} />
      ))}
    </Stack>
  );
}
