import { LIMITS } from '@shared/limits';
import type { DreamRole } from '@shared/plan';
import { draftNumber, isDuplicateName, numberDraft, requiredText } from './draft-values';
import { amountError, isPayKey, payDraft, withPayField, PAY_FIELDS, type PayDraft } from './money';
import { changeStage, decisionBeforeApplication, moveExpectedDecision } from '@shared/board/role-progress';
import { localToday } from './time-zones';
import type { DraftErrors, DraftSpec } from './useDraftForm';

export const LIKELIHOOD_FIELDS = [
  { key: 'immediateOffer', label: 'Immediate offer' },
  { key: 'nonAnswer', label: 'Non-answer' },
  { key: 'greenLight', label: 'Green light to walk' },
] as const;
type LikelihoodKey = (typeof LIKELIHOOD_FIELDS)[number]['key'];

export type RoleDraft = PayDraft &
  Record<LikelihoodKey, number | string> & {
    company: string;
    role: string;
    priority: number | string;
    stage: DreamRole['stage'];
    stated: string;
    expectedDecisionOn: string | null;
    appliedOn: string | null;
    walkAwayAnswer: DreamRole['walkAwayAnswer'];
    notes: string;
  };

/** Likelihoods are stored 0–1 and edited as percentages. */
const toPercent = (p: number | null) => numberDraft(p === null ? null : Math.round(p * 1000) / 10);

export function roleDraft(role: DreamRole): RoleDraft {
  return {
    company: role.company,
    role: role.role,
    priority: role.priority,
    stage: role.stage,
    stated: role.timeline.stated,
    expectedDecisionOn: role.timeline.expectedDecisionOn,
    appliedOn: role.appliedOn,
    ...payDraft(role.estimatedCompensation),
    walkAwayAnswer: role.walkAwayAnswer,
    immediateOffer: toPercent(role.likelihoods.immediateOffer),
    nonAnswer: toPercent(role.likelihoods.nonAnswer),
    greenLight: toPercent(role.likelihoods.greenLight),
    notes: role.notes,
  };
}

function percentError(value: unknown): string | null {
  const n = draftNumber(value);
  if (n === null) return null;
  return Number.isFinite(n) && n >= 0 && n <= 100 ? null : 'A likelihood is a percentage from 0 to 100.';
}

export function roleErrors(v: RoleDraft): DraftErrors<RoleDraft> {
  const priority = draftNumber(v.priority);
  const errors: DraftErrors<RoleDraft> = {
    company: requiredText(v.company, 'Name the company you would rather join.'),
    priority:
      priority !== null && Number.isInteger(priority) && priority >= 1 && priority <= LIMITS.dreamRoles
        ? null
        : 'Give a whole number from 1 (most wanted) upwards.',
  };
  for (const { key } of PAY_FIELDS) errors[key] = amountError(v[key]);
  for (const { key } of LIKELIHOOD_FIELDS) errors[key] = percentError(v[key]);
  return errors;
}

function isLikelihoodKey(key: string): key is LikelihoodKey {
  return LIKELIHOOD_FIELDS.some((f) => f.key === key);
}

export function applyRoleField(role: DreamRole, key: keyof RoleDraft, v: RoleDraft): DreamRole {
  if (isPayKey(key)) {
    return { ...role, estimatedCompensation: withPayField(role.estimatedCompensation, key, v[key]) };
  }
  if (isLikelihoodKey(key)) {
    const percent = draftNumber(v[key]);
    return { ...role, likelihoods: { ...role.likelihoods, [key]: percent === null ? null : percent / 100 } };
  }
  switch (key) {
    case 'priority':
      return { ...role, priority: draftNumber(v.priority) ?? role.priority };
    case 'stated':
      return { ...role, timeline: { ...role.timeline, stated: v.stated } };
    case 'expectedDecisionOn':
      return moveExpectedDecision(role, v.expectedDecisionOn, localToday());
    case 'stage':
      return changeStage(role, v.stage, localToday());
    default:
      return { ...role, [key]: v[key] };
  }
}

export const roleSpec: DraftSpec<DreamRole, RoleDraft> = { toDraft: roleDraft, errors: roleErrors, apply: applyRoleField };

/** Not blocking, but worth a second look. */
export function roleWarnings(v: RoleDraft, otherCompanies: readonly string[], now = new Date()) {
  return {
    company: isDuplicateName(v.company, otherCompanies)
      ? 'Another dream role is at this company too. Fine if they are different roles.'
      : null,
    expectedDecisionOn:
      v.expectedDecisionOn && v.expectedDecisionOn < localToday(now)
        ? 'This date has passed. Ask them for a new date, or record the outcome.'
        : decisionBeforeApplication({ appliedOn: v.appliedOn, timeline: { expectedDecisionOn: v.expectedDecisionOn } }),
  };
}

/** The sum of the likelihoods given, in percent, or null when none is given. */
export function likelihoodSum(v: RoleDraft): number | null {
  const values = LIKELIHOOD_FIELDS.map(({ key }) => draftNumber(v[key])).filter((n): n is number => n !== null && Number.isFinite(n));
  return values.length === 0 ? null : Math.round(values.reduce((a, b) => a + b, 0) * 10) / 10;
}
