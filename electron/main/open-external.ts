/**
 * The only way Bird in Hand hands a URL to the operating system. Everything
 * is local, so the allow-list is short and strict (shared/contact-links.ts):
 * a dialable `tel:` number or one plain `mailto:` address. Web links, file:
 * URLs, custom schemes, mail headers such as `?attach=`, UNC paths and
 * encoded tricks are refused: a plan imported from elsewhere must not be able
 * to make a click open a web page, attach a file or launch a program.
 */
import type { Shell } from 'electron';
import { isAllowedExternalUrl } from '@shared/contact-links';

export { isAllowedExternalUrl };

/** The URL schemes that may be opened outside the app. */
export const EXTERNAL_SCHEMES: readonly string[] = ['tel:', 'mailto:'];

/**
 * Opens `url` with the operating system if it is on the allow-list; returns
 * whether it did. `shell` is passed in so this runs (and is tested) without
 * the Electron binary.
 */
export async function openExternal(shell: Pick<Shell, 'openExternal'>, url: unknown): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) {
    console.warn(
      `Refused to open ${JSON.stringify(String(url)).slice(0, 120)} outside Bird in Hand: only phone numbers (tel:) and single e-mail addresses (mailto:) are allowed.`,
    );
    return false;
  }
  await shell.openExternal(url);
  return true;
}
