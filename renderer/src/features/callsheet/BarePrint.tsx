import { createPortal } from 'react-dom';
import type { Plan } from '@shared/plan';
import { CallSheets } from './CallSheets';
import type { PrintOptions } from './print-options';

/** Hides the app (header, navigation, everything under #root) so only the sheets remain. */
const HIDE_APP = '#root { display: none !important; } html, body { background: #fff !important; margin: 0; }';

/**
 * The bare print route (`…/callsheets?print=<roleId|pack>`): the sheet(s) and
 * nothing else, on screen and on paper. Rendered into <body> beside the
 * hidden app, so no app chrome can reach the PDF.
 */
export function BarePrint({ plan, target, options, now }: { plan: Plan; target: string; options: PrintOptions; now: Date }) {
  return createPortal(
    <>
      <style>{HIDE_APP}</style>
      <CallSheets plan={plan} target={target} options={options} now={now} variant="bare" />
    </>,
    document.body,
  );
}
