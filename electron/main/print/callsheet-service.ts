/**
 * The call sheets' "Save as PDF", behind a plain interface so the contract
 * handlers stay free of electron imports. The desktop app passes the real
 * one (export-pdf.ts); the web harness gets BROWSER_CALLSHEETS, whose answer
 * tells the person how to get a PDF in the browser instead.
 */
import { AppError } from '@shared/errors';
import type { ChannelInput } from '@shared/contract';

export type ExportPdfRequest = ChannelInput<'callsheet:exportPdf'> & {
  /** The file name the save dialog suggests, e.g. `Call sheet - Lumen Health.pdf`. */
  suggestedName: string;
};

export interface CallsheetService {
  /** Asks where to save, prints the sheet(s) to PDF and writes the file; `saved: false` when cancelled. */
  exportPdf(request: ExportPdfRequest): Promise<{ saved: boolean; fileName: string }>;
}

export const BROWSER_CALLSHEETS: CallsheetService = {
  exportPdf: async () => {
    throw new AppError('unsupported', 'Use Print and choose "Save as PDF" in the browser\'s print dialog.');
  },
};

/** Characters no common file system accepts in a name, plus control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go.
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f]+/g;

/** A safe PDF file name for a call sheet or the call pack. */
export function callsheetFileName(kind: 'sheet' | 'pack', name: string): string {
  const clean = name.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().slice(0, 80).replace(/[. ]+$/, '');
  const prefix = kind === 'pack' ? 'Call pack' : 'Call sheet';
  return clean ? `${prefix} - ${clean}.pdf` : `${prefix}.pdf`;
}
