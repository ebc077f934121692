/** The page's localStorage, or null where the browser refuses it (disabled, sandboxed): drafts then live only on screen. */
export function pageStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
