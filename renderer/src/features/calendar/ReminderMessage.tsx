import { Button, Stack, Text } from '@mantine/core';

/** An in-page reminder's text and the way to the plan's board. */
export function ReminderMessage({ body, onOpen }: { body: string; onOpen: () => void }) {
  return (
    <Stack gap={6} align="flex-start" data-testid="in-page-reminder">
      <Text size="sm">{body}</Text>
      <Button size="compact-sm" variant="light" onClick={onOpen}>
        Open the board
      </Button>
    </Stack>
  );
}
