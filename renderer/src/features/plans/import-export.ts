/**
 * Import and export of plan files from the page. Export is a download in the
 * browser and a native save dialog in the desktop app. Import reads the file
 * the user picked, asks before touching a plan that is already here, and
 * lets the store check everything (all-or-nothing).
 */
import { notifications } from '@mantine/notifications';
import type { PlanSummary } from '@shared/contract';
import { Id } from '@shared/ids';
import { LIMITS } from '@shared/limits';
import { call, errorMessage } from '../../api/planner';
import { appInfo } from '../../app/app-info';

function failed(title: string, error: unknown): void {
  notifications.show({ color: 'red', title, message: errorMessage(error) });
}

/** Offers `text` as a file download named `fileName` (browser). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: the download has started by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Exports a plan: a save dialog in the desktop app, a download in the browser. */
export async function exportPlan(planId: string): Promise<void> {
  try {
    const { transport } = await appInfo();
    if (transport === 'electron') {
      const result = await call('plans:exportToFile', { id: planId });
      if (result.saved) notifications.show({ color: 'teal', title: 'Plan exported', message: `Saved as ${result.fileName}.` });
      return;
    }
    const { fileName, text } = await call('plans:export', { id: planId });
    downloadText(fileName, text);
    notifications.show({ color: 'teal', title: 'Plan exported', message: `Downloading ${fileName}.` });
  } catch (error) {
    failed('The plan was not exported', error);
  }
}

/** The plan id a file declares, when it parses as JSON and has one; the store checks the rest. */
export function declaredPlanId(text: string): string | null {
  try {
    const id = (JSON.parse(text) as { id?: unknown } | null)?.id;
    return typeof id === 'string' && Id.safeParse(id).success ? id : null;
  } catch {
    return null;
  }
}

/** Why a picked file is refused before it is even read, or null. */
export function fileProblem(file: { name: string; size: number }): string | null {
  if (file.size > LIMITS.planBytes) {
    return `${file.name} is ${Math.ceil(file.size / 1024 / 1024)} MB: far larger than any plan can be, so it was not read. Nothing was changed.`;
  }
  if (file.size === 0) return `${file.name} is empty. Choose a plan exported from Bird in Hand. Nothing was changed.`;
  return null;
}

export type ClashAnswer = 'replace' | 'copy' | 'cancel';

/**
 * Imports a picked file. `askOnClash` is consulted only when a plan with the
 * file's id already exists. Resolves with the imported plan, or null after
 * telling the user why not (or when they cancelled).
 */
export async function importPlanFile(
  file: File,
  askOnClash: (existing: PlanSummary) => Promise<ClashAnswer>,
): Promise<PlanSummary | null> {
  const problem = fileProblem(file);
  if (problem) {
    notifications.show({ color: 'red', title: 'The plan was not imported', message: problem });
    return null;
  }
  try {
    const text = await file.text();
    const id = declaredPlanId(text);
    const existing = id ? (await call('plans:list', {})).plans.find((plan) => plan.id === id) : undefined;
    let replace = false;
    if (existing) {
      const answer = await askOnClash(existing);
      if (answer === 'cancel') return null;
      replace = answer === 'replace';
    }
    const imported = await call('plans:importText', { text, replace });
    notifications.show({
      color: 'teal',
      title: replace ? 'Plan replaced' : 'Plan imported',
      message: replace ? `“${imported.name}” now holds the imported file; the old version is in its backups.` : `“${imported.name}” is in your plans.`,
    });
    return imported;
  } catch (error) {
    failed('The plan was not imported', error);
    return null;
  }
}

/** Opens a plan in a window of its own (desktop); the browser says how to do it there. */
export async function openInNewWindow(planId: string): Promise<void> {
  try {
    await call('windows:openPlan', { planId });
  } catch (error) {
    notifications.show({ color: 'indigo', title: 'No new window here', message: errorMessage(error) });
  }
}
