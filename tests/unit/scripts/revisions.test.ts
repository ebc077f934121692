import { describe, expect, it } from 'vitest';
import { LIMITS } from '@shared/limits';
import { editScriptContent, REVISION_INTERVAL_MS, restoreRevision } from '@shared/scripts/revisions';
import { newScriptFromTemplate } from '@shared/scripts/templates';

const T0 = new Date('2026-03-02T09:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

describe('revisions', () => {
  it('keeps the version before the first edit, then at most one per interval of editing', () => {
    let script = newScriptFromTemplate('leverage-call', T0);
    const original = script.body;
    script = editScriptContent(script, { body: `${original} A` }, at(1_000));
    expect(script.revisions.map((r) => r.body)).toEqual([original]);
    script = editScriptContent(script, { body: `${original} AB` }, at(2_000));
    script = editScriptContent(script, { body: `${original} ABC` }, at(REVISION_INTERVAL_MS));
    expect(script.revisions).toHaveLength(1);
    script = editScriptContent(script, { body: `${original} ABCD` }, at(REVISION_INTERVAL_MS + 1_000));
    expect(script.revisions.map((r) => r.body)).toEqual([`${original} ABC`, original]);
    expect(script.revisions[0]?.savedAt).toBe(at(REVISION_INTERVAL_MS + 1_000).toISOString());
    expect(script.body).toBe(`${original} ABCD`);
  });

  it('does not keep a revision for whitespace-only changes', () => {
    const script = newScriptFromTemplate('check-in', T0);
    const next = editScriptContent(script, { body: `${script.body}  \n\n` }, at(1_000));
    expect(next.body).toBe(`${script.body}  \n\n`);
    expect(next.revisions).toEqual([]);
  });

  it('returns the same script when nothing changed', () => {
    const script = newScriptFromTemplate('check-in', T0);
    expect(editScriptContent(script, { body: script.body }, at(1))).toBe(script);
  });

  it('keeps at most LIMITS.revisionsPerScript, dropping the oldest', () => {
    let script = newScriptFromTemplate('custom', T0);
    for (let i = 1; i <= LIMITS.revisionsPerScript + 5; i++) {
      script = editScriptContent(script, { body: `version ${i}` }, at(i * REVISION_INTERVAL_MS));
    }
    expect(script.revisions).toHaveLength(LIMITS.revisionsPerScript);
    expect(script.revisions[0]?.body).toBe(`version ${LIMITS.revisionsPerScript + 4}`);
    expect(script.revisions.at(-1)?.body).toBe('version 5');
  });

  it('restores: the current version becomes a revision and the chosen one current', () => {
    let script = newScriptFromTemplate('custom', T0);
    script = editScriptContent(script, { body: 'one' }, at(REVISION_INTERVAL_MS));
    script = editScriptContent(script, { body: 'two' }, at(2 * REVISION_INTERVAL_MS));
    expect(script.revisions.map((r) => r.body)).toEqual(['one', newScriptFromTemplate('custom', T0).body]);
    const restored = restoreRevision(script, 0, at(3 * REVISION_INTERVAL_MS));
    expect(restored.body).toBe('one');
    expect(restored.revisions.map((r) => r.body)).toEqual(['two', newScriptFromTemplate('custom', T0).body]);
    expect(restoreRevision(script, 9, T0)).toBe(script);
  });
});
