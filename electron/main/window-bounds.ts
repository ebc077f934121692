/**
 * Where a remembered window may reappear. Pure (no electron import) so the
 * rules are tested directly: a window must never come back somewhere the
 * user cannot see or reach it, e.g. on a monitor that has since been unplugged.
 */

/** A rectangle in screen coordinates (DIPs), like Electron's `Rectangle`. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How much of a window must show on one display for it to stay where it was. */
export const MIN_VISIBLE = { width: 120, height: 60 } as const;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

/**
 * Fits remembered `bounds` to the displays' work areas (`workAreas[0]` is the
 * primary display). The rules:
 * - enough of the window shows on some display (MIN_VISIBLE): it stays where
 *   it was, only moved down if its title bar is above that display's top;
 * - it is larger than that display's work area: it is shrunk to fit and moved
 *   fully onto it;
 * - nothing useful shows anywhere (the monitor is gone): it is centred on the
 *   primary display, shrunk if needed.
 * With no display at all, the bounds come back unchanged.
 */
export function fitBoundsToDisplays<B extends Rect>(bounds: B, workAreas: readonly Rect[]): B {
  const primary = workAreas[0];
  if (!primary) return bounds;
  let best: Rect | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const { width, height } = overlap(bounds, area);
    if (width >= Math.min(MIN_VISIBLE.width, bounds.width) && height >= Math.min(MIN_VISIBLE.height, bounds.height) && width * height > bestArea) {
      best = area;
      bestArea = width * height;
    }
  }
  const target = best ?? primary;
  const width = Math.min(bounds.width, target.width);
  const height = Math.min(bounds.height, target.height);
  if (!best) {
    const x = target.x + Math.round((target.width - width) / 2);
    const y = target.y + Math.round((target.height - height) / 2);
    return { ...bounds, x, y, width, height };
  }
  const shrunk = width !== bounds.width || height !== bounds.height;
  const x = shrunk ? clamp(bounds.x, target.x, target.x + target.width - width) : bounds.x;
  const y = shrunk ? clamp(bounds.y, target.y, target.y + target.height - height) : Math.max(bounds.y, target.y);
  return { ...bounds, x, y, width, height };
}

/** The next window of a kind opens a little down and right of the last one, not exactly on top. */
export function cascade<B extends Rect>(bounds: B, step = 28): B {
  return { ...bounds, x: bounds.x + step, y: bounds.y + step };
}
