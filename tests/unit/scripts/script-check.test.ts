import { describe, expect, it } from 'vitest';
import { Plan } from '@shared/plan';
import { samplePlan } from '@shared/sample-plan';
import { addScript, assignScriptToRole, deleteScript, updateScript } from '@shared/scripts/plan-scripts';
import { scriptCheck } from '@shared/scripts/script-check';
import { newScriptFromTemplate, TEMPLATES } from '@shared/scripts/templates';

const NOW = new Date('2026-03-02T09:00:00Z');

describe('scriptCheck', () => {
  it('is complete when every placeholder has a value for the role', () => {
    const plan = samplePlan(NOW);
    expect(scriptCheck(plan.scripts[0], plan.dreamRoles[0]!, plan, NOW)).toEqual({
      complete: true,
      reason: 'The script “Call to my first choice” is filled for this role.',
    });
  });

  it('names empty and unknown placeholders, and a missing script', () => {
    const plan = samplePlan(NOW);
    const role = { ...plan.dreamRoles[0]!, contacts: [] };
    const script = { ...plan.scripts[0]!, body: `${plan.scripts[0]!.body} {{compnay}}` };
    const check = scriptCheck(script, role, plan, NOW);
    expect(check.complete).toBe(false);
    expect(check.reason).toBe('The script “Call to my first choice” has no value yet for {{contact_name}} and unknown placeholder {{compnay}}.');
    expect(scriptCheck(undefined, role, plan, NOW)).toEqual({ complete: false, reason: 'No script chosen for this role yet.' });
  });
});

describe('templates and the script list', () => {
  it('copies a template: editing the copy leaves the template alone', () => {
    const copy = newScriptFromTemplate('leverage-call', NOW);
    copy.branches.greenLight.say = 'changed';
    expect(TEMPLATES['leverage-call'].branches.greenLight.say).not.toBe('changed');
    expect(copy.revisions).toEqual([]);
    expect(Object.isFrozen(TEMPLATES)).toBe(true);
  });

  it('adds, assigns and deletes scripts keeping the plan valid', () => {
    let plan = samplePlan(NOW);
    const script = newScriptFromTemplate('check-in', NOW);
    plan = addScript(plan, script);
    plan = assignScriptToRole(plan, plan.dreamRoles[1]!.id, script.id);
    expect(plan.dreamRoles[1]?.scriptId).toBe(script.id);
    plan = updateScript(plan, script.id, (s) => ({ ...s, name: 'Harbor check-in' }));
    expect(plan.scripts[1]?.name).toBe('Harbor check-in');
    expect(Plan.safeParse(plan).success).toBe(true);
    plan = deleteScript(plan, script.id);
    expect(plan.dreamRoles[1]?.scriptId).toBeNull();
    expect(Plan.safeParse(plan).success).toBe(true);
    expect(assignScriptToRole(plan, plan.dreamRoles[1]!.id, script.id)).toBe(plan);
  });
});
