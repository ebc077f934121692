import { List, Paper, Title } from '@mantine/core';
import { LISTEN_FOR } from '@shared/board/role-progress';

/** The few cues to listen for while they talk. */
export function ListenFor() {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="listen-for-heading">
      <Title order={2} size="h4" id="listen-for-heading" mb="xs">
        What to listen for
      </Title>
      <List spacing={6} size="sm" data-testid="listen-for">
        {LISTEN_FOR.map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
    </Paper>
  );
}
