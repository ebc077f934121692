import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconMaximize } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ThemeToggle } from '../../components/ThemeToggle';
import { PhoneLink } from '../../components/PhoneLink';
import type { CallSheetData } from '../callsheet/call-sheet-model';
import { planPath } from '../plan/sections';
import { CallTimer } from './CallTimer';

function toggleFullScreen() {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen().catch(() => undefined);
}

/** Whom you are calling and their number, the call timer, and the way out. */
export function CallHeader({ planId, sheet, startedAt }: { planId: string; sheet: CallSheetData; startedAt: string }) {
  const { contact } = sheet;
  const who = contact.name || sheet.company;
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap" gap="md" component="header">
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          Call mode{sheet.callPosition ? `: call ${sheet.callPosition} in your call order` : ''}
        </Text>
        <Title order={1} size="h1">
          Calling {sheet.company}
        </Title>
        <Text size="lg">
          {contact.name ? `${contact.name}${contact.title ? `, ${contact.title}` : ''}` : 'No contact recorded for this role'}
        </Text>
        <Text fz={24} fw={700} data-testid="call-phone">
          {contact.phone ? <PhoneLink phone={contact.phone} who={who} plain /> : contact.missing[0]}
        </Text>
      </Stack>
      <Stack gap="xs" align="flex-end">
        <CallTimer startedAt={startedAt} />
        <Group gap="xs">
          <Button variant="default" size="xs" leftSection={<IconMaximize size={14} aria-hidden />} onClick={toggleFullScreen}>
            Full screen
          </Button>
          <ThemeToggle />
        </Group>
        <Anchor component={Link} to={planPath(planId, 'board')} size="sm">
          Leave call mode (your notes are kept)
        </Anchor>
      </Stack>
    </Group>
  );
}
