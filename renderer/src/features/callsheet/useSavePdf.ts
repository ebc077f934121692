import { useCallback, useState } from 'react';
import { notifications } from '@mantine/notifications';
import { call, errorMessage, isPlannerError } from '../../api/planner';
import type { PrintOptions } from './print-options';

/**
 * "Save as PDF": the desktop app prints in a hidden window and asks where to
 * save; the browser harness answers `unsupported`, and then the browser's own
 * print dialog (which offers "Save as PDF") opens instead.
 */
export function useSavePdf(planId: string, target: string, options: PrintOptions) {
  const [saving, setSaving] = useState(false);
  const save = useCallback(async () => {
    setSaving(true);
    try {
      const result = await call('callsheet:exportPdf', { planId, target, paper: options.paper, hideFigures: options.hideFigures });
      if (result.saved) notifications.show({ color: 'teal', title: 'PDF saved', message: `Saved as ${result.fileName}.` });
    } catch (error) {
      if (isPlannerError(error, 'unsupported')) window.print();
      else notifications.show({ color: 'red', title: 'The PDF was not saved', message: errorMessage(error) });
    } finally {
      setSaving(false);
    }
  }, [planId, target, options.paper, options.hideFigures]);
  return { save, saving };
}
