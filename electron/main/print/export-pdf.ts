/**
 * "Save as PDF" for call sheets in the desktop app. The order matters:
 * 1. ask where to save (cancel: nothing else happens);
 * 2. open a hidden print window (same secure preferences as every window)
 *    at the bare print route, on the app's own origin;
 * 3. wait until the page marks `callsheet-ready`;
 * 4. print to PDF with Chromium (`webContents.printToPDF`);
 * 5. write the bytes durably (temp file, fsync, rename: never half a PDF).
 * A timeout covers steps 2–4: a page that never becomes ready, or a print
 * that stalls, ends with the window destroyed and an `io` error in plain
 * words. The window is destroyed on every path.
 *
 * Electron is injected (see electron-print.ts), so this runs under plain Node
 * in unit tests with fakes.
 */
import { basename, join } from 'node:path';
import { AppError } from '@shared/errors';
import type { CallsheetService, ExportPdfRequest } from './callsheet-service';

/** The page's ready mark, set by the renderer once every sheet has rendered. */
export const READY_MARK = 'callsheet-ready';
/** How long printing may take before the window is closed and an error reported. */
export const PRINT_TIMEOUT_MS = 20_000;
/** 16 mm, in the inches `printToPDF` takes. */
const MARGIN_INCHES = 16 / 25.4;

export interface PrintWindowLike {
  loadURL(url: string): Promise<void>;
  destroy(): void;
  isDestroyed(): boolean;
  webContents: {
    executeJavaScript(code: string): Promise<unknown>;
    printToPDF(options: PdfOptions): Promise<Uint8Array>;
  };
}

export interface PdfOptions {
  pageSize: 'A4' | 'Letter';
  printBackground: boolean;
  margins: { marginType: 'custom'; top: number; bottom: number; left: number; right: number };
}

export interface SaveDialogOptions {
  title: string;
  defaultPath: string;
  buttonLabel: string;
  filters: { name: string; extensions: string[] }[];
}

export interface ExportPdfDeps {
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  /** A hidden window with the app's secure web preferences. */
  createWindow(): PrintWindowLike;
  /** The app page's address for a hash route, e.g. `app://bird-in-hand/#/plans/…`. */
  pageUrl(route: string): string;
  /** A durable write (writeFileDurable in the app). */
  write(path: string, data: Uint8Array): Promise<void>;
  /** Where the save dialog starts (the user's documents folder). */
  defaultDir: string;
  timeoutMs?: number;
}

/** The bare print route of a sheet or the call pack (hash routing; see the renderer's print-options). */
export function printRoute(request: Pick<ExportPdfRequest, 'planId' | 'target' | 'paper' | 'hideFigures'>): string {
  const query = new URLSearchParams({ print: request.target, paper: request.paper, figures: request.hideFigures ? 'hidden' : 'shown' });
  return `/plans/${encodeURIComponent(request.planId)}/callsheets?${query.toString()}`;
}

/** Resolves once the page has set its ready mark (checked by the page itself, no polling from here). */
const WAIT_FOR_READY = `new Promise((resolve) => {
  const check = () => performance.getEntriesByName(${JSON.stringify(READY_MARK)}, 'mark').length > 0 ? resolve(true) : setTimeout(check, 50);
  check();
})`;

class PrintTimeout extends Error {}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PrintTimeout()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function codeOf(error: unknown): string {
  return error instanceof Error && 'code' in error ? ` (${String((error as { code: unknown }).code)})` : '';
}

export function createPdfExporter(deps: ExportPdfDeps): CallsheetService {
  const timeoutMs = deps.timeoutMs ?? PRINT_TIMEOUT_MS;
  return {
    exportPdf: async (request) => {
      const choice = await deps.showSaveDialog({
        title: request.target === 'pack' ? 'Save the call pack as PDF' : 'Save the call sheet as PDF',
        defaultPath: join(deps.defaultDir, request.suggestedName),
        buttonLabel: 'Save PDF',
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      });
      if (choice.canceled || !choice.filePath) return { saved: false, fileName: request.suggestedName };
      const filePath = choice.filePath;

      const window = deps.createWindow();
      let pdf: Uint8Array;
      try {
        pdf = await withTimeout(
          (async () => {
            await window.loadURL(deps.pageUrl(printRoute(request)));
            await window.webContents.executeJavaScript(WAIT_FOR_READY);
            const inches = MARGIN_INCHES;
            return window.webContents.printToPDF({
              pageSize: request.paper === 'letter' ? 'Letter' : 'A4',
              printBackground: true,
              margins: { marginType: 'custom', top: inches, bottom: inches, left: inches, right: inches },
            });
          })(),
          timeoutMs,
        );
      } catch (error) {
        if (error instanceof PrintTimeout) {
          throw new AppError(
            'io',
            `Printing the call sheet did not finish within ${Math.round(timeoutMs / 1000)} seconds, so it was stopped. Nothing was saved. Try again; if it keeps happening, use Print and choose "Save as PDF" there.`,
          );
        }
        throw new AppError('io', `The call sheet could not be printed to PDF${codeOf(error)}. Nothing was saved. Try again, or use Print instead.`);
      } finally {
        if (!window.isDestroyed()) window.destroy();
      }

      try {
        await deps.write(filePath, pdf);
      } catch (error) {
        throw new AppError('io', `The PDF could not be written to ${filePath}${codeOf(error)}. Nothing was saved there. Choose a folder you can write to and try again.`);
      }
      return { saved: true, fileName: basename(filePath) };
    },
  };
}
