import { Text } from '@mantine/core';
import { useNow } from '../board/useNow';
import { formatClock } from '../scripts/useRehearsalTimer';

/** How long the call has run, from the moment call mode opened it (kept across a reload). */
export function CallTimer({ startedAt }: { startedAt: string }) {
  const now = useNow(1000);
  const elapsed = Math.max(0, now.getTime() - Date.parse(startedAt));
  return (
    <Text component="span" ff="monospace" fz={28} fw={600} aria-label={`Call time ${formatClock(elapsed)}`} data-testid="call-timer">
      {formatClock(elapsed)}
    </Text>
  );
}
