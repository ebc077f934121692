/**
 * Pure plan recipes for the editors. Each returns a new plan (or the same
 * one when nothing changes, so no empty undo step is recorded) and keeps the
 * plan schema valid: at most one Plan B, scores only for existing criteria.
 */
import { newId } from '@shared/ids';
import { LIMITS } from '@shared/limits';
import type { Contact, Criterion, DreamRole, Offer, Plan } from '@shared/plan';
import { localToday } from './time-zones';

const emptyPay = { base: null, bonus: null, signOn: null, equityPerYear: null };

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function updateIn<T extends { id: string }>(list: T[], id: string, recipe: (item: T) => T): T[] | null {
  const index = list.findIndex((item) => item.id === id);
  const item = list[index];
  if (!item) return null;
  const next = recipe(item);
  if (next === item || sameJson(next, item)) return null;
  return list.map((x, i) => (i === index ? next : x));
}

export function updateOffer(plan: Plan, id: string, recipe: (offer: Offer) => Offer): Plan {
  const offers = updateIn(plan.offers, id, recipe);
  return offers ? { ...plan, offers } : plan;
}

export function updateRole(plan: Plan, id: string, recipe: (role: DreamRole) => DreamRole): Plan {
  const dreamRoles = updateIn(plan.dreamRoles, id, recipe);
  return dreamRoles ? { ...plan, dreamRoles } : plan;
}

export function updateCriterion(plan: Plan, id: string, recipe: (c: Criterion) => Criterion): Plan {
  const criteria = updateIn(plan.criteria, id, recipe);
  return criteria ? { ...plan, criteria } : plan;
}

/** A new offer; it becomes Plan B when the plan holds none yet. */
export function newOffer(plan: Plan, timeZone: string): Offer {
  return {
    id: newId(),
    isPlanB: !plan.offers.some((o) => o.isPlanB),
    company: '',
    role: '',
    receivedOn: null,
    form: 'written',
    deadline: null,
    deadlineTimeZone: timeZone,
    extensions: [],
    fromDreamRoleId: null,
    response: 'open',
    respondedOn: null,
    compensation: emptyPay,
    startDate: null,
    location: '',
    notes: '',
    liveability: { answer: 'unanswered', dealBreakers: '' },
    scores: {},
  };
}

export function addOffer(plan: Plan, offer: Offer): Plan {
  if (plan.offers.length >= LIMITS.offers) return plan;
  return { ...plan, offers: [...plan.offers, offer] };
}

/** Removes an offer; if it was Plan B, the first remaining offer takes the mark (exactly one Plan B). */
export function removeOffer(plan: Plan, id: string): Plan {
  const removed = plan.offers.find((o) => o.id === id);
  if (!removed) return plan;
  let offers = plan.offers.filter((o) => o.id !== id);
  if (removed.isPlanB && offers.length > 0) offers = offers.map((o, i) => ({ ...o, isPlanB: i === 0 }));
  return { ...plan, offers };
}

/** Makes this offer Plan B; the mark moves from whichever offer had it. */
export function markPlanB(plan: Plan, id: string): Plan {
  if (plan.offers.find((o) => o.id === id)?.isPlanB !== false) return plan;
  return { ...plan, offers: plan.offers.map((o) => (o.isPlanB === (o.id === id) ? o : { ...o, isPlanB: o.id === id })) };
}

export function newDreamRole(plan: Plan): DreamRole {
  const lowest = plan.dreamRoles.reduce((max, r) => Math.max(max, r.priority), 0);
  return {
    id: newId(),
    company: '',
    role: '',
    priority: Math.min(lowest + 1, LIMITS.dreamRoles),
    stage: 'applied',
    contacts: [],
    timeline: { stated: '', expectedDecisionOn: null, history: [] },
    appliedOn: null,
    // A new role starts at its stage today; the stage editor keeps the dates from here.
    stageHistory: [{ stage: 'applied', on: localToday(new Date()) }],
    offerId: null,
    withdrawnOn: null,
    estimatedCompensation: emptyPay,
    scores: {},
    walkAwayAnswer: 'undecided',
    likelihoods: { immediateOffer: null, nonAnswer: null, greenLight: null },
    scriptId: null,
    callLog: [],
    notes: '',
  };
}

export function addDreamRole(plan: Plan, role: DreamRole): Plan {
  if (plan.dreamRoles.length >= LIMITS.dreamRoles) return plan;
  return { ...plan, dreamRoles: [...plan.dreamRoles, role] };
}

export function removeDreamRole(plan: Plan, id: string): Plan {
  const dreamRoles = plan.dreamRoles.filter((r) => r.id !== id);
  return dreamRoles.length === plan.dreamRoles.length ? plan : { ...plan, dreamRoles };
}

/** A new contact; the role's first contact is the one to call. */
export function addContact(plan: Plan, roleId: string, contactId = newId()): Plan {
  return updateRole(plan, roleId, (role) => {
    if (role.contacts.length >= LIMITS.contactsPerRole) return role;
    const contact: Contact = { id: contactId, name: '', title: '', phone: '', email: '', isWhoToCall: role.contacts.length === 0 };
    return { ...role, contacts: [...role.contacts, contact] };
  });
}

export function updateContact(plan: Plan, roleId: string, contactId: string, recipe: (c: Contact) => Contact): Plan {
  return updateRole(plan, roleId, (role) => {
    const contacts = updateIn(role.contacts, contactId, recipe);
    return contacts ? { ...role, contacts } : role;
  });
}

/** Removes a contact; if they were the one to call, the first remaining contact is. */
export function removeContact(plan: Plan, roleId: string, contactId: string): Plan {
  return updateRole(plan, roleId, (role) => {
    const removed = role.contacts.find((c) => c.id === contactId);
    if (!removed) return role;
    let contacts = role.contacts.filter((c) => c.id !== contactId);
    if (removed.isWhoToCall && contacts.length > 0) contacts = contacts.map((c, i) => ({ ...c, isWhoToCall: i === 0 }));
    return { ...role, contacts };
  });
}

/** One person to call per role: marking one unmarks the others. */
export function markWhoToCall(plan: Plan, roleId: string, contactId: string): Plan {
  return updateRole(plan, roleId, (role) => ({
    ...role,
    contacts: role.contacts.map((c) => (c.isWhoToCall === (c.id === contactId) ? c : { ...c, isWhoToCall: c.id === contactId })),
  }));
}

export function addCriterion(plan: Plan, criterion: Criterion): Plan {
  if (plan.criteria.length >= LIMITS.criteria) return plan;
  return { ...plan, criteria: [...plan.criteria, criterion] };
}

function withoutScore<T extends { scores: Record<string, number> }>(item: T, criterionId: string): T {
  if (!(criterionId in item.scores)) return item;
  const { [criterionId]: _removed, ...scores } = item.scores;
  return { ...item, scores };
}

/** Removes a criterion and its scores from every offer and dream role, as one edit (one undo step). */
export function removeCriterion(plan: Plan, id: string): Plan {
  if (!plan.criteria.some((c) => c.id === id)) return plan;
  return {
    ...plan,
    criteria: plan.criteria.filter((c) => c.id !== id),
    offers: plan.offers.map((o) => withoutScore(o, id)),
    dreamRoles: plan.dreamRoles.map((r) => withoutScore(r, id)),
  };
}

/** Whose score a cell holds: an offer (Plan B) or a dream role. */
export type ScoredOption = { kind: 'offer' | 'role'; id: string };

/** Sets a 1–5 score, or clears it with `null` (unscored is not zero). */
export function setScore(plan: Plan, option: ScoredOption, criterionId: string, score: number | null): Plan {
  const recipe = <T extends { scores: Record<string, number> }>(item: T): T =>
    score === null ? withoutScore(item, criterionId) : { ...item, scores: { ...item.scores, [criterionId]: score } };
  return option.kind === 'offer' ? updateOffer(plan, option.id, recipe) : updateRole(plan, option.id, recipe);
}
