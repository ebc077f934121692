/**
 * What an employer said about timing, in their words ("end of next week"),
 * read as a calendar date with chrono-node for the user to confirm. The
 * phrase itself is kept as they said it; the date is only a reading of it.
 */
import * as chrono from 'chrono-node';

export type TimingReading =
  | { kind: 'empty' }
  | { kind: 'unreadable'; message: string }
  /** `read` is the part of the phrase the date comes from, to show the user what was understood. */
  | { kind: 'date'; date: string; read: string };

function isoDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Reads `phrase` relative to `today` (`YYYY-MM-DD`, the user's calendar day).
 * Always forward: "Friday" said today means the coming Friday. A reading on a
 * weekend ("end of next week" is a Saturday to chrono) moves back to the
 * Friday before, since employers decide on working days.
 */
export function readTimingPhrase(phrase: string, today: string): TimingReading {
  const text = phrase.trim();
  if (text === '') return { kind: 'empty' };
  const [y, m, d] = today.split('-').map(Number);
  // Noon keeps a daylight-saving change from moving the reference day.
  const reference = new Date(y!, (m ?? 1) - 1, d ?? 1, 12);
  const result = chrono.parse(text, reference, { forwardDate: true })[0];
  if (!result) {
    return {
      kind: 'unreadable',
      message: `No date can be read from “${text}”. Keep their words, and pick the date you think they meant, or leave it empty.`,
    };
  }
  const date = result.start.date();
  const weekday = date.getDay();
  if (weekday === 6) date.setDate(date.getDate() - 1);
  if (weekday === 0) date.setDate(date.getDate() - 2);
  const day = isoDay(date);
  return { kind: 'date', date: day < today ? today : day, read: result.text };
}
