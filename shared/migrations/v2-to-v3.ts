/**
 * Schema 2 → 3: compensation as offers are written (shared/compensation).
 * Pure: the input is not changed. Today's four yearly numbers become the
 * equivalent detailed fields, so every total is the same after migrating:
 *
 * - `base` → a yearly base of that amount;
 * - `bonus` → a bonus of that amount, expected to pay out in full (100 %);
 * - `signOn` → one instalment of that amount in the first month, clawback
 *   terms not known (null), so nothing is claimed about paying it back;
 * - `equityPerYear` E → a grant of 4 × E vesting evenly over 4 years with no
 *   cliff and no refresher, counted at 100 %: exactly E in each of years 1–4;
 * - relocation and benefits, which version 2 did not have, are 0;
 * - each record's currency is the plan's one currency, which becomes the
 *   display currency; there are no exchange rates yet; "vs Plan B" compares
 *   the first year, as version 2 did first.
 *
 * `null` ("not known yet") stays null in the new field.
 *
 * Calls get their own `notes`: version 2's call mode kept its notes inside
 * `timingSaid`, after a line starting "Notes: "; they move out, so the
 * timing words are only the timing words again. Calls without that line get
 * empty notes. The mapping is
 * written out here rather than calling the current model, so later changes
 * to the model cannot change what this migration did.
 */
type Doc = Record<string, unknown>;

function mapObjects(value: unknown, change: (item: Doc) => Doc): unknown {
  return Array.isArray(value) ? value.map((item: unknown) => (item && typeof item === 'object' && !Array.isArray(item) ? change(item as Doc) : item)) : value;
}

const known = (v: unknown): unknown => (v === undefined ? null : v);

function compensation(value: unknown, currency: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const { base, bonus, signOn, equityPerYear, ...rest } = value as Doc;
  const equity = known(equityPerYear);
  return {
    ...rest,
    currency,
    base: { amount: known(base), period: 'yearly', paymentsPerYear: 12 },
    bonus: { kind: 'amount', value: known(bonus), expectedPayoutPercent: 100 },
    signOn: { instalments: [{ amount: known(signOn), month: 0 }], clawbackMonths: null, clawback: 'pro-rata' },
    equity: {
      grantValue: typeof equity === 'number' ? equity * 4 : equity,
      units: null,
      pricePerUnit: null,
      vestingYears: 4,
      cliffMonths: 0,
      schedule: 'even',
      customPercents: [],
      refresherPerYear: 0,
      countAtPercent: 100,
    },
    relocation: 0,
    benefitsPerYear: 0,
  };
}

const NOTES_MARK = /(?:^|\n)Notes: /;

function callWithNotes(call: Doc): Doc {
  const said = typeof call.timingSaid === 'string' ? call.timingSaid : '';
  const mark = NOTES_MARK.exec(said);
  if (!mark) return { ...call, notes: '' };
  return { ...call, timingSaid: said.slice(0, mark.index), notes: said.slice(mark.index + mark[0].length) };
}

export function v2ToV3(doc: Doc): Doc {
  const situation = doc.situation && typeof doc.situation === 'object' ? (doc.situation as Doc) : null;
  const currency = situation?.currency;
  return {
    ...doc,
    schemaVersion: 3,
    situation: situation ? { ...situation, rates: [], compareOn: 'first-year' } : doc.situation,
    offers: mapObjects(doc.offers, (o) => ({ ...o, compensation: compensation(o.compensation, currency) })),
    dreamRoles: mapObjects(doc.dreamRoles, (r) => ({
      ...r,
      estimatedCompensation: compensation(r.estimatedCompensation, currency),
      callLog: mapObjects(r.callLog, callWithNotes),
    })),
  };
}
