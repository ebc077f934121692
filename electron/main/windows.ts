/**
 * The app's windows: the main window (plans list) and one window per plan
 * opened "in a new window". Each kind remembers its last size and place in
 * the settings, and comes back on a display that still exists.
 */
import { BrowserWindow, screen } from 'electron';
import type { WindowKind } from '@shared/menu-actions';
import type { Settings, WindowBounds, WindowBoundsByKind } from '@shared/settings';
import { cascade, fitBoundsToDisplays } from './window-bounds';
import { createMainWindow, pageUrl, revealWindow, type MainWindowOptions } from './window';

/** Call mode's window: narrow enough to sit beside the board. */
export const CALL_MODE_SIZE = { width: 640, minWidth: 520 } as const;

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
  /** One call mode window per plan: one call at a time. */
  private readonly calls = new Map<string, BrowserWindow>();
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

  /**
   * Call mode for one dream role, in a window beside the one in front (the
   * board). The plan's call window, if open, moves to this role's call; the
   * call it showed keeps its draft.
   */
  openCallMode(planId: string, roleId: string): BrowserWindow {
    const route = `/plans/${planId}/call/${roleId}`;
    const open = this.calls.get(planId);
    if (open && !open.isDestroyed()) {
      open.loadURL(pageUrl(route, this.base.devUrl ?? null)).catch((error: unknown) => console.error('Call mode could not load', error));
      revealWindow(open);
      return open;
    }
    const beside = BrowserWindow.getFocusedWindow();
    const board = beside && !beside.isDestroyed() ? beside.getNormalBounds() : null;
    const fallback: WindowBounds | undefined = board
      ? { x: board.x + board.width, y: board.y, width: CALL_MODE_SIZE.width, height: board.height, maximized: false }
      : undefined;
    // Placed beside the board each time rather than remembered: where it goes depends on where the board is.
    const window = this.create(null, route, false, fallback, CALL_MODE_SIZE.minWidth);
    this.calls.set(planId, window);
    window.on('closed', () => {
      if (this.calls.get(planId) === window) this.calls.delete(planId);
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

  private create(kind: WindowKind | null, route: string | undefined, offset: boolean, fallback?: WindowBounds, minWidth?: number): BrowserWindow {
    const saved = (kind ? this.remembered[kind] : undefined) ?? fallback;
    const bounds = saved ? fitBoundsToDisplays(offset ? cascade(saved) : saved, workAreas()) : undefined;
    const window = createMainWindow({ ...this.base, route, bounds, ...(minWidth ? { minWidth } : {}) });
    const remember = () => {
      if (!kind || window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
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
