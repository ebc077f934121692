import { Card, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { todayList } from '@shared/calendar';
import { localDate } from '@shared/scripts/follow-ups';
import { useNow } from '../board/useNow';
import { userLocale } from '../board/user-locale';
import { TodayGroup } from './TodayGroup';
import { useAgenda } from './useAgenda';
import { useRemindersSetting } from './useRemindersSetting';

/** What is due today and this week across all plans: calls to make, follow-ups, deadlines. */
export function TodayList() {
  const agenda = useAgenda();
  const now = useNow();
  const reminders = useRemindersSetting();
  const locale = userLocale();
  const list = agenda.status === 'ready' ? todayList(agenda.dates, now, localDate(now)) : null;
  return (
    <Card withBorder padding="lg" data-testid="today-list">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <div>
            <Title order={2} size="h3">
              Today
            </Title>
            <Text size="sm" c="dimmed">
              Calls to make, follow-ups and deadlines across your plans.
            </Text>
          </div>
          <Switch
            label="Reminders while Bird in Hand is open"
            checked={reminders.on ?? true}
            disabled={reminders.on === null}
            onChange={(e) => reminders.set(e.currentTarget.checked)}
          />
        </Group>
        {agenda.status === 'error' ? <Text c="red">Today’s list could not be made: {agenda.message}</Text> : null}
        {list && list.today.length === 0 && list.thisWeek.length === 0 ? (
          <Text size="sm">Nothing is due today or in the next six days.</Text>
        ) : null}
        {list ? <TodayGroup title="Due today" entries={list.today} locale={locale} /> : null}
        {list ? <TodayGroup title="This week" entries={list.thisWeek} locale={locale} /> : null}
      </Stack>
    </Card>
  );
}
