/**
 * `links:open` end to end in the main process (the real entry and handlers,
 * Electron mocked): a contact's tel: or mailto: link reaches
 * shell.openExternal; anything off the allow-list is refused twice over (the
 * contract's schema, then the main process) and never reaches the OS.
 */
import { describe, expect, it } from 'vitest';
import { useMainProcess } from './launch-main';

const main = useMainProcess();
const fromApp = { senderFrame: { url: 'app://bird-in-hand/' }, sender: { id: 1 } };

async function openLink(url: string): Promise<unknown> {
  await main.launch();
  return main.electron().ipcHandlers.get('links:open')!(fromApp, { url });
}

describe('links:open', () => {
  it('dials a tel: number and writes to a mailto: address through shell.openExternal', async () => {
    expect(await openLink('tel:+16175550134;ext=12')).toEqual({ ok: true, data: { opened: true } });
    expect(await main.electron().ipcHandlers.get('links:open')!(fromApp, { url: 'mailto:dana@lumen-health.com' })).toMatchObject({ ok: true });
    expect(main.electron().openedExternal).toEqual(['tel:+16175550134;ext=12', 'mailto:dana@lumen-health.com']);
  });

  it.each(['mailto:?attach=/etc/passwd', 'tel:\\\\host\\share', 'https://example.com', 'file:///etc/passwd', 'javascript:alert(1)'])(
    'refuses %j without calling the OS',
    async (url) => {
      expect(await openLink(url)).toMatchObject({ ok: false, error: { code: 'validation' } });
      expect(main.electron().openedExternal).toEqual([]);
    },
  );

  it('refuses a page that is not the app’s own', async () => {
    await main.launch();
    const answer = await main.electron().ipcHandlers.get('links:open')!({ senderFrame: { url: 'https://evil.example/' } }, { url: 'tel:+16175550134' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(main.electron().openedExternal).toEqual([]);
  });
});
