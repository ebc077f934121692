import { Badge, Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { listNames, type Board } from '@shared/board';
import { SEVERITY, tintTextColor } from './tones';

/** The board's advice, most severe first: severity in icon, colour and words, then the reason. */
export function RecommendationsPanel({ board }: { board: Board }) {
  const names = new Map(board.roles.map((r) => [r.roleId, r.name]));
  return (
    <Card withBorder padding="lg" data-testid="recommendations" aria-labelledby="recommendations-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="recommendations-heading">What to do</Title>
        {board.recommendations.length === 0 ? <Text c="dimmed">No advice right now.</Text> : null}
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {board.recommendations.map((rec) => {
            const sev = SEVERITY[rec.severity];
            const about = rec.roleIds?.length ? rec.roleIds : rec.roleId ? [rec.roleId] : [];
            return (
              <Group key={rec.id} component="li" gap="sm" wrap="nowrap" align="flex-start" data-testid="recommendation" data-id={rec.id} data-severity={rec.severity}>
                <ThemeIcon color={sev.color} variant="light" size="lg" radius="xl" aria-hidden>
                  <sev.Icon size={20} />
                </ThemeIcon>
                <Stack gap={2} miw={0}>
                  <Group gap="xs" wrap="wrap">
                    <Badge color={sev.color} c={tintTextColor(sev.color)} variant="light" size="sm">{sev.word}</Badge>
                    <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>{rec.title}</Text>
                  </Group>
                  <Text size="sm">{rec.reason}</Text>
                  {about.length > 1 ? (
                    <Text size="xs" c="dimmed">Concerns {listNames(about.map((id) => names.get(id) ?? 'a dream role'))}.</Text>
                  ) : null}
                </Stack>
              </Group>
            );
          })}
        </Stack>
      </Stack>
    </Card>
  );
}
