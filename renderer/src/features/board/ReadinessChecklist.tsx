import { memo } from 'react';
import { List, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconMinus, IconX } from '@tabler/icons-react';
import type { Readiness } from '@shared/board';

/** The five checks before a call, each with its reason. */
export const ReadinessChecklist = memo(function ReadinessChecklist({ readiness }: { readiness: Readiness }) {
  const applying = readiness.items.filter((i) => i.applies);
  const passed = applying.filter((i) => i.ok).length;
  const checkIn = applying.length < readiness.items.length;
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {readiness.ready
          ? 'Ready to call: every check passes'
          : checkIn
            ? 'A check-in call: no offer held, so no leverage yet'
            : `Not ready yet: ${passed} of ${applying.length} checks pass`}
      </Text>
      <List spacing={4} size="sm" center={false} aria-label="Readiness checks">
        {readiness.items.map((item) => (
          <List.Item
            key={item.key}
            data-testid={`readiness-${item.key}`}
            data-ok={item.ok}
            data-applies={item.applies}
            icon={
              <ThemeIcon size={20} radius="xl" variant="light" color={!item.applies ? 'gray' : item.ok ? 'teal' : 'red'} aria-hidden>
                {!item.applies ? <IconMinus size={14} /> : item.ok ? <IconCheck size={14} /> : <IconX size={14} />}
              </ThemeIcon>
            }
          >
            <Text size="sm" fw={600} span>
              {item.label}: {!item.applies ? 'not needed' : item.ok ? 'yes' : 'no'}.
            </Text>{' '}
            <Text size="sm" span>{item.reason}</Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
});
