import type { ReactNode } from 'react';
import { Alert, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { getErrorMessage } from 'react-error-boundary';

export interface CrashPanelProps {
  title: string;
  message: string;
  /** What was thrown, shown small so a bug report can quote it. */
  error: unknown;
  /** The ways back (buttons or links). */
  children: ReactNode;
}

/** What an error boundary shows instead of a blank window: plain words and ways back. */
export function CrashPanel({ title, message, error, children }: CrashPanelProps) {
  const detail = getErrorMessage(error);
  return (
    <Alert color="red" title={title} icon={<IconAlertTriangle aria-hidden />} role="alert" data-testid="crash-panel" maw={720}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{message}</Text>
        <Group gap="sm">{children}</Group>
        {detail ? (
          <Text size="xs" c="dimmed" data-testid="crash-detail">
            What went wrong: {detail}
          </Text>
        ) : null}
      </Stack>
    </Alert>
  );
}
