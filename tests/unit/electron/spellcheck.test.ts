/**
 * Chromium's spellchecker downloads hunspell dictionaries from Google's CDN on
 * Windows and Linux (Electron's documented default). Bird in Hand sends
 * nothing anywhere, so spellcheck is off in every window and the session's
 * dictionary address cannot reach the network. Checked through the running
 * main process (the real entry, Electron mocked) and every kind of window.
 */
import { describe, expect, it } from 'vitest';
import { useMainProcess } from './launch-main';

const main = useMainProcess();

describe('spellcheck never reaches the network', () => {
  it('is off in the session the app starts with, whose dictionary address is the app itself', async () => {
    await main.launch();
    const session = main.electron().session.defaultSession;
    expect(session.spellCheckerEnabled).toBe(false);
    const url = new URL(session.dictionaryDownloadUrl ?? 'https://redirector.gvt1.com/edgedl/chrome/dict/');
    expect(url.protocol).toBe('app:');
    expect(url.host).toBe('bird-in-hand');
  });

  it('is off in the main window, a plan window and the hidden print window', async () => {
    const { createMainWindow } = await import('../../../electron/main/window');
    const { createPrintWindow } = await import('../../../electron/main/print/electron-print');
    createMainWindow();
    createMainWindow({ route: '/plans/p-1/board' });
    createPrintWindow();
    const { windows } = main.electron();
    expect(windows).toHaveLength(3);
    for (const window of windows) expect(window.options.webPreferences?.spellcheck).toBe(false);
  });
});
