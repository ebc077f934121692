import { LIMITS } from '@shared/limits';

/**
 * Checks a plan name the way the contract does (trimmed, 1–200 characters)
 * and says what to fix. Returns null when the name is fine.
 */
export function planNameError(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed.length === 0) return 'A plan needs a name.';
  if (trimmed.length > LIMITS.shortText) {
    return `Keep the name to ${LIMITS.shortText} characters or fewer (it has ${trimmed.length}).`;
  }
  return null;
}
