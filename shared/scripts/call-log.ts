/**
 * The call log of a dream role: what happened on each call. Pure edits on
 * the plan, for `session.edit`.
 *
 * Stage rule: the role's stage follows its *latest* call when that call is
 * logged or corrected: an immediate offer moves it to `offer`, a green light
 * to `closed`; a non-answer leaves it as it was, except that correcting a
 * latest call away from an offer or green light moves it back to
 * `awaiting-decision`. The user can still change the stage by hand. Each
 * change is kept in the role's stage history, dated the day of the call.
 *
 * A call with a new expected decision date moves the role's timeline; the
 * date it replaces stays in the timeline's history, naming the call.
 */
import { newId } from '../ids';
import { LIMITS } from '../limits';
import { latestCall } from '../board/call-log';
import { changeStage, moveExpectedDecision } from '../board/role-progress';
import type { Call, DreamRole, Outcome, Plan, Stage } from '../plan';

// One "latest call" rule for the board and the log (ties: the entry logged last).
export { callsNewestFirst } from '../board/call-log';

/** The outcome of the role's latest call, if it has been called. */
export function latestOutcome(role: Pick<DreamRole, 'callLog'>): Outcome | undefined {
  return latestCall(role)?.outcome ?? undefined;
}

function stageAfter(stage: Stage, outcome: Outcome, wasSetByCall: boolean): Stage {
  if (outcome === 'immediate-offer') return 'offer';
  if (outcome === 'green-light') return 'closed';
  return wasSetByCall ? 'awaiting-decision' : stage;
}

export type CallInput = Omit<Call, 'id'>;

function updateRole(plan: Plan, roleId: string, change: (role: DreamRole) => DreamRole): Plan {
  let changed = false;
  const dreamRoles = plan.dreamRoles.map((r) => {
    if (r.id !== roleId) return r;
    const next = change(r);
    changed ||= next !== r;
    return next;
  });
  return changed ? { ...plan, dreamRoles } : plan;
}

export class CallLogFull extends Error {
  constructor() {
    super(`This dream role already holds ${LIMITS.callsPerRole} calls, the most a role can keep. Delete an old call to log a new one.`);
  }
}

/** Logs a call on a role (throws CallLogFull at the limit). */
export function logCall(plan: Plan, roleId: string, input: CallInput): Plan {
  return updateRole(plan, roleId, (role) => {
    if (role.callLog.length >= LIMITS.callsPerRole) throw new CallLogFull();
    const call: Call = { id: newId(), ...input };
    const callLog = [...role.callLog, call];
    const latest = latestCall({ callLog }) as Call;
    const day = call.at.slice(0, 10);
    let next: DreamRole = { ...role, callLog };
    if (latest.id === call.id) next = changeStage(next, stageAfter(role.stage, call.outcome, false), day);
    if (call.newExpectedDecisionOn) next = moveExpectedDecision(next, call.newExpectedDecisionOn, day, call.id);
    return next;
  });
}

/** Corrects a logged call (outcome, timing, next step, follow-up, time). */
export function correctCall(plan: Plan, roleId: string, callId: string, patch: Partial<CallInput>): Plan {
  return updateRole(plan, roleId, (role) => {
    const before = role.callLog.find((c) => c.id === callId);
    if (!before) return role;
    const corrected = { ...before, ...patch };
    const callLog = role.callLog.map((c) => (c.id === callId ? corrected : c));
    const isLatest = latestCall({ callLog })?.id === callId;
    const setByCall = role.stage === 'offer' || role.stage === 'closed';
    const stage = isLatest && patch.outcome && patch.outcome !== before.outcome ? stageAfter(role.stage, patch.outcome, setByCall) : role.stage;
    const day = corrected.at.slice(0, 10);
    let next = changeStage({ ...role, callLog }, stage, day);
    if (patch.newExpectedDecisionOn && patch.newExpectedDecisionOn !== before.newExpectedDecisionOn) {
      next = moveExpectedDecision(next, patch.newExpectedDecisionOn, day, callId);
    }
    return next;
  });
}

export function deleteCall(plan: Plan, roleId: string, callId: string): Plan {
  return updateRole(plan, roleId, (role) =>
    role.callLog.some((c) => c.id === callId) ? { ...role, callLog: role.callLog.filter((c) => c.id !== callId) } : role,
  );
}

/** One wording of the three outcomes everywhere: the board's. */
export { OUTCOME_LABELS } from '../board/labels';
