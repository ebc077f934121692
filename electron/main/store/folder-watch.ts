/**
 * Watches the plans folder for changes made by anyone but this store: another
 * computer through a sync tool, another app on the same folder, an editor.
 * Events are debounced and handed over as the set of file names touched, so
 * a sync tool's burst (temp file, rename over, times) is one change.
 * Temp files (ours `.…tmp`, Syncthing's `.syncthing.…tmp`, `~` files) are
 * ignored: only the file they become matters.
 */
import { basename } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';

export interface FolderWatchOptions {
  dir: string;
  /** Quiet time before a burst of changes is handed over. */
  debounceMs?: number;
  onChange: (names: Set<string>) => void;
}

export interface FolderWatch {
  /** Resolves once the folder is being watched (the initial scan is done). */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** A file on its way to becoming another one: hidden (ours, Syncthing's), `.tmp`, or an editor's `~`. */
export function isTempName(name: string): boolean {
  return name.startsWith('.') || name.endsWith('.tmp') || name.startsWith('~') || name.endsWith('~');
}

export function watchFolder({ dir, debounceMs = 150, onChange }: FolderWatchOptions): FolderWatch {
  let pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watcher: FSWatcher = watch(dir, {
    depth: 0,
    ignoreInitial: true,
    ignored: (path: string) => path !== dir && isTempName(basename(path)),
    // A file a sync tool is still writing in place settles before it is read.
    awaitWriteFinish: { stabilityThreshold: 100, pollInterval: 25 },
  });
  const touched = (path: string) => {
    pending.add(basename(path));
    clearTimeout(timer);
    timer = setTimeout(() => {
      const names = pending;
      pending = new Set();
      onChange(names);
    }, debounceMs);
  };
  watcher.on('add', touched).on('change', touched).on('unlink', touched);
  watcher.on('error', (error: unknown) => console.warn(`Watching ${dir} failed; changes from elsewhere show when the plan is next opened:`, error));
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    async close() {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
