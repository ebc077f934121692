import { Fragment } from 'react';
import { Kbd, Stack, Table, Text, Title } from '@mantine/core';
import { keysFor, SHORTCUTS, type Shortcut } from './shortcuts';
import { Modal } from '../../components/dialogs';

export interface ShortcutsSheetProps {
  opened: boolean;
  onClose: () => void;
  /** macOS shows ⌘; elsewhere Ctrl. */
  mac: boolean;
  /** In the browser harness, the native menu's shortcuts are the browser's own: they are marked. */
  desktop: boolean;
}

const GROUPS: Shortcut['group'][] = ['Plans', 'Editing', 'Moving around', 'Help'];

/** Every keyboard shortcut, grouped, in one dialog (opened by ?, Mod+/ or Help → Keyboard Shortcuts). */
export function ShortcutsSheet({ opened, onClose, mac, desktop }: ShortcutsSheetProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Keyboard shortcuts" size="lg" data-testid="shortcuts-sheet">
      <Stack gap="md">
        {!desktop ? (
          <Text size="sm" c="dimmed">
            Marked “desktop app” shortcuts come with the native menu; in a browser use the command palette (Ctrl+K).
          </Text>
        ) : null}
        {GROUPS.map((group) => (
          <Fragment key={group}>
            <Title order={3} size="h5">
              {group}
            </Title>
            <Table verticalSpacing={4} withRowBorders={false}>
              <Table.Tbody>
                {SHORTCUTS.filter((s) => s.group === group).map((shortcut) => (
                  <Table.Tr key={shortcut.keys}>
                    <Table.Td w="38%">
                      {keysFor(shortcut.keys, mac).map((key, index) => (
                        <Fragment key={`${key}-${index}`}>
                          {index > 0 ? ' + ' : null}
                          <Kbd>{key}</Kbd>
                        </Fragment>
                      ))}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {shortcut.what}
                        {!desktop && shortcut.desktopOnly ? (
                          <Text span size="xs" c="dimmed">
                            {' '}
                            (desktop app)
                          </Text>
                        ) : null}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Fragment>
        ))}
      </Stack>
    </Modal>
  );
}
