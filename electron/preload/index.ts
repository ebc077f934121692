/**
 * The preload of every window. It runs sandboxed (CommonJS, only 'electron'
 * may be required; electron-vite bundles the rest) and exposes exactly one
 * global to the page: `window.planner`.
 */
import { contextBridge, ipcRenderer } from 'electron';
// Before the bridge parses anything: the page's CSP forbids Zod's eval probe.
import '@shared/zod-jitless';
import { createPlannerBridge } from './bridge';

contextBridge.exposeInMainWorld('planner', createPlannerBridge(ipcRenderer));
