/**
 * The real Electron pieces behind createPdfExporter: the native save dialog,
 * a hidden print window with the app's secure web preferences, the app's own
 * page address, and the durable write.
 */
import { app, BrowserWindow, dialog } from 'electron';
import { preloadPath } from '../app-paths';
import { secureWebPreferences } from '../security';
import { writeFileDurable } from '../store/durable-write';
import { pageUrl } from '../window';
import type { CallsheetService } from './callsheet-service';
import { createPdfExporter, type PrintWindowLike } from './export-pdf';

/** A print window: never shown, same security as the main window, A4-ish viewport. */
export function createPrintWindow(): PrintWindowLike {
  return new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    title: 'Bird in Hand: printing',
    webPreferences: secureWebPreferences(preloadPath),
  });
}

/** The desktop app's call sheet service; pass it to openServices as `callsheets`. */
export function createDesktopCallsheets(devUrl: string | null): CallsheetService {
  return createPdfExporter({
    showSaveDialog: async (options) => {
      const owner = BrowserWindow.getFocusedWindow();
      return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options);
    },
    createWindow: createPrintWindow,
    pageUrl: (route) => pageUrl(route, devUrl),
    write: (path, data) => writeFileDurable(path, data),
    defaultDir: app.getPath('documents'),
  });
}
