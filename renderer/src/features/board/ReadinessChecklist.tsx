import { memo } from 'react';
import { List, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import type { Readiness } from '@shared/board';

/** The five checks before a call, each with its reason. */
export const ReadinessChecklist = memo(function ReadinessChecklist({ readiness }: { readiness: Readiness }) {
  const passed = readiness.items.filter((i) => i.ok).length;
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {readiness.ready ? 'Ready to call: every check passes' : `Not ready yet: ${passed} of ${readiness.items.length} checks pass`}
      </Text>
      <List spacing={4} size="sm" center={false} aria-label="Readiness checks">
        {readiness.items.map((item) => (
          <List.Item
            key={item.key}
            data-testid={`readiness-${item.key}`}
            data-ok={item.ok}
            icon={
              <ThemeIcon size={20} radius="xl" variant="light" color={item.ok ? 'teal' : 'red'} aria-hidden>
                {item.ok ? <IconCheck size={14} /> : <IconX size={14} />}
              </ThemeIcon>
            }
          >
            <Text size="sm" fw={600} span>
              {item.label}: {item.ok ? 'yes' : 'no'}.
            </Text>{' '}
            <Text size="sm" span>{item.reason}</Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
});
