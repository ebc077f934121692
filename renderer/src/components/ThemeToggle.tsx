import { ActionIcon, Group, Menu, Tooltip, VisuallyHidden, useComputedColorScheme, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { IconCheck, IconChevronDown, IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react';

const CHOICES: Array<{ value: MantineColorScheme; label: string; Icon: typeof IconSun }> = [
  { value: 'light', label: 'Light', Icon: IconSun },
  { value: 'dark', label: 'Dark', Icon: IconMoon },
  { value: 'auto', label: 'Follow the system', Icon: IconDeviceDesktop },
];

/**
 * The theme: one click switches between light and dark; the menu beside it
 * offers the three choices (light, dark, follow the system), keyboard
 * operable like any Mantine menu. The settings-backed manager remembers it.
 */
export function ThemeToggle() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const shown = useComputedColorScheme('light');
  const next = shown === 'dark' ? 'light' : 'dark';
  return (
    <Group gap={2} wrap="nowrap">
      <Tooltip label={`Use the ${next} theme`}>
        <ActionIcon variant="default" size="lg" aria-label="Toggle light and dark theme" onClick={() => setColorScheme(next)}>
          {shown === 'dark' ? <IconSun size={18} aria-hidden /> : <IconMoon size={18} aria-hidden />}
        </ActionIcon>
      </Tooltip>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="default" size="lg" aria-label="Theme choices">
            <IconChevronDown size={16} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown aria-label="Theme">
          {CHOICES.map(({ value, label, Icon }) => (
            <Menu.Item
              key={value}
              leftSection={<Icon size={16} aria-hidden />}
              rightSection={colorScheme === value ? <IconCheck size={16} aria-hidden /> : null}
              onClick={() => setColorScheme(value)}
            >
              {label}
              {colorScheme === value ? <VisuallyHidden> (chosen)</VisuallyHidden> : null}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
