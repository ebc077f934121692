/** App settings, kept in their own small JSON file beside the plans folder. */
import { z } from 'zod';
import { Id } from './ids';

export const SETTINGS_SCHEMA_VERSION = 1;

export const ThemePreference = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof ThemePreference>;

/** A window's outer rectangle in screen coordinates (DIPs), as Electron reports it. */
export const WindowBounds = z.strictObject({
  x: z.number().int().min(-100_000).max(100_000),
  y: z.number().int().min(-100_000).max(100_000),
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
  /** Whether the window was maximised; its bounds are then the size to restore to. */
  maximized: z.boolean().optional(),
});
export type WindowBounds = z.infer<typeof WindowBounds>;

/** Remembered bounds per kind of window (see WINDOW_KINDS in menu-actions.ts). */
export const WindowBoundsByKind = z.strictObject({
  main: WindowBounds.optional(),
  plan: WindowBounds.optional(),
  callsheet: WindowBounds.optional(),
});
export type WindowBoundsByKind = z.infer<typeof WindowBoundsByKind>;

export const Settings = z.strictObject({
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
  theme: ThemePreference,
  /** Most recently opened plans first, bounded. */
  recentPlanIds: z.array(Id).max(20),
  /** Whether the first-run welcome has been seen. */
  welcomed: z.boolean(),
  /**
   * The last size and place of each kind of window (main, plan, call sheet),
   * restored on a display that still exists. Defaults to none, so settings
   * files written before this field existed still validate.
   */
  windowBounds: WindowBoundsByKind.default({}),
  /**
   * Reminders while the app runs (desktop notifications; in the browser
   * harness, in the page): deadlines, call-by days, follow-ups. On unless
   * turned off; older settings files without the field mean on.
   */
  reminders: z.boolean().default(true),
  /**
   * The folder that holds plans/, trash/ and backups/ when the user chose one
   * (a folder a sync tool keeps on every computer); null: the app's own data
   * folder. Set only by `folder:use`, which moves or finds the plans first.
   */
  plansFolder: z.string().min(1).max(4096).nullable().default(null),
});
export type Settings = z.infer<typeof Settings>;

/**
 * What `settings:set` accepts: any subset of the user-editable fields. Built
 * without the defaults: a patch that leaves a field out must leave it alone,
 * not put its default back (turning reminders on, forgetting window places).
 */
export const SettingsPatch = Settings.extend({ windowBounds: WindowBoundsByKind, reminders: z.boolean() })
  .omit({ schemaVersion: true, plansFolder: true })
  .partial();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const DEFAULT_SETTINGS: Settings = {
  schemaVersion: SETTINGS_SCHEMA_VERSION,
  theme: 'system',
  recentPlanIds: [],
  welcomed: false,
  windowBounds: {},
  reminders: true,
  plansFolder: null,
};
