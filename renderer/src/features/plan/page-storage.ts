/**
 * The page's localStorage for what the user typed or chose that is not (yet)
 * part of the plan: it writes synchronously, survives a reload and a closed
 * window, and is shared by every window of the app. Where the browser refuses
 * it (disabled, full), the value lives only on screen, as before.
 */
export function pageStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The JSON stored under `key`, or null when absent, unreadable or not what `parse` accepts. */
export function readPageValue<T>(key: string, parse: (raw: unknown) => T | null): T | null {
  try {
    return parse(JSON.parse(pageStorage()?.getItem(key) ?? 'null'));
  } catch {
    return null;
  }
}

export function writePageValue(key: string, value: unknown): void {
  try {
    pageStorage()?.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or refused: the value stays on screen only.
  }
}

export function removePageValue(key: string): void {
  pageStorage()?.removeItem(key);
}
