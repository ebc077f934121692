import { memo } from 'react';
import { Badge, List, Stack, Text } from '@mantine/core';
import { formatDate, type RoleCard } from '@shared/board';
import { FIT_COLOR, fitWords, tintTextColor } from './tones';

/** Their expected decision against Plan B's deadline, in words. */
type Props = Pick<RoleCard, 'fit' | 'expectedDecisionOn' | 'timelineStated' | 'expectedDecisionChanges'> & { locale: string };

export const FitLine = memo(function FitLine({ fit, expectedDecisionOn, timelineStated, expectedDecisionChanges, locale }: Props) {
  const date = expectedDecisionOn ? formatDate(expectedDecisionOn, locale) : null;
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>Timeline</Text>
      <Badge
        variant="light"
        color={FIT_COLOR[fit.kind]}
        c={tintTextColor(FIT_COLOR[fit.kind])}
        radius="sm"
        styles={{ root: { textTransform: 'none', height: 'auto', maxWidth: '100%' }, label: { whiteSpace: 'normal', overflow: 'visible' } }}
        data-testid="role-fit"
        data-fit={fit.kind}
      >
        {fitWords(fit)}
      </Badge>
      <Text size="sm">{fit.reason}</Text>
      <Text size="sm" c="dimmed">
        Expected decision: {date && date !== 'Unknown' ? date : 'not recorded'}
        {timelineStated.trim() ? ` (they said: “${timelineStated.trim()}”)` : ''}
      </Text>
      {expectedDecisionChanges.length ? (
        <List size="sm" c="dimmed" spacing={2} aria-label="Earlier expected decision dates" data-testid="expected-decision-changes">
          {expectedDecisionChanges.map((words, i) => <List.Item key={i}>{words}</List.Item>)}
        </List>
      ) : null}
    </Stack>
  );
});
