/**
 * The only way Bird in Hand hands a URL to the operating system. Everything
 * is local, so the allow-list is short: `tel:` and `mailto:` (calling or
 * writing to a dream role's contact). Web links, file: URLs and custom
 * schemes are refused: a plan imported from elsewhere must not be able to
 * make a click open a web page or launch a program.
 */
import type { Shell } from 'electron';

/** The URL schemes that may be opened outside the app. */
export const EXTERNAL_SCHEMES: readonly string[] = ['tel:', 'mailto:'];

/** Whether `url` may be passed to the operating system. */
export function isAllowedExternalUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length > 2048) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // No user:password@ or host tricks in a tel:/mailto: URL; control characters never.
  if (parsed.username || parsed.password || parsed.host) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(url)) return false;
  return EXTERNAL_SCHEMES.includes(parsed.protocol);
}

/**
 * Opens `url` with the operating system if it is on the allow-list; returns
 * whether it did. `shell` is passed in so this runs (and is tested) without
 * the Electron binary.
 */
export async function openExternal(shell: Pick<Shell, 'openExternal'>, url: unknown): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) {
    console.warn(`Refused to open ${JSON.stringify(String(url)).slice(0, 120)} outside Bird in Hand: only ${EXTERNAL_SCHEMES.join(' and ')} links are allowed.`);
    return false;
  }
  await shell.openExternal(url);
  return true;
}
