import { ActionIcon, Tooltip, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { IconMoon, IconSun } from '@tabler/icons-react';

/**
 * Switches between light and dark. The app starts from the saved preference
 * (following the system when it is `system`); a click sets the opposite of
 * what is shown and the settings-backed manager remembers it.
 */
export function ThemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const shown = useComputedColorScheme('light');
  const next = shown === 'dark' ? 'light' : 'dark';
  return (
    <Tooltip label={`Use the ${next} theme`}>
      <ActionIcon
        variant="default"
        size="lg"
        aria-label="Toggle light and dark theme"
        onClick={() => setColorScheme(next)}
      >
        {shown === 'dark' ? <IconSun size={18} aria-hidden /> : <IconMoon size={18} aria-hidden />}
      </ActionIcon>
    </Tooltip>
  );
}
