/** axe-core's serious and critical findings on the page as it is now, one readable line per rule. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { withEverythingDrawn } from './render-all';

export async function seriousViolations(page: Page, within?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (within) builder.include(within);
  const results = await withEverythingDrawn(page, () => builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze());
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n  ')}`);
}
