/**
 * Script text for paper: filled placeholders become plain text, an empty one
 * reads "[missing: contact name]" in place, an unknown or broken one is marked with what it is.
 * Pieces are data, never markup: the sheet renders each as a text node.
 */
import { PLACEHOLDERS, fillScript, type PlaceholderContext, type Segment } from '@shared/scripts/placeholders';

export type Piece = { kind: 'text'; text: string } | { kind: 'missing'; text: string };

function pieceOf(segment: Segment): Piece {
  if (segment.kind === 'text' || segment.kind === 'filled') return { kind: 'text', text: segment.text };
  if (segment.kind === 'empty') return { kind: 'missing', text: `[missing: ${PLACEHOLDERS[segment.name].label.toLowerCase()}]` };
  if (segment.kind === 'malformed') return { kind: 'missing', text: `[broken placeholder: ${segment.raw}]` };
  return { kind: 'missing', text: `[unknown placeholder: ${segment.raw}]` };
}

/** A script text filled for one role, as printable pieces. */
export function printablePieces(text: string, ctx: PlaceholderContext): Piece[] {
  return fillScript(text, ctx).segments.map(pieceOf);
}

export function piecesText(pieces: readonly Piece[]): string {
  return pieces.map((p) => p.text).join('');
}

/**
 * The direct ask: the script's sentence containing "?" closest to the end
 * (so normally its last question). A sentence runs from just after the
 * previous `.`, `!`, `?` or line break up to and including that `?`.
 * `null` when the script asks nothing.
 */
export function directAsk(text: string): string | null {
  const end = text.lastIndexOf('?');
  if (end < 0) return null;
  let start = end - 1;
  while (start >= 0 && !/[.!?\n]/.test(text[start]!)) start--;
  const sentence = text.slice(start + 1, end + 1).trim();
  return sentence.length > 1 ? sentence : null;
}
