/**
 * The preload of every window. It runs sandboxed (CommonJS, only 'electron'
 * may be required; electron-vite bundles the rest) and exposes exactly one
 * global to the page: `window.planner`.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createPlannerBridge } from './bridge';

contextBridge.exposeInMainWorld('planner', createPlannerBridge(ipcRenderer));
