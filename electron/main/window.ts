/** The main window: secure preferences, the app's own page, no white flash. */
import { BrowserWindow, nativeTheme } from 'electron';
import type { ThemePreference, WindowBounds } from '@shared/settings';
import { APP_URL } from './app-origin';
import { preloadPath } from './app-paths';
import { secureWebPreferences } from './security';

/** Mantine's page background in each scheme (white; dark-7), shown before the page paints. */
export const BACKGROUND = { light: '#ffffff', dark: '#242424' } as const;

export interface MainWindowOptions {
  /** The dev server URL during `electron-vite dev`; the built app otherwise. */
  devUrl?: string | null;
  /** The user's theme setting, so the first frame already has the right background. */
  theme?: ThemePreference;
  /** The page's route, e.g. `/plans/<id>/overview` (hash routing); the plans list by default. */
  route?: string;
  /** Where to put the window (already fitted to the displays); the default size otherwise. */
  bounds?: WindowBounds;
  /** The narrowest the window may get; 900 by default (the board's columns need it). */
  minWidth?: number;
}

/** The address of the app page at `route`: `app://bird-in-hand/#/plans/…` or the dev server's. */
export function pageUrl(route: string | undefined, devUrl: string | null = null): string {
  const base = devUrl ?? APP_URL;
  return route ? `${base}#${route.startsWith('/') ? route : `/${route}`}` : base;
}

function backgroundFor(theme: ThemePreference): string {
  const dark = theme === 'dark' || (theme === 'system' && nativeTheme.shouldUseDarkColors);
  return dark ? BACKGROUND.dark : BACKGROUND.light;
}

/**
 * Creates and loads the main window. It stays hidden until the page has
 * painted once (`ready-to-show`), so the user never sees an empty frame.
 */
export function createMainWindow({ devUrl = null, theme = 'system', route, bounds, minWidth = 900 }: MainWindowOptions = {}): BrowserWindow {
  const window = new BrowserWindow({
    width: bounds?.width ?? 1200,
    height: bounds?.height ?? 800,
    ...(bounds ? { x: bounds.x, y: bounds.y } : {}),
    minWidth,
    minHeight: 600,
    title: 'Bird in Hand',
    show: false,
    backgroundColor: backgroundFor(theme),
    webPreferences: secureWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => {
    if (bounds?.maximized) window.maximize();
    window.show();
  });
  window.loadURL(pageUrl(route, devUrl)).catch((error: unknown) => {
    console.error('The main window could not load its page', error);
  });
  return window;
}

/** Brings an existing window to the front (a second launch of the app lands here). */
export function revealWindow(window: BrowserWindow): void {
  if (window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
}
