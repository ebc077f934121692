/**
 * Every section of an open plan is its own chunk, so opening the app (or one
 * section) parses only what that screen needs: the editors with their date
 * and number inputs, the scripts with the call log, the board, the scenarios
 * and the call sheets each load when first shown. This module holds the
 * loaders and nothing that renders, so startup can begin fetching a chunk
 * before React and Mantine are even evaluated (see app/early-start.ts).
 */
import type { ComponentType } from 'react';
import { preloadScriptEditor } from '../scripts/script-editor-chunk';
import { PLAN_SECTIONS, type PlanSection } from './sections';

const LOADERS: Record<PlanSection, () => Promise<ComponentType>> = {
  overview: () => import('../overview/OverviewSection').then((m) => m.OverviewSection),
  board: () => import('../board/BoardSection').then((m) => m.BoardSection),
  scenarios: () => import('../scenarios/ScenariosSection').then((m) => m.ScenariosSection),
  scripts: () => import('../scripts/ScriptsSection').then((m) => m.ScriptsSection),
  callsheets: () => import('../callsheet/CallsheetsSection').then((m) => m.CallsheetsSection),
  start: () => import('../guided/GuidedStartSection').then((m) => m.GuidedStartSection),
};

const loaded = new Map<PlanSection, ComponentType>();
const pending = new Map<PlanSection, Promise<ComponentType>>();

/** A section's component if its chunk is already in. */
export function loadedSection(section: PlanSection): ComponentType | undefined {
  return loaded.get(section);
}

/** Starts loading a section's chunk (once); the promise settles with its component. */
export function preloadSection(section: PlanSection): Promise<ComponentType> {
  let promise = pending.get(section);
  if (!promise) {
    promise = LOADERS[section]().then((component) => {
      loaded.set(section, component);
      return component;
    });
    // A failed load (a network blip in the web harness) is tried afresh next
    // time; the failure itself reaches whoever awaits it.
    promise.catch(() => pending.delete(section));
    pending.set(section, promise);
  }
  return promise;
}

let startupSection: Promise<unknown> | null = null;
let startupSectionKey: PlanSection | null = null;

/** Starts the chunk of the section the app was opened on (app/early-start.ts). */
export function preloadStartupSection(section: PlanSection): void {
  startupSectionKey = section;
  startupSection = preloadSection(section).catch(() => undefined);
}

/** True when no section was started at startup, or its chunk is in. */
export function startupSectionLoaded(): boolean {
  return startupSectionKey === null || loaded.has(startupSectionKey);
}

/**
 * Settles once the chunk started at startup is in (at once if none was, and
 * never with an error: a failed chunk is for SectionView to report). Opening
 * the first plan waits for it alongside the plan, so the screen renders once,
 * with its section, instead of a loading line first.
 */
export function startupSectionReady(): Promise<unknown> {
  return startupSection ?? Promise.resolve();
}

/**
 * Loads every other section's chunk once the current one is in and the
 * browser is idle, so they never compete with the screen being opened; and
 * the script editor's (CodeMirror), the one chunk a section loads itself.
 * Returns a cancel.
 */
export function preloadOtherSections(current: PlanSection): () => void {
  const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 200));
  const cancelIdle = window.cancelIdleCallback ?? window.clearTimeout;
  let cancelled = false;
  let handle: number | undefined;
  void preloadSection(current)
    .catch(() => undefined)
    .then(() => {
      if (cancelled) return;
      handle = idle(() => {
        for (const { key } of PLAN_SECTIONS) if (key !== current) void preloadSection(key).catch(() => undefined);
        void preloadScriptEditor().catch(() => undefined);
      });
    });
  return () => {
    cancelled = true;
    if (handle !== undefined) cancelIdle(handle);
  };
}
