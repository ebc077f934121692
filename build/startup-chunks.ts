/**
 * Startup chunks for the renderer build. Opening the app runs three pieces of
 * code one after the other: the entry (it starts the plan's call and the
 * board's code), the app shell (React, Mantine, the providers: `boot.tsx`)
 * and the first screen (the board). Left to itself the bundler splits the
 * shell and the board into some forty files by who shares what, and a page
 * fetches them a few at a time. This plugin finds each root's static import
 * graph once the module graph is known, and the code-splitting groups below
 * put each graph in one file. Every other screen keeps its own chunks.
 */
import type { Plugin } from 'vite';

type Graph = Set<string>;

interface StartupChunks {
  plugin: Plugin;
  /** Groups for `output.codeSplitting.groups`, first the shell, then the first screen. */
  groups: { name: string; test: (id: string) => boolean; priority: number }[];
}

/**
 * `roots`: chunk name → the module that roots it, in the order the app runs
 * them. A module goes to the first graph that reaches it, so the entry's
 * small graph (first) never waits for the shell, and the board's holds only
 * what the shell does not already have.
 */
export function startupChunks(roots: Record<string, RegExp>): StartupChunks {
  const graphs = new Map<string, Graph>(Object.keys(roots).map((name) => [name, new Set<string>()]));
  const plugin: Plugin = {
    name: 'bird-in-hand:startup-chunks',
    apply: 'build',
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const claimed = new Set<string>();
      const walk = (name: string, root: RegExp, graph: Graph) => {
        graph.clear();
        const stack = ids.filter((id) => root.test(id));
        if (stack.length === 0) this.error(`startup-chunks: no module matches the root of "${name}" (${root}).`);
        while (stack.length > 0) {
          const id = stack.pop()!;
          if (graph.has(id) || claimed.has(id)) continue;
          graph.add(id);
          stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        for (const id of graph) claimed.add(id);
      };
      for (const [name, root] of Object.entries(roots)) walk(name, root, graphs.get(name)!);
    },
  };
  const names = Object.keys(roots);
  const groups = names.map((name, i) => ({ name, test: (id: string) => graphs.get(name)!.has(id), priority: 50 - i }));
  return { plugin, groups };
}
