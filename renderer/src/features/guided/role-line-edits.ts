/**
 * Plan recipes for a line of the guided start whose dream role or contact may
 * not be in the plan yet: the first edit adds them, so an untouched empty line
 * leaves nothing behind.
 */
import type { Contact, DreamRole, Plan } from '@shared/plan';
import { addContact, addDreamRole, updateContact, updateRole } from '../editors/plan-edits';

export function withRole(plan: Plan, role: DreamRole): Plan {
  return plan.dreamRoles.some((r) => r.id === role.id) ? plan : addDreamRole(plan, role);
}

export function editLineRole(plan: Plan, role: DreamRole, recipe: (r: DreamRole) => DreamRole): Plan {
  return updateRole(withRole(plan, role), role.id, recipe);
}

export function editLineContact(plan: Plan, role: DreamRole, contactId: string, recipe: (c: Contact) => Contact): Plan {
  let next = withRole(plan, role);
  const inPlan = next.dreamRoles.find((r) => r.id === role.id);
  if (inPlan && !inPlan.contacts.some((c) => c.id === contactId)) next = addContact(next, role.id, contactId);
  return updateContact(next, role.id, contactId, recipe);
}
