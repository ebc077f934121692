import { Button, Menu, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { SCRIPT_KINDS } from '@shared/plan';
import { TEMPLATES, type ScriptKind } from '@shared/scripts/templates';

/**
 * Create a script from one of the built-in templates (a copy; templates never change).
 * Ten templates are taller than a laptop screen below the button, so the list is held to the
 * room the window has (floating-ui's size middleware) and scrolls inside itself.
 */
export function NewScriptMenu({ onCreate, disabled }: { onCreate: (kind: ScriptKind) => void; disabled?: boolean }) {
  return (
    <Menu position="bottom-start" width={340} withinPortal middlewares={{ flip: true, shift: true, size: { padding: 8 } }}>
      <Menu.Target>
        <Button leftSection={<IconPlus size={16} aria-hidden />} variant="light" disabled={disabled}>
          New script
        </Button>
      </Menu.Target>
      <Menu.Dropdown style={{ overflowY: 'auto' }}>
        <Menu.Label>Start from a template</Menu.Label>
        {SCRIPT_KINDS.map((kind) => (
          <Menu.Item key={kind} onClick={() => onCreate(kind)}>
            <Text size="sm" fw={500}>
              {TEMPLATES[kind].name}
            </Text>
            <Text size="xs" c="dimmed">
              {TEMPLATES[kind].purpose}
            </Text>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
