/**
 * The Mantine theme: a calm, professional palette (teal primary, indigo
 * accents) on the system font stack; nothing is loaded from the network.
 */
import { createTheme, Drawer, Modal, Notification, type CSSVariablesResolver, type MantineColorScheme, type MantineColorsTuple } from '@mantine/core';
import type { ThemePreference } from '@shared/settings';

const systemFonts =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji"';

/**
 * Mantine's teal with shades 6 to 9 darkened, so white text on filled
 * buttons and teal text on light-tinted backgrounds reach WCAG AA (4.5:1);
 * Mantine's own shades 6 and 7 stay near 3:1.
 */
const teal: MantineColorsTuple = ['#e6fcf5', '#c3fae8', '#96f2d7', '#63e6be', '#38d9a9', '#20c997', '#0a7455', '#096b4f', '#075a42', '#054a36'];

/** "Dimmed" text one step darker (light) or lighter (dark) than Mantine's, for AA contrast. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' },
});

export const theme = createTheme({
  colors: { teal },
  primaryColor: 'teal',
  // Dark text on light filled backgrounds (e.g. teal-5 buttons in the dark theme).
  autoContrast: true,
  // People who ask their system for less motion get none: dialogs, drawers and notifications
  // appear and leave at once instead of sliding and fading.
  respectReducedMotion: true,
  components: {
    // Every dialog's and drawer's close button gets a name screen readers can say.
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    // Notifications too; and their text in the AA "dimmed", not Mantine's lighter gray-6.
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Close notification' } },
      styles: { description: { color: 'var(--mantine-color-dimmed)' } },
    }),
    // @mantine/dates' clear button has no name of its own.
    DateInput: { defaultProps: { clearButtonProps: { 'aria-label': 'Clear the date' } } },
  },
  primaryShade: { light: 7, dark: 8 },
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
