import { Badge, Stack, Text } from '@mantine/core';
import { IconClock } from '@tabler/icons-react';
import type { DeadlineStatus } from '@shared/board';
import { tintTextColor, URGENCY_COLOR } from './tones';

/** Plan B's countdown: urgency in colour and in words, then the exact deadline. */
export function DeadlineCountdown({ deadline }: { deadline: DeadlineStatus }) {
  return (
    <Stack gap={4} data-testid="deadline-countdown">
      <Badge
        size="lg"
        variant="light"
        color={URGENCY_COLOR[deadline.urgency]}
        c={tintTextColor(URGENCY_COLOR[deadline.urgency])}
        leftSection={<IconClock size={16} aria-hidden />}
        styles={{ root: { textTransform: 'none', maxWidth: '100%' } }}
        data-urgency={deadline.urgency}
      >
        {deadline.label}
      </Badge>
      <Text size="sm">{deadline.detail}</Text>
    </Stack>
  );
}
