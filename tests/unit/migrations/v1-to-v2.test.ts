import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '@shared/migrations';
import { v1ToV2 } from '@shared/migrations/v1-to-v2';
import { Plan } from '@shared/plan';

const FIXTURES = join(__dirname, '../../fixtures/plans');
const v1 = (name: string) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Record<string, unknown>;

describe('v1ToV2 (real version-1 files written by the app before schema 2)', () => {
  for (const name of ['v1-sample.json', 'v1-full.json']) {
    it(`${name}: migrates to a valid schema-2 plan that keeps every version-1 value`, () => {
      const before = v1(name);
      expect(before.schemaVersion).toBe(1);
      const parsed = Plan.safeParse(v1ToV2(before));
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      const after = parsed.data!;
      expect(after.schemaVersion).toBe(2);
      // Nothing of version 1 is lost or changed: the v2 plan, less its new fields, is the v1 file.
      const strip = (plan: Plan) => ({
        ...plan,
        schemaVersion: 1,
        offers: plan.offers.map(({ extensions: _e, fromDreamRoleId: _f, response: _r, respondedOn: _o, ...o }) => o),
        dreamRoles: plan.dreamRoles.map(({ appliedOn: _a, stageHistory: _s, offerId: _o, withdrawnOn: _w, ...r }) => ({
          ...r,
          timeline: { stated: r.timeline.stated, expectedDecisionOn: r.timeline.expectedDecisionOn },
          callLog: r.callLog.map(({ spokeWith: _w2, interest: _i, urgency: _u, newExpectedDecisionOn: _n, ...c }) => c),
        })),
      });
      expect(strip(after)).toEqual(before);
    });
  }

  it('seeds each stage history with the current stage on the day the plan was created, and claims nothing else', () => {
    const after = Plan.parse(v1ToV2(v1('v1-full.json')));
    expect(after.createdAt.slice(0, 10)).toBe('2026-11-20');
    for (const role of after.dreamRoles) {
      expect(role.stageHistory).toEqual([{ stage: role.stage, on: '2026-11-20' }]);
      expect([role.appliedOn, role.offerId, role.withdrawnOn, role.timeline.history]).toEqual([null, null, null, []]);
      for (const call of role.callLog) expect([call.spokeWith, call.interest, call.urgency, call.newExpectedDecisionOn]).toEqual(['', null, null, null]);
    }
    for (const offer of after.offers) expect([offer.extensions, offer.fromDreamRoleId, offer.response, offer.respondedOn]).toEqual([[], null, 'open', null]);
  });

  it('does not change its input, and runs through the migration chain once', () => {
    const before = v1('v1-full.json');
    const copy = structuredClone(before);
    const once = migrate(before);
    expect(before).toEqual(copy);
    expect(migrate(once)).toEqual(once);
  });

  it('leaves what it cannot read for the schema to refuse, rather than inventing it', () => {
    const broken = v1ToV2({ schemaVersion: 1, createdAt: 'not a date', offers: 'none', dreamRoles: [null, { stage: 'applied', callLog: 'x' }] });
    expect(broken).toMatchObject({ schemaVersion: 2, offers: 'none', dreamRoles: [null, { stageHistory: [], callLog: 'x' }] });
    expect(Plan.safeParse(broken).success).toBe(false);
  });
});
