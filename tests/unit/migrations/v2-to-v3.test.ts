import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compensationYears } from '@shared/compensation';
import { migrate } from '@shared/migrations';
import { v1ToV2 } from '@shared/migrations/v1-to-v2';
import { v2ToV3 } from '@shared/migrations/v2-to-v3';
import { Plan } from '@shared/plan';

const FIXTURES = join(__dirname, '../../fixtures/plans');
const file = (name: string) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Record<string, unknown>;

type Four = { base: number | null; bonus: number | null; signOn: number | null; equityPerYear: number | null };
/** Version 2's totals, as its board computed them: first year = the four parts, after year one = all but the sign-on. */
function v2Totals(c: Four) {
  const sum = (ks: (keyof Four)[]) => ({ amount: ks.reduce((a, k) => a + (c[k] ?? 0), 0), known: ks.every((k) => c[k] !== null) });
  return { firstYear: sum(['base', 'bonus', 'signOn', 'equityPerYear']), ongoing: sum(['base', 'bonus', 'equityPerYear']) };
}

describe('v2ToV3 (real version-1 and version-2 files, via v1 → v2 → v3)', () => {
  const cases: [string, () => Record<string, unknown>][] = [
    ['v1-sample.json', () => v1ToV2(file('v1-sample.json'))],
    ['v1-full.json', () => v1ToV2(file('v1-full.json'))],
    ['v2-sample.json', () => file('v2-sample.json')],
    ['v2-full.json', () => file('v2-full.json')],
  ];
  for (const [name, load] of cases) {
    it(`${name}: a valid schema-3 plan whose every total is unchanged, and nothing else changed`, () => {
      const before = load() as unknown as { situation: { currency: string }; offers: { compensation: Four }[]; dreamRoles: { estimatedCompensation: Four }[] };
      expect((before as unknown as { schemaVersion: number }).schemaVersion).toBe(2);
      const parsed = Plan.safeParse(v2ToV3(before as unknown as Record<string, unknown>));
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      const after = parsed.data!;
      expect([after.schemaVersion, after.situation.rates, after.situation.compareOn]).toEqual([3, [], 'first-year']);
      const pairs: [Four, Plan['offers'][number]['compensation']][] = [
        ...before.offers.map((o, i) => [o.compensation, after.offers[i]!.compensation] as [Four, Plan['offers'][number]['compensation']]),
        ...before.dreamRoles.map((r, i) => [r.estimatedCompensation, after.dreamRoles[i]!.estimatedCompensation] as [Four, Plan['offers'][number]['compensation']]),
      ];
      expect(pairs.length).toBeGreaterThan(0);
      for (const [old, now] of pairs) {
        const was = v2Totals(old);
        const { years } = compensationYears(now);
        expect(now.currency).toBe(before.situation.currency);
        expect({ amount: years[0]!.amount, known: years[0]!.missing.length === 0 }).toEqual(was.firstYear);
        for (const y of years.slice(1)) expect({ amount: y.amount, known: y.missing.length === 0 }).toEqual(was.ongoing);
      }
      // Everything outside compensation is as it was.
      const strip = (p: Record<string, unknown>) => JSON.parse(JSON.stringify(p, (k, v) => (k === 'compensation' || k === 'estimatedCompensation' || k === 'rates' || k === 'compareOn' || k === 'schemaVersion' ? undefined : v)));
      // Calls gain empty notes (none of these calls was made in call mode); nothing else about them changes.
      const calls = after.dreamRoles.flatMap((r) => r.callLog);
      expect(calls.map((c) => c.notes)).toEqual(calls.map(() => ''));
      const withoutCallNotes = { ...after, dreamRoles: after.dreamRoles.map((r) => ({ ...r, callLog: r.callLog.map(({ notes: _n, ...c }) => c) })) };
      expect(strip(withoutCallNotes as unknown as Record<string, unknown>)).toEqual(strip(before as unknown as Record<string, unknown>));
    });
  }

  it('moves the notes version 2\'s call mode kept inside "what they said about timing" into the call\'s own notes', () => {
    const before = file('v2-full.json') as { dreamRoles: { callLog: { timingSaid: string }[] }[] };
    const [first, second] = before.dreamRoles.filter((r) => r.callLog.length > 0);
    first!.callLog[0]!.timingSaid = 'by next Friday\nNotes: Dana is keen; team still interviewing.\nAsked about remote.';
    second!.callLog[0]!.timingSaid = 'Notes: left a voicemail';
    const after = Plan.parse(v2ToV3(before as unknown as Record<string, unknown>));
    const [a, b] = after.dreamRoles.filter((r) => r.callLog.length > 0).map((r) => r.callLog[0]!);
    expect([a!.timingSaid, a!.notes]).toEqual(['by next Friday', 'Dana is keen; team still interviewing.\nAsked about remote.']);
    expect([b!.timingSaid, b!.notes]).toEqual(['', 'left a voicemail']);
  });

  it('keeps "not known yet" as not known, and does not change its input; the chain migrates v1 to 3 once', () => {
    const before = file('v2-full.json');
    const copy = structuredClone(before);
    const after = Plan.parse(v2ToV3(before));
    expect(before).toEqual(copy);
    const unknown = after.offers.find((o) => o.company === 'Old Offer Co')!.compensation;
    expect([unknown.base.amount, unknown.bonus.value, unknown.signOn.instalments[0]!.amount, unknown.equity.grantValue]).toEqual([null, null, null, null]);
    const chained = migrate(file('v1-full.json'));
    expect(chained.schemaVersion).toBe(3);
    expect(migrate(chained)).toEqual(chained);
  });
});
