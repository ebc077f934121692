/**
 * The plan: one job-search decision, stored as one JSON file.
 *
 * Every object is strict (unknown keys are errors, so a typo in a file or a
 * message is reported rather than silently dropped) and every string and list
 * is bounded (see LIMITS). Types are inferred from the schemas; nothing is
 * declared twice.
 */
import { z } from 'zod';
import { isValidTimeZone } from './board/zoned-date';
import { BASES } from './compensation/compare';
import { Compensation, CurrencyCode, ExchangeRate } from './compensation/model';
import { Id } from './ids';
import { LIMITS } from './limits';
import { IsoDate, IsoDateTime } from './time';

/** The schema version this build writes. Older files migrate; newer are refused. */
export const CURRENT_SCHEMA_VERSION = 3;

const shortText = z.string().trim().max(LIMITS.shortText);
const longText = z.string().max(LIMITS.longText);
const scriptText = z.string().max(LIMITS.scriptText);
/** An IANA time zone this runtime knows, or '' for "zone unknown". */
export const TimeZoneName = shortText.refine((zone) => zone === '' || isValidTimeZone(zone), {
  message: 'is not a time zone this app knows (use an IANA name such as Europe/Paris, or leave it empty)',
});

/** Score of one option against one criterion: 1 (poor) to 5 (excellent). */
export const Score = z.number().int().min(1).max(5);
/**
 * Scores by criterion id. A criterion with no entry is *unscored*, which the
 * board treats as missing, never as zero.
 */
export const Scores = z.record(Id, Score);

/** An offer's pay as it is written, in its own currency (see shared/compensation/README.md). */
export { Compensation };

export const Liveability = z.strictObject({
  /** "If no dream role comes through, can I live with this offer?" */
  answer: z.enum(['unanswered', 'yes', 'unsure', 'no']),
  dealBreakers: longText,
});

/** Asking an offer's employer for more time, and their answer. */
export const EXTENSION_ANSWERS = ['pending', 'granted', 'declined'] as const;
export const Extension = z.strictObject({
  id: Id,
  askedOn: IsoDate,
  answer: z.enum(EXTENSION_ANSWERS),
  /** The deadline they gave; required once granted, later than the original deadline. */
  newDeadline: IsoDateTime.nullable(),
  note: longText,
});
export type Extension = z.infer<typeof Extension>;

/** Where the user stands with an offer: still open, or answered. */
export const OFFER_RESPONSES = ['open', 'accepted', 'declined'] as const;

export const Offer = z.strictObject({
  id: Id,
  /** The Plan B offer is the one the user holds and may mention on calls. */
  isPlanB: z.boolean(),
  company: shortText,
  role: shortText,
  receivedOn: IsoDate.nullable(),
  form: z.enum(['written', 'verbal']),
  /**
   * When the user must answer the offer, as first given, as an instant with
   * its offset. Extensions never overwrite it: `currentDeadline` in
   * shared/offers reads the latest granted one.
   */
  deadline: IsoDateTime.nullable(),
  /** Requests for more time, oldest first. */
  extensions: z.array(Extension).max(LIMITS.extensionsPerOffer),
  /** The dream role whose offer this is, when it came from one. */
  fromDreamRoleId: Id.nullable(),
  response: z.enum(OFFER_RESPONSES),
  /** The day the user accepted or declined; null while open. */
  respondedOn: IsoDate.nullable(),
  /**
   * IANA zone the deadline was given in, for display and business days; ''
   * when unknown (resolveTimeZone then uses the deadline's own offset). Files
   * holding another text are repaired on load (shared/migrations/repair-zones.ts).
   */
  deadlineTimeZone: TimeZoneName,
  compensation: Compensation,
  startDate: IsoDate.nullable(),
  location: shortText,
  notes: longText,
  liveability: Liveability,
  scores: Scores,
});
export type Offer = z.infer<typeof Offer>;

export const Contact = z.strictObject({
  id: Id,
  name: shortText,
  title: shortText,
  phone: shortText,
  email: shortText,
  /** The one person to call about this role. */
  isWhoToCall: z.boolean(),
});
export type Contact = z.infer<typeof Contact>;

export const STAGES = [
  'applied',
  'screening',
  'interviewing',
  'final-round',
  'awaiting-decision',
  'offer',
  'closed',
] as const;
export const Stage = z.enum(STAGES);
export type Stage = z.infer<typeof Stage>;

/** The three answers a preferred employer can give to the call. */
export const OUTCOMES = ['immediate-offer', 'non-answer', 'green-light'] as const;
export const Outcome = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof Outcome>;

/** Decided before calling: if they cannot match my timeline, what do I do? */
export const WALK_AWAY_ANSWERS = ['undecided', 'accept-plan-b', 'ask-extension', 'keep-waiting'] as const;
export const WalkAwayAnswer = z.enum(WALK_AWAY_ANSWERS);
export type WalkAwayAnswer = z.infer<typeof WalkAwayAnswer>;

/** How a call sounded, 1–5; words for each step in shared/board/labels.ts. */
export const Signal = z.number().int().min(1).max(5).nullable();

const likelihood = z.number().finite().min(0).max(1).nullable();
/** The user's own guess of each outcome, 0–1 each; `null` means no guess. */
export const Likelihoods = z.strictObject({
  immediateOffer: likelihood,
  nonAnswer: likelihood,
  greenLight: likelihood,
});

export const Call = z.strictObject({
  id: Id,
  at: IsoDateTime,
  outcome: Outcome,
  /** What they said about timing, in the user's words. */
  timingSaid: longText,
  /** Anything else noted during or after the call (call mode's notes). */
  notes: longText,
  nextStep: longText,
  followUpOn: IsoDate.nullable(),
  /** Who answered, in the user's words (often the contact's name). */
  spokeWith: shortText,
  /** How interested they sounded: 1 cold … 5 keen. */
  interest: Signal,
  /** How urgent they sounded: 1 no hurry … 5 very urgent. */
  urgency: Signal,
  /** A new expected decision date they gave on this call; it moves the role's timeline. */
  newExpectedDecisionOn: IsoDate.nullable(),
});
export type Call = z.infer<typeof Call>;

export const DreamRole = z.strictObject({
  id: Id,
  company: shortText,
  role: shortText,
  /** 1 is the most wanted. Ties are allowed; call order breaks them. */
  priority: z.number().int().min(1).max(LIMITS.dreamRoles),
  stage: Stage,
  contacts: z.array(Contact).max(LIMITS.contactsPerRole),
  timeline: z.strictObject({
    /** Their stated timeline, as they said it ("decision end of next week"). */
    stated: longText,
    expectedDecisionOn: IsoDate.nullable(),
    /** Earlier expected decision dates, oldest first: each as it was until `changedOn`, and the call that moved it. */
    history: z
      .array(z.strictObject({ expectedDecisionOn: IsoDate.nullable(), changedOn: IsoDate, callId: Id.nullable() }))
      .max(LIMITS.historyPerRole),
  }),
  /** The day the user applied, when known. */
  appliedOn: IsoDate.nullable(),
  /** Each stage the role reached and the day, oldest first; the last is the current stage. */
  stageHistory: z.array(z.strictObject({ stage: Stage, on: IsoDate })).max(LIMITS.historyPerRole),
  /** The offer this role made, once recorded as an offer. */
  offerId: Id.nullable(),
  /** The day the user withdrew from this role. */
  withdrawnOn: IsoDate.nullable(),
  estimatedCompensation: Compensation,
  scores: Scores,
  walkAwayAnswer: WalkAwayAnswer,
  likelihoods: Likelihoods,
  scriptId: Id.nullable(),
  callLog: z.array(Call).max(LIMITS.callsPerRole),
  notes: longText,
});
export type DreamRole = z.infer<typeof DreamRole>;

export const Criterion = z.strictObject({
  id: Id,
  name: shortText.min(1),
  /** Relative weight 0–10; weights need not sum to anything. */
  weight: z.number().finite().min(0).max(10),
});
export type Criterion = z.infer<typeof Criterion>;

export const SCRIPT_KINDS = [
  'leverage-call',
  'check-in',
  'ask-plan-b-for-time',
  'follow-up-non-answer',
  'accept-plan-b',
  'accept-offer',
  'decline-offer',
  'withdraw',
  'started-at-plan-b',
  'custom',
] as const;
export const ScriptKind = z.enum(SCRIPT_KINDS);
export type ScriptKind = z.infer<typeof ScriptKind>;

export const Branch = z.strictObject({
  /** What I will say if this is their answer. */
  say: scriptText,
  nextSteps: scriptText,
});

export const Branches = z.strictObject({
  immediateOffer: Branch,
  nonAnswer: Branch,
  greenLight: Branch,
});
export type Branches = z.infer<typeof Branches>;

export const ScriptRevision = z.strictObject({
  savedAt: IsoDateTime,
  body: scriptText,
  branches: Branches,
});

export const Script = z.strictObject({
  id: Id,
  name: shortText.min(1),
  kind: ScriptKind,
  /** Text with `{{placeholders}}`, filled per dream role. */
  body: scriptText,
  branches: Branches,
  /** Earlier versions, newest first, bounded. */
  revisions: z.array(ScriptRevision).max(LIMITS.revisionsPerScript),
  updatedAt: IsoDateTime,
});
export type Script = z.infer<typeof Script>;

export const Situation = z.strictObject({
  /** Unemployed switches the board to safety-net advice. */
  employment: z.enum(['employed', 'unemployed']),
  /** For `{{my_name}}` in scripts. */
  userName: shortText,
  /** ISO 4217 code every figure is shown in; offers in other currencies convert with `rates`. */
  currency: CurrencyCode,
  /** Rates the user typed, one per currency; nothing is fetched. */
  rates: z.array(ExchangeRate).max(LIMITS.exchangeRates),
  /** What "vs Plan B" compares: the first year, or the 4-year average. */
  compareOn: z.enum(BASES),
  notes: longText,
});

function uniqueIds(items: readonly { id: string }[]): boolean {
  return new Set(items.map((i) => i.id)).size === items.length;
}

type PlanShape = { offers: Offer[]; dreamRoles: DreamRole[] };

function instantMs(iso: string | null): number | null {
  if (iso === null) return null;
  const ms = new Date(iso).getTime();
  return Number.isNaN(ms) ? null : ms;
}

/** Rules across an offer's fields, and between offers and dream roles. Each is clock-free, so a file valid today stays valid. */
function offerRules(plan: PlanShape, ctx: z.RefinementCtx): void {
  if (plan.offers.filter((o) => o.response === 'accepted').length > 1) {
    ctx.addIssue({ code: 'custom', path: ['offers'], message: 'Only one offer can be accepted. Decline the others, or undo the second acceptance.' });
  }
  const roleIds = new Set(plan.dreamRoles.map((r) => r.id));
  plan.offers.forEach((offer, i) => {
    if ((offer.response === 'open') !== (offer.respondedOn === null)) {
      ctx.addIssue({ code: 'custom', path: ['offers', i, 'respondedOn'], message: 'An accepted or declined offer needs the day you answered; an open one has none.' });
    }
    if (offer.fromDreamRoleId !== null && !roleIds.has(offer.fromDreamRoleId)) {
      ctx.addIssue({ code: 'custom', path: ['offers', i, 'fromDreamRoleId'], message: 'This offer names a dream role that is not in the plan.' });
    }
    if (!uniqueIds(offer.extensions)) ctx.addIssue({ code: 'custom', path: ['offers', i, 'extensions'], message: 'Two extensions share an id.' });
    const original = instantMs(offer.deadline);
    offer.extensions.forEach((ext, j) => {
      const path = ['offers', i, 'extensions', j, 'newDeadline'];
      if (ext.answer === 'granted' && ext.newDeadline === null) {
        ctx.addIssue({ code: 'custom', path, message: 'A granted extension needs the new deadline they gave.' });
      }
      const next = instantMs(ext.newDeadline);
      if (ext.answer === 'granted' && next !== null && original !== null && next <= original) {
        ctx.addIssue({ code: 'custom', path, message: 'The new deadline must be later than the original deadline.' });
      }
    });
  });
}

function roleRules(plan: PlanShape, ctx: z.RefinementCtx): void {
  const offerIds = new Set(plan.offers.map((o) => o.id));
  plan.dreamRoles.forEach((role, i) => {
    if (role.offerId !== null && !offerIds.has(role.offerId)) {
      ctx.addIssue({ code: 'custom', path: ['dreamRoles', i, 'offerId'], message: 'This dream role links to an offer that is not in the plan.' });
    }
    role.callLog.forEach((call, j) => {
      // No zone is stored for a call: its day anywhere on Earth is no earlier than the UTC day 12 hours before.
      // Refinements run even when a field failed its own check: an unreadable `at` is reported there, not thrown here.
      const at = instantMs(call.at);
      if (at === null) return;
      const earliestDay = new Date(at - 12 * 3_600_000).toISOString().slice(0, 10);
      if (call.newExpectedDecisionOn !== null && call.newExpectedDecisionOn < earliestDay) {
        ctx.addIssue({ code: 'custom', path: ['dreamRoles', i, 'callLog', j, 'newExpectedDecisionOn'], message: 'The new expected decision date is before the call. Check the date they gave.' });
      }
    });
  });
}

export const Plan = z
  .strictObject({
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    id: Id,
    name: shortText.min(1, 'A plan needs a name.'),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
    /**
     * Bumped by the store on every write. A save names the revision it was
     * based on; a different one on disk is a conflict, never an overwrite.
     */
    revision: z.number().int().min(0),
    situation: Situation,
    offers: z.array(Offer).max(LIMITS.offers),
    dreamRoles: z.array(DreamRole).max(LIMITS.dreamRoles),
    criteria: z.array(Criterion).max(LIMITS.criteria),
    scripts: z.array(Script).max(LIMITS.scripts),
  })
  .superRefine((plan, ctx) => {
    if (plan.offers.filter((o) => o.isPlanB).length > 1) {
      ctx.addIssue({ code: 'custom', path: ['offers'], message: 'Only one offer can be Plan B.' });
    }
    const lists = { offers: plan.offers, dreamRoles: plan.dreamRoles, criteria: plan.criteria, scripts: plan.scripts };
    for (const [key, list] of Object.entries(lists)) {
      if (!uniqueIds(list)) ctx.addIssue({ code: 'custom', path: [key], message: `Two ${key} share an id.` });
    }
    if (new Set(plan.situation.rates.map((r) => r.currency)).size !== plan.situation.rates.length) {
      ctx.addIssue({ code: 'custom', path: ['situation', 'rates'], message: 'Two exchange rates are for the same currency. Keep the one you took last.' });
    }
    offerRules(plan, ctx);
    roleRules(plan, ctx);
    const scriptIds = new Set(plan.scripts.map((s) => s.id));
    plan.dreamRoles.forEach((role, i) => {
      if (role.scriptId !== null && !scriptIds.has(role.scriptId)) {
        ctx.addIssue({ code: 'custom', path: ['dreamRoles', i, 'scriptId'], message: 'This dream role uses a script that is not in the plan.' });
      }
    });
  });
export type Plan = z.infer<typeof Plan>;

/** The Plan B offer, if the plan holds one. */
export function planB(plan: Pick<Plan, 'offers'>): Offer | undefined {
  return plan.offers.find((o) => o.isPlanB);
}
