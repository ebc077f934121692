/**
 * The dependency rules of the architecture live in eslint.config.js. These
 * tests lint small snippets as if they sat in each folder, so a config change
 * that silently drops a rule fails here.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'fatal');
}

describe('import rules', () => {
  it.each([
    ["import { readFile } from 'node:fs/promises';\nexport const r = readFile;"],
    ["import { app } from 'electron';\nexport const a = app;"],
    ["import { Button } from '@mantine/core';\nexport const b = Button;"],
    ["import { x } from '../renderer/src/x';\nexport const y = x;"],
  ])('shared/ may not import Node, Electron, UI or the renderer: %s', async (code) => {
    expect(await ruleIds('shared/example.ts', code)).toContain('no-restricted-imports');
  });

  it('shared/ may not reach for DOM or Node globals', async () => {
    expect(await ruleIds('shared/example.ts', 'export const w = window.location;')).toContain('no-restricted-globals');
    expect(await ruleIds('shared/example.ts', 'export const e = process.env;')).toContain('no-restricted-globals');
  });

  it('the renderer may not import electron or Node', async () => {
    expect(await ruleIds('renderer/src/example.ts', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;")).toContain('no-restricted-imports');
    expect(await ruleIds('renderer/src/example.ts', "import { x } from '../../electron/main/x';\nexport const y = x;")).toContain('no-restricted-imports');
    expect(await ruleIds('renderer/src/example.ts', "import fs from 'node:fs';\nexport const f = fs;")).toContain('no-restricted-imports');
  });

  it('electron/ may not import the renderer; the store may not import electron', async () => {
    expect(await ruleIds('electron/main/example.ts', "import { x } from '../../renderer/src/x';\nexport const y = x;")).toContain('no-restricted-imports');
    expect(await ruleIds('electron/main/store/example.ts', "import { app } from 'electron';\nexport const a = app;")).toContain('no-restricted-imports');
  });

  it('allows what the architecture allows', async () => {
    expect(await ruleIds('renderer/src/example.ts', "import { Plan } from '@shared/plan';\nexport const p = Plan;")).toEqual([]);
    expect(await ruleIds('electron/main/example.ts', "import { app } from 'electron';\nimport { Plan } from '@shared/plan';\nexport const x = [app, Plan];")).toEqual([]);
    expect(await ruleIds('shared/example.ts', "import { z } from 'zod';\nexport const s = z.string();")).toEqual([]);
  });
});
