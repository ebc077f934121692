/**
 * Save as PDF from the main process, with Electron replaced by fakes: the
 * dialog, the hidden print window and the page are stand-ins; the write is
 * the real durable write into a temp folder, so "no file left" is checked on
 * a real disk.
 */
import { mkdtemp, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPdfExporter, printRoute, type ExportPdfDeps, type PdfOptions, type PrintWindowLike } from '../../../electron/main/print/export-pdf';
import { callsheetFileName, type ExportPdfRequest } from '../../../electron/main/print/callsheet-service';
import { writeFileDurable } from '../../../electron/main/store/durable-write';
import { AppError } from '@shared/errors';

const PLAN = '0b7f5c2e-3d1a-4c55-9a1e-2f9d8c7b6a50';
const PDF = new TextEncoder().encode('%PDF-1.7 fake call sheet');

class FakePrintWindow implements PrintWindowLike {
  destroyed = false;
  loaded: string[] = [];
  printed: PdfOptions[] = [];
  constructor(private readonly page: { ready: boolean }) {}
  async loadURL(url: string) {
    this.loaded.push(url);
  }
  destroy() {
    this.destroyed = true;
  }
  isDestroyed() {
    return this.destroyed;
  }
  webContents = {
    // A page that never becomes ready never settles, as a stalled page would.
    executeJavaScript: (code: string) => (this.page.ready && code.includes('callsheet-ready') ? Promise.resolve(true) : new Promise<unknown>(() => {})),
    printToPDF: async (options: PdfOptions) => {
      this.printed.push(options);
      return PDF;
    },
  };
}

let dir: string;
let windows: FakePrintWindow[];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bih-print-'));
  windows = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function deps(over: Partial<ExportPdfDeps> & { ready?: boolean; savePath?: string | null } = {}): ExportPdfDeps {
  const { ready = true, savePath = join(dir, 'sheet.pdf'), ...rest } = over;
  return {
    showSaveDialog: async () => (savePath ? { canceled: false, filePath: savePath } : { canceled: true }),
    createWindow: () => {
      const w = new FakePrintWindow({ ready });
      windows.push(w);
      return w;
    },
    pageUrl: (route) => `app://bird-in-hand/#${route}`,
    write: (path, data) => writeFileDurable(path, data),
    defaultDir: dir,
    ...rest,
  };
}

const request: ExportPdfRequest = { planId: PLAN, target: 'pack', paper: 'letter', hideFigures: true, suggestedName: 'Call pack - Sample.pdf' };

describe('callsheet PDF export', () => {
  it('saves the printed PDF durably and closes the hidden window', async () => {
    const result = await createPdfExporter(deps()).exportPdf(request);
    expect(result).toEqual({ saved: true, fileName: 'sheet.pdf' });
    expect(await readFile(join(dir, 'sheet.pdf'))).toEqual(Buffer.from(PDF));
    expect(windows).toHaveLength(1);
    expect(windows[0]!.destroyed).toBe(true);
    expect(windows[0]!.loaded).toEqual([`app://bird-in-hand/#${printRoute(request)}`]);
    expect(windows[0]!.loaded[0]).toContain('print=pack&paper=letter&figures=hidden');
    expect(windows[0]!.printed[0]).toMatchObject({ pageSize: 'Letter', printBackground: true, margins: { marginType: 'custom' } });
  });

  it('does nothing more when the save dialog is cancelled', async () => {
    const result = await createPdfExporter(deps({ savePath: null })).exportPdf(request);
    expect(result).toEqual({ saved: false, fileName: 'Call pack - Sample.pdf' });
    expect(windows).toHaveLength(0);
    expect(await readdir(dir)).toEqual([]);
  });

  it('stops a print that never becomes ready: window destroyed, io error in words, no file', async () => {
    const exporter = createPdfExporter(deps({ ready: false, timeoutMs: 30 }));
    const error = await exporter.exportPdf(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('io');
    expect((error as AppError).message).toMatch(/did not finish within .* seconds.*Nothing was saved/);
    expect(windows[0]!.destroyed).toBe(true);
    expect(await readdir(dir)).toEqual([]);
  });

  it('leaves no file, not even half a PDF, when the write fails', async () => {
    // The chosen path is a folder: the rename over it fails after the temp file was written.
    const target = join(dir, 'taken.pdf');
    await mkdir(target);
    const error = await createPdfExporter(deps({ savePath: target })).exportPdf(request).catch((e: unknown) => e);
    expect((error as AppError).code).toBe('io');
    expect((error as AppError).message).toContain('could not be written');
    expect(windows[0]!.destroyed).toBe(true);
    expect(await readdir(dir)).toEqual(['taken.pdf']);
    expect(await readdir(target)).toEqual([]);
  });

  it('reports a print failure in words and still closes the window', async () => {
    const d = deps();
    const make = d.createWindow;
    d.createWindow = () => {
      const w = make() as FakePrintWindow;
      w.webContents.printToPDF = async () => {
        throw new Error('printing failed');
      };
      return w;
    };
    const error = await createPdfExporter(d).exportPdf(request).catch((e: unknown) => e);
    expect((error as AppError).message).toContain('could not be printed to PDF');
    expect(windows[0]!.destroyed).toBe(true);
  });
});

describe('callsheet file names', () => {
  it('keeps names safe for every file system', () => {
    expect(callsheetFileName('sheet', 'Lumen Health')).toBe('Call sheet - Lumen Health.pdf');
    expect(callsheetFileName('pack', 'a/b:c<script>?')).toBe('Call pack - a b c script.pdf');
    expect(callsheetFileName('sheet', '   ')).toBe('Call sheet.pdf');
  });
});
