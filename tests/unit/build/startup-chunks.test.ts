import { describe, expect, it } from 'vitest';
import { startupChunks } from '../../../build/startup-chunks';

/** A module graph as the bundler's plugin context sees it: id → static imports. */
function context(graph: Record<string, string[]>) {
  return {
    getModuleIds: () => Object.keys(graph)[Symbol.iterator](),
    getModuleInfo: (id: string) => (id in graph ? { importedIds: graph[id]! } : null),
    error: (message: string) => {
      throw new Error(message);
    },
  };
}

const GRAPH = {
  '/app/main.tsx': ['/app/early-start.ts'],
  '/app/early-start.ts': ['/app/early-calls.ts'],
  '/app/early-calls.ts': [],
  '/app/boot.tsx': ['/nm/react.js', '/app/early-calls.ts', '/shared/zod.ts'],
  '/nm/react.js': [],
  '/shared/zod.ts': [],
  '/app/Board.tsx': ['/nm/react.js', '/app/board-card.tsx', '/shared/zod.ts'],
  '/app/board-card.tsx': ['/nm/react.js'],
  '/app/Scripts.tsx': ['/app/board-card.tsx'],
};

function build(roots: Record<string, RegExp>) {
  const { plugin, groups } = startupChunks(roots);
  (plugin.buildEnd as (this: unknown) => void).call(context(GRAPH));
  return (id: string) => groups.filter((g) => g.test(id)).map((g) => g.name);
}

describe('startup chunks: each startup graph in one chunk, each module in the first graph that reaches it', () => {
  const groupOf = build({ early: /main\.tsx$/, shell: /boot\.tsx$/, board: /Board\.tsx$/ });

  it('keeps the entry’s own graph out of the shell, so the entry never waits for it', () => {
    expect(groupOf('/app/early-start.ts')).toEqual(['early']);
    expect(groupOf('/app/early-calls.ts')).toEqual(['early']);
  });

  it('puts what the shell reaches in the shell, and only the rest of the board’s graph in the board', () => {
    expect(groupOf('/nm/react.js')).toEqual(['shell']);
    expect(groupOf('/shared/zod.ts')).toEqual(['shell']);
    expect(groupOf('/app/Board.tsx')).toEqual(['board']);
    expect(groupOf('/app/board-card.tsx')).toEqual(['board']);
  });

  it('leaves modules no startup graph reaches to the bundler', () => {
    expect(groupOf('/app/Scripts.tsx')).toEqual([]);
  });

  it('gives earlier graphs the higher priority', () => {
    const { groups } = startupChunks({ early: /a/, shell: /b/ });
    expect(groups[0]!.priority).toBeGreaterThan(groups[1]!.priority);
  });

  it('stops the build, in words, when a root matches no module (a renamed file)', () => {
    expect(() => build({ shell: /Boot2\.tsx$/ })).toThrow(/no module matches the root of "shell"/);
  });
});
