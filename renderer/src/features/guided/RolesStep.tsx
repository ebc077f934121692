import { useState } from 'react';
import { Stack } from '@mantine/core';
import type { DreamRole } from '@shared/plan';
import { newDreamRole } from '../editors/plan-edits';
import { usePlan } from '../plan/usePlan';
import { usePlanSession } from '../plan/usePlanSession';
import { RoleLine } from './RoleLine';

/**
 * Step 3: one line per employer. The plan's dream roles, then one empty line
 * that becomes a dream role when something is typed into it, and a fresh
 * empty line appears under it.
 */
export function RolesStep() {
  const session = usePlanSession();
  const roles = usePlan((plan) => plan.dreamRoles);
  const [pending, setPending] = useState<DreamRole>(() => newDreamRole(session.store.getState().plan));
  if (roles.some((r) => r.id === pending.id)) {
    // The empty line was just typed into: it is a dream role now; offer the next empty line.
    setPending(newDreamRole(session.store.getState().plan));
  }
  const lines = [...roles.filter((r) => r.stage !== 'closed'), pending];
  const companies = roles.map((r) => ({ id: r.id, company: r.company }));
  return (
    <Stack gap="md">
      {lines.map((role, i) => (
        <RoleLine
          key={role.id}
          role={role}
          number={i + 1}
          pending={role.id === pending.id}
          otherCompanies={companies.filter((c) => c.id !== role.id).map((c) => c.company)}
        />
      ))}
    </Stack>
  );
}
