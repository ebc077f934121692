/**
 * The one fact a plan most needs next, so an empty board points to a single
 * thing to do instead of listing every gap. The order is the order of the
 * call: the offer you hold and its deadline, an employer to call, who to
 * call there and their number, when they expect to decide, and what you will
 * do if they cannot move. Scores are not in it: they are optional, and the
 * board says what is unscored where it compares.
 */
import { callTarget } from '../board/readiness';
import { planB, type DreamRole, type Plan } from '../plan';

export type NextFactKey = 'offer' | 'offer-received' | 'deadline' | 'dream-role' | 'contact' | 'phone' | 'timing' | 'walk-away';

export interface NextFact {
  key: NextFactKey;
  /** The dream role it is about, for the role facts. */
  roleId: string | null;
  /** What is missing, in one sentence. */
  text: string;
}

function who(role: DreamRole): string {
  return role.company.trim() || role.role.trim() || 'your dream role';
}

function roleFact(role: DreamRole): NextFact | null {
  const name = who(role);
  const { contact } = callTarget(role);
  if (!contact) return { key: 'contact', roleId: role.id, text: `Who will you call at ${name}? Add their name and phone number.` };
  if (!contact.phone.trim()) {
    return { key: 'phone', roleId: role.id, text: `Add ${contact.name.trim() || 'your contact'}’s phone number at ${name}: this is a call, not an email.` };
  }
  if (!role.timeline.expectedDecisionOn) {
    return { key: 'timing', roleId: role.id, text: `When did ${name} say they would decide? Their words are enough, like “end of next week”.` };
  }
  if (role.walkAwayAnswer === 'undecided') {
    return { key: 'walk-away', roleId: role.id, text: `If ${name} cannot answer before your deadline, are you ready to walk away from them?` };
  }
  return null;
}

/** The first missing fact of `plan`, or null when the essentials are all there. */
export function nextMissingFact(plan: Pick<Plan, 'offers' | 'dreamRoles'>): NextFact | null {
  const offer = planB(plan);
  if (!offer) return { key: 'offer', roleId: null, text: 'Add the offer you hold. If you hold none yet, your calls will be check-ins, not leverage.' };
  const name = offer.company.trim() || 'your Plan B offer';
  if (!offer.receivedOn) return { key: 'offer-received', roleId: null, text: `When did ${name} make the offer? Add the day it came.` };
  if (!offer.deadline) return { key: 'deadline', roleId: null, text: `When must you answer ${name}? Add the decision deadline.` };
  const open = plan.dreamRoles.filter((r) => r.stage !== 'closed' && r.stage !== 'offer');
  if (open.length === 0) return { key: 'dream-role', roleId: null, text: 'Add an employer you are waiting on: the one you would rather join.' };
  const byPriority = [...open].sort((a, b) => a.priority - b.priority);
  for (const role of byPriority) {
    const fact = roleFact(role);
    if (fact) return fact;
  }
  return null;
}

/**
 * Whether the board is still "empty": no Plan B offer yet, or no open dream
 * role with a number to call. Until then the board points to the next missing
 * fact; after that its own advice says what is left, and the prompt would
 * only repeat it.
 */
export function boardIsStarting(plan: Pick<Plan, 'offers' | 'dreamRoles'>): boolean {
  if (!planB(plan)) return true;
  return !plan.dreamRoles.some((r) => r.stage !== 'closed' && callTarget(r).phone !== null);
}
