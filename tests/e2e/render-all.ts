/**
 * Cards in long lists are skipped by the browser while off screen
 * (content-visibility: auto, renderer/src/components/offscreen.module.css).
 * A person scrolling sees each one drawn, but a full-page capture does not
 * scroll and axe cannot measure what is not drawn: both run with every card
 * drawn, through this.
 */
import type { Page } from '@playwright/test';

export async function withEverythingDrawn<T>(page: Page, run: () => Promise<T>): Promise<T> {
  const style = await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  try {
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    return await run();
  } finally {
    await style.evaluate((el) => (el as Element).remove()).catch(() => undefined);
  }
}
