/** App settings, kept in their own small JSON file beside the plans folder. */
import { z } from 'zod';
import { Id } from './ids';

export const SETTINGS_SCHEMA_VERSION = 1;

export const ThemePreference = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof ThemePreference>;

export const Settings = z.strictObject({
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
  theme: ThemePreference,
  /** Most recently opened plans first, bounded. */
  recentPlanIds: z.array(Id).max(20),
  /** Whether the first-run welcome has been seen. */
  welcomed: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;

/** What `settings:set` accepts: any subset of the user-editable fields. */
export const SettingsPatch = Settings.omit({ schemaVersion: true }).partial();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const DEFAULT_SETTINGS: Settings = {
  schemaVersion: SETTINGS_SCHEMA_VERSION,
  theme: 'system',
  recentPlanIds: [],
  welcomed: false,
};
