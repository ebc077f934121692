/**
 * One honesty rule everywhere: over generated plans and moments, the board's
 * readiness (script item), the script check the editor shows and the call
 * sheet (which the call pack and the PDF print) give the same verdict on
 * every dream role's script.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeBoard } from '@shared/board';
import { roleReadiness } from '@shared/board/readiness';
import { heldOffer } from '@shared/offers/held-offer';
import { honestyCheck } from '@shared/scripts/honesty';
import { TEMPLATES } from '@shared/scripts/templates';
import { samplePlan } from '@shared/sample-plan';
import { callSheetData } from '../../../renderer/src/features/callsheet/call-sheet-model';
import { planAndNowArbitrary } from '../arbitraries/plan-arbitrary';

describe('one honesty verdict: board, script check, call sheet', () => {
  it('agree on every role’s script over generated plans', () => {
    fc.assert(
      fc.property(planAndNowArbitrary, ({ plan, now }) => {
        const board = computeBoard(plan, { now, locale: 'en-US' });
        const held = heldOffer(plan, now).held;
        for (const role of plan.dreamRoles) {
          const script = plan.scripts.find((s) => s.id === role.scriptId);
          const card = board.roles.find((r) => r.roleId === role.id)!;
          const item = card.readiness.items.find((i) => i.key === 'script')!;
          const direct = roleReadiness(role, plan, now).items.find((i) => i.key === 'script')!;
          expect(direct).toEqual(item);
          const sheet = callSheetData(plan, board, role.id, now, 'UTC')!;
          if (!script) {
            expect(item.ok).toBe(false);
            expect(sheet.source.kind).toBe('template');
            continue;
          }
          const verdict = honestyCheck(script, plan, now);
          // Board: refused with the honesty reason exactly when the script check refuses.
          if (!verdict.allowed) expect(item).toMatchObject({ ok: false, reason: verdict.reason });
          else expect(item.ok).toBe(script.body.trim() !== '');
          if (script.body.trim()) {
            expect(sheet.source.kind === 'blocked').toBe(!verdict.allowed);
            if (!verdict.allowed) {
              const why = verdict.suggestion === 'check-in' ? verdict.hold.reason : verdict.reason;
              expect(sheet.source.kind === 'blocked' && sheet.source.reason).toContain(why);
            }
          }
          // What the sheet prints in place of a script is itself honest now.
          if (sheet.source.kind !== 'own') {
            const printed = sheet.source.name === TEMPLATES['check-in'].name ? TEMPLATES['check-in'] : TEMPLATES['leverage-call'];
            expect(honestyCheck(printed, plan, now).allowed).toBe(true);
          }
          // With no offer held, no leverage script is ever usable anywhere.
          if (!held && script.kind === 'leverage-call') {
            expect(item.ok).toBe(false);
            expect(sheet.source.kind === 'own').toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('after the deadline the sheet prints the check-in, not “0 days from today” (finding 1)', () => {
    const now = new Date('2026-03-02T09:00:00Z');
    const plan = samplePlan(now);
    const later = new Date(new Date(plan.offers[0]!.deadline!).getTime() + 3_600_000);
    const board = computeBoard(plan, { now: later, locale: 'en-US' });
    const role = plan.dreamRoles[0]!;
    const sheet = callSheetData(plan, board, role.id, later, 'America/New_York')!;
    expect(sheet.source).toMatchObject({ kind: 'blocked', name: TEMPLATES['check-in'].name });
    expect(sheet.source.kind === 'blocked' && sheet.source.reason).toMatch(/deadline has passed/);
    const printed = sheet.script.map((p) => p.text).join('');
    expect(printed).not.toMatch(/offer|days from today|0 days/);
    expect(sheet.goal).toMatch(/without mentioning any offer/);
    expect(sheet.planB?.notHeld).toMatch(/deadline has passed/);
    expect(roleReadiness(role, plan, later).items.find((i) => i.key === 'script')).toMatchObject({ ok: false, reason: expect.stringMatching(/deadline has passed/) });
  });

  it('a custom script that claims an offer is refused by the board too, not only leverage calls', () => {
    const now = new Date('2026-03-02T09:00:00Z');
    const base = samplePlan(now);
    const plan = { ...base, offers: [], scripts: base.scripts.map((s) => ({ ...s, kind: 'custom' as const, body: "I've been offered a senior role at another company." })) };
    const item = roleReadiness(plan.dreamRoles[0]!, plan, now).items.find((i) => i.key === 'script');
    expect(item).toMatchObject({ ok: false, reason: expect.stringMatching(/tells the employer you hold an offer/) });
  });
});
