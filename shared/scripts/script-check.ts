/**
 * Is a dream role's script ready to use? For the board's leverage readiness:
 * complete means every placeholder in the body and the three branches is
 * well formed, known and has a value for this role. (Once Plan B's deadline
 * has passed, `{{deadline}}` has no value, so a script that names it is not
 * complete.) Honesty is checked separately, by `honestyCheck`.
 */
import type { DreamRole, Plan, Script } from '../plan';
import { fillScript, placeholderContext, type PlaceholderName } from './placeholders';
import { BRANCH_KEYS } from './templates';

export interface ScriptCheck {
  complete: boolean;
  /** One sentence for people: what is missing, or that it is complete. */
  reason: string;
}

/** All the script's text: body then each branch's "say" and "next steps". */
export function allScriptText(script: Pick<Script, 'body' | 'branches'>): string {
  return [script.body, ...BRANCH_KEYS.flatMap((k) => [script.branches[k].say, script.branches[k].nextSteps])].join('\n');
}

export function scriptCheck(script: Script | undefined, role: DreamRole, plan: Plan, now: Date): ScriptCheck {
  if (!script) return { complete: false, reason: 'No script chosen for this role yet.' };
  if (!script.body.trim()) return { complete: false, reason: `The script “${script.name}” is empty.` };
  const filled = fillScript(allScriptText(script), placeholderContext(plan, role, now));
  const problems: string[] = [];
  if (filled.empty.length) problems.push(`no value yet for ${list(filled.empty)}`);
  if (filled.unknown.length) problems.push(`unknown placeholder${filled.unknown.length > 1 ? 's' : ''} ${list(filled.unknown)}`);
  if (filled.malformed.length) {
    problems.push(`broken placeholder${filled.malformed.length > 1 ? 's' : ''} ${filled.malformed.map((m) => `“${m}”`).join(', ')} (write them as {{name}})`);
  }
  if (!problems.length) return { complete: true, reason: `The script “${script.name}” is filled for this role.` };
  return { complete: false, reason: `The script “${script.name}” has ${problems.join(' and ')}.` };
}

function list(names: readonly (PlaceholderName | string)[]): string {
  return names.map((n) => `{{${n}}}`).join(', ');
}
