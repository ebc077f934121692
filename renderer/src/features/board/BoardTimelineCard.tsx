import { memo } from 'react';
import { Card, List, Stack, Text, Title } from '@mantine/core';
import { formatDate, listNames, type BoardTimeline } from '@shared/board';
import { TimelineChart } from './TimelineChart';
import { daysFromToday, layoutTimeline } from './timeline-layout';

/** The visual timeline and, for everyone, the same facts as a list. */
export const BoardTimelineCard = memo(function BoardTimelineCard({ timeline: t, locale }: { timeline: BoardTimeline; locale: string }) {
  const { groups } = layoutTimeline(t, 1000);
  const when = (date: string) => formatDate(date, locale);
  return (
    <Card withBorder padding="lg" data-testid="timeline" aria-labelledby="timeline-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="timeline-heading">Timeline</Title>
        {t.points.length === 0 && t.deadlineOffset === null ? (
          <Text c="dimmed">Nothing to place yet: record Plan B’s deadline and each dream role’s expected decision date.</Text>
        ) : (
          <TimelineChart timeline={t} />
        )}
        <List size="sm" spacing={2} aria-label="Timeline as text" data-testid="timeline-list">
          <List.Item>Today: {when(t.today)}</List.Item>
          {t.deadlineDate !== null && t.deadlineOffset !== null ? (
            <List.Item fw={600}>Plan B deadline: {when(t.deadlineDate)} ({daysFromToday(t.deadlineOffset)})</List.Item>
          ) : (
            <List.Item>No Plan B deadline recorded.</List.Item>
          )}
          {groups.map((g) => (
            <List.Item key={g.date}>
              {when(g.date)} ({daysFromToday(g.dayOffset)}): {listNames(g.points.map((p) => p.name), 5)} decide
              {g.points.length === 1 ? 's' : ''}
              {g.afterDeadline ? ', after your deadline' : g.dayOffset === t.deadlineOffset ? ', on your deadline day' : t.deadlineDate ? ', before your deadline' : ''}
            </List.Item>
          ))}
          {t.callBys.map((c) => (
            <List.Item key={`call-by-${c.date}`} data-testid="timeline-call-by">
              {when(c.date)} ({daysFromToday(c.dayOffset)}): last working day to call {listNames(c.names, 5)}{c.late ? ' (passed: call today)' : ''}
            </List.Item>
          ))}
          {t.undated.length ? (
            <List.Item c="dimmed">
              No decision date yet: {listNames(t.undated.map((u) => u.name), 5)}. Ask them when they will decide.
            </List.Item>
          ) : null}
        </List>
      </Stack>
    </Card>
  );
});
