/**
 * Imported first by main.tsx, for its side effect: before React and Mantine
 * are even evaluated, it starts the settings call (for the theme) and, when
 * the address opens a plan (a reload, a new window, a recent plan), that
 * plan's call and its section's chunk, all in parallel. Keep its imports
 * tiny: everything it imports is evaluated before it runs.
 */
import { startEarly } from '../api/early-calls';
import { preloadStartupSection } from '../features/plan/section-chunks';
import { isPlanSection } from '../features/plan/sections';

/** Starts the calls and chunk the address will need. */
export function startEarlyWork(hash: string): void {
  startEarly('settings:get', {});
  const [, planId, section] = /^#\/plans\/([^/?#]+)(?:\/([^/?#]+))?/.exec(hash) ?? [];
  const id = planId ? safeDecode(planId) : null;
  if (!id) return;
  startEarly('plans:get', { id });
  preloadStartupSection(isPlanSection(section) ? section : 'overview');
}

/** A malformed address must not stop the app: the router shows it as not found. */
function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

if (typeof window !== 'undefined') startEarlyWork(window.location.hash);
