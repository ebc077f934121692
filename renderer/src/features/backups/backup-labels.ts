import type { BackupEntry } from '@shared/contract';

/** Why a backup was taken, in the user's words. */
export const REASON_LABEL: Record<BackupEntry['reason'], string> = {
  scheduled: 'While you worked',
  migration: 'Before an app upgrade changed the file',
  restore: 'Before a backup was restored',
  import: 'Before an import replaced the plan',
  delete: 'Before the plan was deleted',
  conflict: 'Before your version replaced another window’s or program’s',
  repair: 'Before the app repaired the file',
  merge: 'Before changes from another computer or window were merged in',
};

/** `12 Mar 2026, 14:05` in the user's locale and time zone. */
export function formatTakenAt(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** `3.2 kB`. */
export function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} kB`;
}
