/** Tells this page's in-page reminders that the reminders switch changed (settings have no change event). */
const listeners = new Set<() => void>();

export function onRemindersSettingChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export function remindersSettingChanged(): void {
  for (const listener of listeners) listener();
}
