/** What the browser benchmarks share: Chromium, floor pages built like the app, and seeded plans. */
import { join, resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { PlanStore } from '../../../electron/main/store/plan-store';
import { bigPlan } from '../../unit/board/fixtures';

const ROOT = resolve(import.meta.dirname, '../../..');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Builds a floor page (tests/bench/<name>/index.html) minified like the app; returns its folder. */
export async function buildFloorPage(name: string): Promise<string> {
  const outDir = join(ROOT, 'tests/.artifacts', `bench-${name}`);
  await build({
    root: join(import.meta.dirname, '..', name),
    plugins: [react()],
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, minify: true },
  });
  return outDir;
}

/** A store over `dataDir` (the harness's folder), to seed plans of any size. */
export async function openStore(dataDir: string): Promise<PlanStore> {
  const store = new PlanStore({ plansDir: join(dataDir, 'plans'), trashDir: join(dataDir, 'trash') });
  await store.init();
  return store;
}

/** Saves a plan with `roles` dream roles (and a Plan B); returns its id. */
export async function seedBigPlan(store: PlanStore, roles: number): Promise<string> {
  const created = await store.create('blank');
  await store.save({ ...bigPlan(roles, new Date()), id: created.id, revision: created.revision }, created.revision);
  return created.id;
}
