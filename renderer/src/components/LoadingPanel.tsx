import { Group, Loader, Text } from '@mantine/core';

/** A quiet loading line that screen readers announce. */
export function LoadingPanel({ label }: { label: string }) {
  return (
    <Group gap="sm" role="status" aria-live="polite" p="md">
      <Loader size="sm" aria-hidden />
      <Text c="dimmed">{label}</Text>
    </Group>
  );
}
