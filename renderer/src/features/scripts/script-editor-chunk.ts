/**
 * The script editor's chunk (CodeMirror): loaded on idle once a plan is open
 * (see plan/section-chunks.ts), so the Scripts screen shows a ready editor
 * instead of a loading line. Holds the loader and nothing that renders.
 */
import type { ComponentType } from 'react';
import type { ScriptEditorProps } from './ScriptEditor';

type Editor = ComponentType<ScriptEditorProps>;

let loaded: Editor | undefined;
let pending: Promise<Editor> | undefined;

/** Starts loading the editor's chunk (once); the promise settles with the component. */
export function preloadScriptEditor(): Promise<Editor> {
  if (!pending) {
    pending = import('./ScriptEditor').then((m) => (loaded = m.ScriptEditor));
    // A failed load is tried afresh next time; the failure reaches whoever awaits it.
    pending.catch(() => (pending = undefined));
  }
  return pending;
}

/** The editor if its chunk is in: rendered at once, with no Suspense fallback. */
export function loadedScriptEditor(): Editor | undefined {
  return loaded;
}
