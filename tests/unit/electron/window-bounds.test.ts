/** Remembered window bounds come back on a display that exists, at a size that fits. */
import { describe, expect, it } from 'vitest';
import { cascade, fitBoundsToDisplays } from '../../../electron/main/window-bounds';

const laptop = { x: 0, y: 0, width: 1440, height: 870 };
const rightMonitor = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('fitBoundsToDisplays', () => {
  it('keeps a window that is fully on a display', () => {
    const bounds = { x: 100, y: 80, width: 1200, height: 700, maximized: false };
    expect(fitBoundsToDisplays(bounds, [laptop, rightMonitor])).toEqual(bounds);
  });

  it('moves a window left on an unplugged monitor onto the primary display, centred', () => {
    const onGoneMonitor = { x: 2000, y: 200, width: 1200, height: 800 };
    expect(fitBoundsToDisplays(onGoneMonitor, [laptop])).toEqual({ x: 120, y: 35, width: 1200, height: 800 });
  });

  it('shrinks a window bigger than its display and puts it fully on it', () => {
    const huge = { x: 1500, y: -50, width: 3000, height: 2000 };
    expect(fitBoundsToDisplays(huge, [laptop, rightMonitor])).toEqual({ x: 1440, y: 0, width: 2560, height: 1400 });
  });

  it('keeps a partially visible window where it is', () => {
    const hangingOffRight = { x: 1000, y: 100, width: 1200, height: 700 };
    expect(fitBoundsToDisplays(hangingOffRight, [laptop])).toEqual(hangingOffRight);
  });

  it('brings a title bar above the top of the display back down', () => {
    expect(fitBoundsToDisplays({ x: 100, y: -200, width: 800, height: 600 }, [laptop])).toEqual({ x: 100, y: 0, width: 800, height: 600 });
  });

  it('treats a sliver at the edge as off-screen', () => {
    const sliver = { x: 1430, y: 100, width: 800, height: 600 };
    expect(fitBoundsToDisplays(sliver, [laptop])).toEqual({ x: 320, y: 135, width: 800, height: 600 });
  });

  it('picks the display showing most of the window', () => {
    const straddling = { x: 1200, y: 100, width: 1000, height: 600 };
    expect(fitBoundsToDisplays(straddling, [laptop, rightMonitor])).toEqual(straddling);
    const tooTall = fitBoundsToDisplays({ ...straddling, height: 1500 }, [laptop, rightMonitor]);
    expect(tooTall).toEqual({ x: 1440, y: 0, width: 1000, height: 1400 });
  });

  it('returns the bounds unchanged when no display is known', () => {
    const bounds = { x: 5, y: 5, width: 10, height: 10 };
    expect(fitBoundsToDisplays(bounds, [])).toBe(bounds);
  });

  it('cascades the next window of a kind', () => {
    expect(cascade({ x: 10, y: 20, width: 100, height: 100 })).toEqual({ x: 38, y: 48, width: 100, height: 100 });
  });
});
