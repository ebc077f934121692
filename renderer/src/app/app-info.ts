/**
 * `app:info`, asked once per page: whether this is the desktop app or the
 * browser harness (native windows and dialogs exist only in the former),
 * the platform (shortcut labels) and where the data lives.
 */
import type { AppInfo } from '@shared/contract';
import { call } from '../api/planner';

let info: Promise<AppInfo> | null = null;

/** The app's info; a failed call is retried next time rather than cached. */
export function appInfo(): Promise<AppInfo> {
  info ??= call('app:info', {}).catch((error: unknown) => {
    info = null;
    throw error;
  });
  return info;
}

/** Forgets the cached answer (component tests start each app afresh). */
export function resetAppInfo(): void {
  info = null;
}
