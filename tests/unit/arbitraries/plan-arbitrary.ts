/**
 * fast-check arbitraries of valid plans, rich enough to reach the corners the
 * board and the scripts must agree on: no offer, an incomplete or lapsed
 * Plan B, verbal and written offers, blank or broken deadline zones, dream
 * roles at every stage with call logs (including calls in the same minute),
 * likelihoods that are missing or do not sum to 1, weights of 0, partial
 * scores and scripts of every kind; offers extended (pending, granted,
 * declined), answered (at most one accepted) and made by a dream role; calls
 * with signals and new expected dates; stage histories. Every generated plan passes the zod
 * `Plan` schema (asserted by plan-arbitrary.test.ts), so a property that fails
 * points at the logic, never at an impossible input.
 *
 * Times cluster around one anchor instant so deadlines, decision dates, calls
 * and `now` land near each other (same day, weekend, just passed, just ahead).
 */
import fc from 'fast-check';
import { compensationArbitrary } from './compensation-arbitrary';
import {
  CURRENT_SCHEMA_VERSION,
  EXTENSION_ANSWERS,
  OUTCOMES,
  SCRIPT_KINDS,
  STAGES,
  WALK_AWAY_ANSWERS,
  type Call,
  type Compensation,
  type Contact,
  type Criterion,
  type DreamRole,
  type Offer,
  type Plan,
  type Script,
} from '@shared/plan';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Anchors spread over two years (incl. both daylight-saving changes), at any hour. */
const ANCHOR_MIN = Date.UTC(2026, 0, 1);
const ANCHOR_MAX = Date.UTC(2027, 11, 31);

/** A stable, readable, valid v4 UUID per kind and index, so ids are unique by construction. */
function uuid(kind: number, index: number): string {
  return `00000000-0000-4000-8${String(kind).padStart(3, '0')}-${String(index).padStart(12, '0')}`;
}
const KIND = { plan: 1, offer: 2, role: 3, contact: 4, call: 5, criterion: 6, script: 7, extension: 8 } as const;

/** Offsets in minutes that real deadlines are given in (incl. half and quarter hours). */
const OFFSETS = [-480, -420, -300, -240, 0, 60, 120, 330, 345, 540];
/**
 * Recorded zones: real ones and blank ("zone unknown"). The schema refuses any
 * other text; a file that holds one is repaired to blank when it is read.
 */
const ZONES = ['America/Los_Angeles', 'America/New_York', 'America/Chicago', 'Europe/Berlin', 'Europe/London', 'Asia/Kolkata', 'Asia/Tokyo', 'UTC', '', ''];

/** `ms` as ISO with the given offset, e.g. `2026-12-02T17:00:00-05:00` (whole seconds, as the app writes). */
export function isoWithOffset(ms: number, offsetMinutes: number): string {
  const local = new Date(Math.floor(ms / 1000) * 1000 + offsetMinutes * 60_000).toISOString().slice(0, 19);
  if (offsetMinutes === 0) return `${local}Z`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** An instant within `spanDays` of the anchor, at a minute boundary. */
const near = (anchor: number, beforeDays: number, afterDays: number) =>
  fc.integer({ min: -beforeDays * 24 * 60, max: afterDays * 24 * 60 }).map((m) => anchor + m * 60_000);

// Offers in the display currencies the plan arbitrary picks, plus CHF (converted with a rate, or without one).
const compensation: fc.Arbitrary<Compensation> = compensationArbitrary(['USD', 'EUR', 'GBP', 'JPY', 'CHF']);

const scoresFor = (criteria: Criterion[]) =>
  fc
    .array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), { minLength: criteria.length, maxLength: criteria.length })
    .map((values) => Object.fromEntries(values.flatMap((v, i) => (v === undefined ? [] : [[criteria[i]!.id, v]])))) as fc.Arbitrary<Record<string, number>>;

const CRITERIA_NAMES = ['Compensation', 'Growth', 'Team', 'Mission', 'Location', 'Stability', 'Commute', 'Learning'];
const criteriaArb: fc.Arbitrary<Criterion[]> = fc
  .array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10 }), fc.double({ min: 0, max: 10, noNaN: true })), { maxLength: 8 })
  .map((weights) => weights.map((weight, i) => ({ id: uuid(KIND.criterion, i), name: CRITERIA_NAMES[i]!, weight })));

const COMPANIES = ['Northwind', 'Contoso', 'Fabrikam', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Acme', ''];
const company = fc.constantFrom(...COMPANIES);
const roleName = fc.constantFrom('Engineer', 'Senior Engineer', 'Staff Engineer', 'Product Manager', 'Designer', '');

function offerArb(index: number, anchor: number, criteria: Criterion[]): fc.Arbitrary<Offer> {
  return fc
    .record({
      company,
      role: roleName,
      received: fc.option(near(anchor, 30, 0), { nil: null, freq: 5 }),
      form: fc.constantFrom('written', 'verbal'),
      deadline: fc.option(near(anchor, 10, 10), { nil: null, freq: 5 }),
      offset: fc.constantFrom(...OFFSETS),
      zone: fc.constantFrom(...ZONES),
      compensation,
      start: fc.option(near(anchor, 0, 90), { nil: null }),
      liveability: fc.record({
        answer: fc.constantFrom('unanswered', 'yes', 'unsure', 'no'),
        dealBreakers: fc.constantFrom('', 'No relocation.'),
      }),
      scores: scoresFor(criteria),
      extensions: fc.array(
        fc.record({ asked: near(anchor, 10, 0), answer: fc.constantFrom(...EXTENSION_ANSWERS), moreDays: fc.integer({ min: 1, max: 10 }), at: near(anchor, 5, 15) }),
        { maxLength: 2 },
      ),
      response: fc.constantFrom('open', 'open', 'open', 'accepted', 'declined'),
      respondedAfter: fc.integer({ min: 0, max: 5 }),
    })
    .map((o) => ({
      id: uuid(KIND.offer, index),
      isPlanB: false,
      company: o.company,
      role: o.role,
      receivedOn: o.received === null ? null : isoDate(o.received),
      form: o.form,
      deadline: o.deadline === null ? null : isoWithOffset(o.deadline, o.offset),
      deadlineTimeZone: o.zone,
      // A granted extension is later than the original deadline, as the schema demands.
      extensions: o.extensions.map((e, j) => ({
        id: uuid(KIND.extension, index * 10 + j),
        askedOn: isoDate(e.asked),
        answer: e.answer,
        newDeadline: e.answer !== 'granted' ? null : isoWithOffset(o.deadline === null ? e.at : o.deadline + e.moreDays * DAY, o.offset),
        note: '',
      })),
      fromDreamRoleId: null,
      response: o.response,
      respondedOn: o.response === 'open' ? null : isoDate(anchor - o.respondedAfter * DAY),
      compensation: o.compensation,
      startDate: o.start === null ? null : isoDate(o.start),
      location: '',
      notes: '',
      liveability: o.liveability,
      scores: o.scores,
    }));
}

const likelihood = fc.oneof(fc.constant(null), fc.constantFrom(0, 0.1, 0.25, 0.5, 1), fc.double({ min: 0, max: 1, noNaN: true }));

function contactsArb(roleIndex: number): fc.Arbitrary<Contact[]> {
  return fc
    .array(
      fc.record({
        name: fc.constantFrom('Dana Lee', 'Sam Ortiz', '', 'Priya Nair'),
        title: fc.constantFrom('Recruiter', 'Hiring manager', ''),
        phone: fc.constantFrom('', '+1 555 0100'),
        email: fc.constantFrom('', 'dana@example.com'),
        isWhoToCall: fc.boolean(),
      }),
      { maxLength: 3 },
    )
    .map((cs) => cs.map((c, i) => ({ id: uuid(KIND.contact, roleIndex * 100 + i), ...c })));
}

function callLogArb(roleIndex: number, anchor: number): fc.Arbitrary<Call[]> {
  return fc
    .array(
      fc.record({
        at: near(anchor, 20, 2),
        // A repeat of the previous call's minute: same-minute calls must order by entry.
        sameMinute: fc.boolean(),
        offset: fc.constantFrom(...OFFSETS),
        outcome: fc.constantFrom(...OUTCOMES),
        timingSaid: fc.constantFrom('', 'Decision end of next week.', 'They will know by Friday.'),
        notes: fc.constantFrom('', 'Team still interviewing; keen on my platform work.'),
        nextStep: fc.constantFrom('', 'Call back Tuesday.'),
        followUp: fc.option(near(anchor, 0, 14), { nil: null }),
        spokeWith: fc.constantFrom('', 'Dana Lee'),
        interest: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
        urgency: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
        newExpectedIn: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
      }),
      { maxLength: 4 },
    )
    .map((calls) => {
      let previous: number | null = null;
      return calls.map((c, i) => {
        const at: number = c.sameMinute && previous !== null ? previous : c.at;
        previous = at;
        return {
          id: uuid(KIND.call, roleIndex * 1000 + i),
          at: isoWithOffset(at, c.offset),
          outcome: c.outcome,
          timingSaid: c.timingSaid,
          notes: c.notes,
          nextStep: c.nextStep,
          followUpOn: c.followUp === null ? null : isoDate(c.followUp),
          spokeWith: c.spokeWith,
          interest: c.interest,
          urgency: c.urgency,
          newExpectedDecisionOn: c.newExpectedIn === null ? null : isoDate(at + c.newExpectedIn * DAY),
        };
      });
    });
}

function dreamRoleArb(index: number, anchor: number, criteria: Criterion[], scriptIds: string[]): fc.Arbitrary<DreamRole> {
  return fc
    .record({
      company,
      role: roleName,
      priority: fc.integer({ min: 1, max: 9 }),
      stage: fc.constantFrom(...STAGES),
      contacts: contactsArb(index),
      stated: fc.constantFrom('', 'Decision end of next week.'),
      expected: fc.option(near(anchor, 10, 20), { nil: null }),
      estimatedCompensation: compensation,
      scores: scoresFor(criteria),
      walkAwayAnswer: fc.constantFrom(...WALK_AWAY_ANSWERS),
      likelihoods: fc.record({ immediateOffer: likelihood, nonAnswer: likelihood, greenLight: likelihood }),
      scriptId: scriptIds.length ? fc.option(fc.constantFrom(...scriptIds), { nil: null }) : fc.constant(null),
      callLog: callLogArb(index, anchor),
      applied: fc.option(near(anchor, 60, 0), { nil: null }),
      inStageFor: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
      withdrawn: fc.boolean(),
    })
    .map((r) => ({
      id: uuid(KIND.role, index),
      company: r.company,
      role: r.role,
      priority: r.priority,
      stage: r.stage,
      contacts: r.contacts,
      timeline: { stated: r.stated, expectedDecisionOn: r.expected === null ? null : isoDate(r.expected), history: [] },
      estimatedCompensation: r.estimatedCompensation,
      scores: r.scores,
      walkAwayAnswer: r.walkAwayAnswer,
      likelihoods: r.likelihoods,
      scriptId: r.scriptId,
      callLog: r.callLog,
      notes: '',
      appliedOn: r.applied === null ? null : isoDate(r.applied),
      stageHistory: r.inStageFor === null ? [] : [{ stage: r.stage, on: isoDate(anchor - r.inStageFor * DAY) }],
      offerId: null,
      withdrawnOn: r.withdrawn && r.stage === 'closed' ? isoDate(anchor) : null,
    }));
}

/** Script bodies: honest, claiming, denying, hypothetical, with broken placeholders. */
const SCRIPT_BODIES = [
  'Hi {{contact_name}}, it is {{my_name}}. Could you tell me where the decision on the {{role}} role stands?',
  'I have received an offer from another company and must answer by {{deadline}}.',
  "I've been offered a senior role at another company.",
  'I do not have any offer yet, but {{company}} is my first choice.',
  'If I get an offer elsewhere, I will let you know.',
  'I hold a written offer and must answer by {{deadline}}, {{time_left}}.',
  'I would love an offer from you!',
  'Hello {{company}, thanks for your time.',
  '',
];
const branch = fc.record({ say: fc.constantFrom('', 'Thank you.', 'I have another offer on the table.'), nextSteps: fc.constantFrom('', 'Log the call.') });

function scriptsArb(anchor: number): fc.Arbitrary<Script[]> {
  return fc
    .array(
      fc.record({
        kind: fc.constantFrom(...SCRIPT_KINDS),
        body: fc.constantFrom(...SCRIPT_BODIES),
        branches: fc.record({ immediateOffer: branch, nonAnswer: branch, greenLight: branch }),
        updated: near(anchor, 30, 0),
      }),
      { maxLength: 6 },
    )
    .map((ss) =>
      ss.map((s, i) => ({
        id: uuid(KIND.script, i),
        name: `Script ${i + 1}`,
        kind: s.kind,
        body: s.body,
        branches: s.branches,
        revisions: [],
        updatedAt: new Date(s.updated).toISOString(),
      })),
    );
}

/** Which of the generated offers (if any) is Plan B: at most one, as the schema demands; at most one accepted too. */
function markPlanB(offers: Offer[], pick: number | null): Offer[] {
  const firstAccepted = offers.findIndex((o) => o.response === 'accepted');
  return offers.map((o, i) => ({
    ...o,
    isPlanB: pick !== null && i === pick % offers.length,
    ...(o.response === 'accepted' && i !== firstAccepted ? { response: 'declined' as const } : {}),
  }));
}

/** Links the first offer to the first dream role (both ways) when asked: a dream role's offer recorded as an offer. */
function linkRoleOffer(offers: Offer[], roles: DreamRole[], link: boolean): { offers: Offer[]; roles: DreamRole[] } {
  const [offer] = offers;
  const [role] = roles;
  if (!link || !offer || !role) return { offers, roles };
  return {
    offers: offers.map((o, i) => (i === 0 ? { ...o, fromDreamRoleId: role.id } : o)),
    roles: roles.map((r, i) => (i === 0 ? { ...r, offerId: offer.id, stage: 'offer' as const } : r)),
  };
}

/** The anchor a plan was generated around; `nowArbitrary` uses it. */
const ANCHORS = new WeakMap<Plan, number>();

export const planArbitrary: fc.Arbitrary<Plan> = fc
  .integer({ min: ANCHOR_MIN / 60_000, max: ANCHOR_MAX / 60_000 })
  .map((m) => m * 60_000)
  .chain((anchor) =>
    fc
      .record({ criteria: criteriaArb, scripts: scriptsArb(anchor) })
      .chain(({ criteria, scripts }) =>
        fc.record({
          anchor: fc.constant(anchor),
          criteria: fc.constant(criteria),
          scripts: fc.constant(scripts),
          offers: fc.integer({ min: 0, max: 2 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => offerArb(i, anchor, criteria)))),
          planBPick: fc.option(fc.integer({ min: 0, max: 1 }), { nil: null, freq: 4 }),
          dreamRoles: fc
            .integer({ min: 0, max: 8 })
            .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => dreamRoleArb(i, anchor, criteria, scripts.map((s) => s.id))))),
          employment: fc.constantFrom('employed', 'unemployed'),
          userName: fc.constantFrom('', 'Alex Kim'),
          currency: fc.constantFrom('USD', 'EUR', 'GBP', 'JPY'),
          rates: fc.subarray([{ currency: 'CHF', rate: 1.13, takenOn: '2026-11-20' }, { currency: 'EUR', rate: 1.05, takenOn: '2026-11-18' }]),
          compareOn: fc.constantFrom('first-year' as const, 'four-year-average' as const),
          linkRoleOffer: fc.boolean(),
        }),
      ),
  )
  .map((g) => {
    const at = new Date(g.anchor - 40 * DAY).toISOString();
    const linked = linkRoleOffer(g.offers.length ? markPlanB(g.offers, g.planBPick) : [], g.dreamRoles, g.linkRoleOffer);
    const plan: Plan = {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      id: uuid(KIND.plan, 0),
      name: 'Generated plan',
      createdAt: at,
      updatedAt: at,
      revision: 0,
      situation: { employment: g.employment, userName: g.userName, currency: g.currency, rates: g.rates, compareOn: g.compareOn, notes: '' },
      offers: linked.offers,
      dreamRoles: linked.roles,
      criteria: g.criteria,
      scripts: g.scripts,
    };
    ANCHORS.set(plan, g.anchor);
    return plan;
  });

/** The instants worth testing for a plan: its deadlines and the moments either side of them. */
function keyInstants(plan: Plan): number[] {
  const out: number[] = [];
  for (const o of plan.offers) {
    if (o.deadline) out.push(new Date(o.deadline).getTime());
    for (const e of o.extensions) if (e.newDeadline) out.push(new Date(e.newDeadline).getTime());
  }
  for (const r of plan.dreamRoles) if (r.timeline.expectedDecisionOn) out.push(Date.parse(`${r.timeline.expectedDecisionOn}T12:00:00Z`));
  const anchor = ANCHORS.get(plan);
  if (anchor !== undefined) out.push(anchor);
  return out.length ? out : [ANCHOR_MIN];
}

/**
 * A `now` near the plan's deadlines: exactly at one, a minute or hours either
 * side, or a few days away (weekends included).
 */
export function nowArbitrary(plan: Plan): fc.Arbitrary<Date> {
  return fc
    .record({
      base: fc.constantFrom(...keyInstants(plan)),
      shift: fc.oneof(
        fc.constantFrom(0, -60_000, 60_000, -1, 1),
        fc.integer({ min: -72, max: 72 }).map((h) => h * HOUR),
        fc.integer({ min: -10 * 24 * 60, max: 10 * 24 * 60 }).map((m) => m * 60_000),
      ),
    })
    .map(({ base, shift }) => new Date(base + shift));
}

/** A plan and a `now` near its deadlines, for properties that need both. */
export const planAndNowArbitrary: fc.Arbitrary<{ plan: Plan; now: Date }> = planArbitrary.chain((plan) =>
  nowArbitrary(plan).map((now) => ({ plan, now })),
);
