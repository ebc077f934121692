import { Badge, Stack, Text } from '@mantine/core';
import { formatDate, type RoleCard } from '@shared/board';
import { FIT_COLOR, fitWords, tintTextColor } from './tones';

/** Their expected decision against Plan B's deadline, in words. */
export function FitLine({ role, locale }: { role: RoleCard; locale: string }) {
  const date = role.expectedDecisionOn ? formatDate(role.expectedDecisionOn, locale) : null;
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>Timeline</Text>
      <Badge
        variant="light"
        color={FIT_COLOR[role.fit.kind]}
        c={tintTextColor(FIT_COLOR[role.fit.kind])}
        radius="sm"
        styles={{ root: { textTransform: 'none', height: 'auto', maxWidth: '100%' }, label: { whiteSpace: 'normal', overflow: 'visible' } }}
        data-testid="role-fit"
        data-fit={role.fit.kind}
      >
        {fitWords(role.fit)}
      </Badge>
      <Text size="sm">{role.fit.reason}</Text>
      <Text size="sm" c="dimmed">
        Expected decision: {date && date !== 'Unknown' ? date : 'not recorded'}
        {role.timelineStated.trim() ? ` (they said: “${role.timelineStated.trim()}”)` : ''}
      </Text>
    </Stack>
  );
}
