/**
 * The computer's time zone, as the user's own: the spoken deadline names its
 * zone when it differs (shared/ never reads the computer, so it is passed in).
 */
export function userTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}
