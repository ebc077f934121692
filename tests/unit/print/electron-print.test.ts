/** The hidden print window gets the same secure preferences as every window, and is never shown. */
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('../electron/fake-electron')).createFakeElectron());

describe('print window', () => {
  it('is hidden and uses secureWebPreferences', async () => {
    const { createPrintWindow } = await import('../../../electron/main/print/electron-print');
    const { secureWebPreferences } = await import('../../../electron/main/security');
    const { preloadPath } = await import('../../../electron/main/app-paths');
    const window = createPrintWindow() as unknown as { options: { show: boolean; webPreferences: unknown } };
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toEqual(secureWebPreferences(preloadPath));
  });
});
