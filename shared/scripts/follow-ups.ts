/**
 * Follow-ups that are due or overdue, for the plans screen and the top of the
 * board. Only a role's *latest* call counts: a later call means the earlier
 * follow-up happened (or was superseded). Closed roles are left out.
 */
import type { Plan } from '../plan';
import { latestCall } from '../board/call-log';

export interface DueFollowUp {
  roleId: string;
  company: string;
  role: string;
  callId: string;
  /** `YYYY-MM-DD`. */
  followUpOn: string;
  nextStep: string;
  /** 0 = due today; positive = that many days late. */
  daysOverdue: number;
}

/** Today's calendar date where the user is (the runtime's zone), as `YYYY-MM-DD`. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const days = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Follow-ups dated today or earlier, most overdue first. */
export function dueFollowUps(plan: Pick<Plan, 'dreamRoles'>, now: Date): DueFollowUp[] {
  const today = localDate(now);
  const due: DueFollowUp[] = [];
  for (const role of plan.dreamRoles) {
    if (role.stage === 'closed') continue;
    const call = latestCall(role);
    if (!call?.followUpOn || call.followUpOn > today) continue;
    due.push({
      roleId: role.id,
      company: role.company,
      role: role.role,
      callId: call.id,
      followUpOn: call.followUpOn,
      nextStep: call.nextStep,
      daysOverdue: days(call.followUpOn, today),
    });
  }
  return due.sort((a, b) => b.daysOverdue - a.daysOverdue || a.company.localeCompare(b.company));
}
