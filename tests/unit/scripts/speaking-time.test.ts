import { describe, expect, it } from 'vitest';
import { countWords, formatSpeakingTime, speakingSeconds } from '@shared/scripts/speaking-time';

describe('speaking time', () => {
  it('counts words, joining apostrophes and hyphens, ignoring punctuation', () => {
    expect(countWords("I'm  genuinely keen — it's a well-known team, {{company}}!")).toBe(8);
    expect(countWords('')).toBe(0);
    expect(countWords('   \n ')).toBe(0);
  });

  it('estimates at 140 words a minute by default and follows the rate', () => {
    const text = Array.from({ length: 140 }, () => 'word').join(' ');
    expect(speakingSeconds(text)).toBe(60);
    expect(speakingSeconds(text, 70 * 2)).toBe(60);
    expect(speakingSeconds(text, 105)).toBe(80);
  });

  it('clamps absurd rates', () => {
    const text = Array.from({ length: 80 }, () => 'word').join(' ');
    expect(speakingSeconds(text, 1)).toBe(60);
    expect(speakingSeconds(text, 0)).toBe(speakingSeconds(text, 140));
  });

  it('formats seconds and minutes', () => {
    expect(formatSpeakingTime(45)).toBe('45 s');
    expect(formatSpeakingTime(65)).toBe('1 min 5 s');
    expect(formatSpeakingTime(180)).toBe('3 min');
  });
});
