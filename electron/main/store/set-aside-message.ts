/**
 * The words for a plan file that was set aside, shared by the listing that
 * moves it (which knows why) and later listings (which know only that it is
 * still waiting for recovery), so the user reads the same promise each time.
 */
import type { BackupEntry } from '@shared/contract';

export interface SetAsideFacts {
  /** `<id>.json` */
  file: string;
  /** The plan's name, from the file itself or from its newest backup. */
  planName?: string;
  /** Why the file could not be used; unknown after the listing that moved it. */
  why?: string;
  movedTo: string;
  newestBackup?: BackupEntry;
}

/** `2026-03-01 09:00 UTC` */
export function backupTime(backup: BackupEntry): string {
  return `${backup.takenAt.replace('T', ' ').slice(0, 16)} UTC`;
}

export function setAsideMessage({ file, planName, why, movedTo, newestBackup }: SetAsideFacts): string {
  const label = planName ? ` (“${planName}”)` : '';
  const because = why ? ` because ${why}` : '';
  const offer = newestBackup
    ? ` Its newest backup, from ${backupTime(newestBackup)} (revision ${newestBackup.revision}), can be restored.`
    : ' There is no backup of it yet.';
  return (
    `The plan file ${file}${label} could not be used${because}. ` +
    `It was moved aside, untouched, to ${movedTo} in the plans folder; your other plans are not affected.${offer}`
  );
}
