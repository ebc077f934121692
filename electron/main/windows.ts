/**
 * The app's windows: the main window (plans list) and one window per plan
 * opened "in a new window". Each kind remembers its last size and place in
 * the settings, and comes back on a display that still exists.
 */
import { BrowserWindow, screen } from 'electron';
import type { WindowKind } from '@shared/menu-actions';
import type { Settings, WindowBounds, WindowBoundsByKind } from '@shared/settings';
import { cascade, fitBoundsToDisplays } from './window-bounds';
import { createMainWindow, revealWindow, type MainWindowOptions } from './window';

/** The part of the settings store the windows use. */
export interface BoundsStore {
  get(): Promise<Settings>;
  set(patch: { windowBounds: WindowBoundsByKind }): Promise<unknown>;
}

/** How long moves and resizes settle before the bounds are written. */
const SAVE_DELAY_MS = 600;

/** The work areas of the displays, primary first (what fitBoundsToDisplays expects). */
export function workAreas(): Array<{ x: number; y: number; width: number; height: number }> {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  return [primary, ...others].map((display) => display.workArea);
}

/** The bounds to remember: the normal (unmaximised) rectangle plus whether it was maximised. */
export function boundsOf(window: BrowserWindow): WindowBounds {
  const { x, y, width, height } = window.getNormalBounds();
  const round = (n: number) => Math.round(n);
  return { x: round(x), y: round(y), width: Math.max(1, round(width)), height: Math.max(1, round(height)), maximized: window.isMaximized() };
}

export class AppWindows {
  private main: BrowserWindow | null = null;
  private readonly plans = new Map<string, BrowserWindow>();
  private remembered: WindowBoundsByKind = {};
  private saveTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly base: MainWindowOptions,
    private readonly store: BoundsStore,
    remembered: WindowBoundsByKind = {},
  ) {
    this.remembered = { ...remembered };
  }

  /** The main window, created if needed, brought to the front. */
  openMain(): BrowserWindow {
    if (this.main && !this.main.isDestroyed()) {
      revealWindow(this.main);
      return this.main;
    }
    const window = this.create('main', undefined, false);
    this.main = window;
    window.on('closed', () => {
      if (this.main === window) this.main = null;
    });
    return window;
  }

  /** The plan's own window: brought forward if it is open, otherwise opened on the plan's overview. */
  openPlan(planId: string): BrowserWindow {
    const open = this.plans.get(planId);
    if (open && !open.isDestroyed()) {
      revealWindow(open);
      return open;
    }
    // A second plan window opens beside the first rather than exactly on top of it.
    const window = this.create('plan', `/plans/${planId}/overview`, this.plans.size > 0);
    this.plans.set(planId, window);
    window.on('closed', () => {
      if (this.plans.get(planId) === window) this.plans.delete(planId);
    });
    return window;
  }

  /** The main window if open, else any open window, else null. */
  any(): BrowserWindow | null {
    if (this.main && !this.main.isDestroyed()) return this.main;
    return BrowserWindow.getAllWindows().find((window) => !window.isDestroyed()) ?? null;
  }

  /** Writes any pending bounds now (before quitting). */
  async flush(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    await this.store.set({ windowBounds: { ...this.remembered } }).catch((error: unknown) => {
      console.warn('The window sizes could not be remembered', error);
    });
  }

  private create(kind: WindowKind, route: string | undefined, offset: boolean): BrowserWindow {
    const saved = this.remembered[kind];
    const bounds = saved ? fitBoundsToDisplays(offset ? cascade(saved) : saved, workAreas()) : undefined;
    const window = createMainWindow({ ...this.base, route, bounds });
    const remember = () => {
      if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
      this.remembered = { ...this.remembered, [kind]: boundsOf(window) };
      this.scheduleSave();
    };
    window.on('resize', remember);
    window.on('move', remember);
    window.on('close', () => {
      remember();
      void this.flush();
    });
    return window;
  }

  private scheduleSave(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }
}
