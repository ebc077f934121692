/**
 * The call sheets' options live in the address (`?paper=letter&figures=hidden`),
 * so the preview, the bare print route and the PDF window all agree.
 * `print=<roleId|pack>` makes the section render only the sheet(s): that is
 * the bare print route the main process loads to save a PDF.
 */
export type Paper = 'a4' | 'letter';

export interface PrintOptions {
  paper: Paper;
  hideFigures: boolean;
}

/** Options from the address; anything unknown falls back to A4 with figures shown. */
export function readPrintOptions(params: URLSearchParams): PrintOptions {
  return { paper: params.get('paper') === 'letter' ? 'letter' : 'a4', hideFigures: params.get('figures') === 'hidden' };
}

/** The `@page` rule for a paper size; 16 mm margins on both. */
export function pageRule(paper: Paper): string {
  return `@page { size: ${paper === 'letter' ? 'letter' : 'A4'}; margin: 16mm; }`;
}

/** The bare print route: only the sheet(s), no app chrome. Mirrors electron/main/print/export-pdf.ts. */
export function printPath(planId: string, target: string, options: PrintOptions): string {
  const query = new URLSearchParams({ print: target, paper: options.paper, figures: options.hideFigures ? 'hidden' : 'shown' });
  return `/plans/${encodeURIComponent(planId)}/callsheets?${query.toString()}`;
}

/** Set by the page once every requested sheet has rendered; the PDF window waits for it. */
export const READY_MARK = 'callsheet-ready';
