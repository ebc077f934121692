import { Group, Kbd, Text } from '@mantine/core';

const KEYS: [string, string][] = [
  ['1 2 3', 'an answer'],
  ['0', 'the script'],
  ['Space', 'start / pause timer'],
  ['R', 'reset timer'],
  ['F', 'full screen'],
  ['Esc', 'close'],
];

/** The rehearsal's keyboard shortcuts, always on screen. */
export function RehearsalKeys() {
  return (
    <Group gap="md" wrap="wrap" aria-label="Keyboard shortcuts">
      {KEYS.map(([keys, what]) => (
        <Text key={keys} size="sm" c="dimmed">
          <Kbd>{keys}</Kbd> {what}
        </Text>
      ))}
    </Group>
  );
}
