import type { CSSProperties } from 'react';
import classes from './offscreen.module.css';

/**
 * Props for a card in a long list that the browser may skip while it is off
 * screen (see offscreen.module.css). `height` is the first guess of its
 * height in pixels, until the card has been rendered once.
 */
export function offscreenCard(height: number): { className: string; style: CSSProperties } {
  return { className: classes.card!, style: { '--offscreen-card-height': `${height}px` } as CSSProperties };
}
