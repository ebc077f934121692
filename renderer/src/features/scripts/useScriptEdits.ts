import { useMemo } from 'react';
import type { Script } from '@shared/plan';
import { deleteScript, updateScript } from '@shared/scripts/plan-scripts';
import { editScriptContent, restoreRevision } from '@shared/scripts/revisions';
import type { BranchKey, ScriptKind } from '@shared/scripts/templates';
import { usePlanSession } from '../plan/usePlanSession';

export type BranchField = 'say' | 'nextSteps';

/**
 * Edits of one script, all through `session.edit` (autosave, undo/redo).
 * Typing in one field is coalesced into one undo step per burst; body and
 * branch edits keep revisions by the rule in shared/scripts/revisions.ts.
 */
export function useScriptEdits(scriptId: string) {
  const session = usePlanSession();
  return useMemo(() => {
    const change = (recipe: (s: Script) => Script, key?: string) =>
      session.edit((plan) => updateScript(plan, scriptId, recipe), key && `script:${scriptId}:${key}`);
    return {
      setBody: (body: string) => change((s) => editScriptContent(s, { body }, new Date()), 'body'),
      setBranch: (branch: BranchKey, field: BranchField, text: string) =>
        change(
          (s) => editScriptContent(s, { branches: { ...s.branches, [branch]: { ...s.branches[branch], [field]: text } } }, new Date()),
          `${branch}.${field}`,
        ),
      rename: (name: string) => change((s) => (s.name === name ? s : { ...s, name, updatedAt: new Date().toISOString() }), 'name'),
      setKind: (kind: ScriptKind) => change((s) => (s.kind === kind ? s : { ...s, kind, updatedAt: new Date().toISOString() })),
      restore: (index: number) => change((s) => restoreRevision(s, index, new Date())),
      remove: () => session.edit((plan) => deleteScript(plan, scriptId)),
    };
  }, [session, scriptId]);
}
