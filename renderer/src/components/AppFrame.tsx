import type { ReactNode } from 'react';
import { AppShell, Group, Text } from '@mantine/core';
import { BirdMark } from './BirdMark';
import { ThemeToggle } from './ThemeToggle';

export interface AppFrameProps {
  /** Navigation shown at the side; only when a plan is open. */
  navbar?: ReactNode;
  /** Extra controls in the header, before the theme toggle (save state, undo/redo). */
  headerActions?: ReactNode;
  children: ReactNode;
}

/** The window's frame: header with the app name, optional navbar, main area. */
export function AppFrame({ navbar, headerActions, children }: AppFrameProps) {
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={navbar ? { width: 220, breakpoint: 'xs' } : undefined}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <BirdMark />
            <Text fw={700} size="lg" component="span">
              Bird in Hand
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {headerActions}
            <ThemeToggle />
          </Group>
        </Group>
      </AppShell.Header>
      {navbar ? (
        <AppShell.Navbar p="sm" aria-label="Plan sections">
          {navbar}
        </AppShell.Navbar>
      ) : null}
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
