/**
 * Estimated speaking time. People speak about 120–160 words a minute in a
 * calm phone call; 140 is the default and the user can adjust it.
 */
export const DEFAULT_WORDS_PER_MINUTE = 140;
export const MIN_WORDS_PER_MINUTE = 80;
export const MAX_WORDS_PER_MINUTE = 220;

/** Words as a listener hears them: runs of letters or digits (apostrophes and hyphens join). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Seconds to say `text` at `wordsPerMinute` (clamped to the allowed range), rounded up. */
export function speakingSeconds(text: string, wordsPerMinute = DEFAULT_WORDS_PER_MINUTE): number {
  const rate = Math.min(MAX_WORDS_PER_MINUTE, Math.max(MIN_WORDS_PER_MINUTE, wordsPerMinute || DEFAULT_WORDS_PER_MINUTE));
  return Math.ceil((countWords(text) * 60) / rate);
}

/** "45 s", "1 min 5 s", "3 min". */
export function formatSpeakingTime(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  const rest = s % 60;
  return rest ? `${m} min ${rest} s` : `${m} min`;
}
