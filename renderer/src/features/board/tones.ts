/**
 * Colours and icons for the board's states. Colour is never the only signal:
 * every state also has words (from shared/board) and most have an icon.
 */
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle, IconUrgent } from '@tabler/icons-react';
import type { CellTone, Severity, TimelineFit, Urgency } from '@shared/board';
import './tones.css';

/** Hues whose Mantine text shades fail AA contrast in the light theme; tones.css darkens them. */
const DARKENED = new Set(['orange', 'yellow', 'red']);

export const URGENCY_COLOR: Record<Urgency, string> = {
  none: 'gray',
  calm: 'teal',
  soon: 'yellow',
  urgent: 'red',
  passed: 'red',
};

export const SEVERITY: Record<Severity, { color: string; word: string; Icon: typeof IconInfoCircle }> = {
  critical: { color: 'red', word: 'Critical', Icon: IconUrgent },
  warning: { color: 'orange', word: 'Warning', Icon: IconAlertTriangle },
  info: { color: 'blue', word: 'Note', Icon: IconInfoCircle },
  success: { color: 'teal', word: 'Good', Icon: IconCircleCheck },
};

export const FIT_COLOR: Record<TimelineFit['kind'], string> = {
  fits: 'teal',
  'needs-acceleration': 'orange',
  unknown: 'gray',
  closed: 'gray',
};

/** A timeline fit in a few words, for badges. */
export function fitWords(fit: TimelineFit): string {
  switch (fit.kind) {
    case 'fits':
      return fit.overdue ? 'Fits, but their date has passed' : 'Fits your deadline';
    case 'needs-acceleration':
      return `Too late by ${fit.daysLate} ${fit.daysLate === 1 ? 'day' : 'days'}: needs the call`;
    case 'closed':
      return 'Closed';
    default:
      return 'Timeline unknown';
  }
}

export const CELL_COLOR: Record<CellTone, string | undefined> = {
  better: 'teal',
  worse: 'red',
  tie: undefined,
  unknown: 'dimmed',
  neutral: undefined,
};

/** A colour's text shade that stays readable in light and dark schemes. */
export function textColor(color: string): string {
  const mantine = `var(--mantine-color-${color}-text)`;
  return DARKENED.has(color) ? `var(--bih-${color}-text, ${mantine})` : mantine;
}

/**
 * The text colour for a light (tinted) badge or alert of `color`, or
 * undefined to keep Mantine's (which passes AA for the other hues).
 */
export function tintTextColor(color: string): string | undefined {
  return DARKENED.has(color) ? `var(--bih-${color}-text, var(--mantine-color-${color}-light-color))` : undefined;
}
