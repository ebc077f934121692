import { describe, expect, it } from 'vitest';
import { withFirstScripts } from '@shared/guided/first-scripts';
import { offer, plan, role } from '../board/fixtures';

const NOW = new Date('2026-11-25T12:00:00Z');

describe('withFirstScripts', () => {
  it('gives open roles without a script the leverage call while an offer is held, once', () => {
    const a = role({ scriptId: null });
    const b = role({ scriptId: null });
    const closed = role({ scriptId: null, stage: 'closed' });
    const next = withFirstScripts(plan({ offers: [offer()], dreamRoles: [a, b, closed], scripts: [] }), NOW);
    expect(next.scripts.map((s) => s.kind)).toEqual(['leverage-call']);
    expect(next.dreamRoles.map((r) => r.scriptId)).toEqual([next.scripts[0]!.id, next.scripts[0]!.id, null]);
    expect(withFirstScripts(next, NOW)).toBe(next);
  });

  it('gives a check-in, never a leverage call, without a held offer', () => {
    const next = withFirstScripts(plan({ offers: [], dreamRoles: [role({ scriptId: null })], scripts: [] }), NOW);
    expect(next.scripts.map((s) => s.kind)).toEqual(['check-in']);
    const lapsed = withFirstScripts(plan({ offers: [offer({ deadline: '2026-11-20T17:00:00Z' })], dreamRoles: [role({ scriptId: null })], scripts: [] }), NOW);
    expect(lapsed.scripts.map((s) => s.kind)).toEqual(['check-in']);
  });
});
