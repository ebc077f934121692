/**
 * The Mantine theme: a calm, professional palette (teal primary, indigo
 * accents) on the system font stack; nothing is loaded from the network.
 */
import { createTheme, type MantineColorScheme } from '@mantine/core';
import type { ThemePreference } from '@shared/settings';

const systemFonts =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji"';

export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 7, dark: 5 },
  fontFamily: systemFonts,
  headings: { fontFamily: systemFonts, fontWeight: '650' },
  fontFamilyMonospace: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace',
  defaultRadius: 'md',
  cursorType: 'pointer',
  // Keyboard users always see where focus is; mouse users are not distracted.
  focusRing: 'auto',
});

/** The settings file says `system`; Mantine says `auto`. */
export function colorSchemeFromPreference(preference: ThemePreference): MantineColorScheme {
  return preference === 'system' ? 'auto' : preference;
}

export function preferenceFromColorScheme(scheme: MantineColorScheme): ThemePreference {
  return scheme === 'auto' ? 'system' : scheme;
}
