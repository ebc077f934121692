import { memo } from 'react';
import { useShallow } from 'zustand/shallow';
import { Card, Stack, Table, Title } from '@mantine/core';
import { NativeSelect } from '../editors/memo-inputs';
import { assignScriptToRole } from '@shared/scripts/plan-scripts';
import { usePlan } from '../plan/usePlan';
import { usePlanSession } from '../plan/usePlanSession';

/** Which script each dream role uses (its call sheet and readiness follow). Re-renders only when names or roles change. */
export const RoleScripts = memo(function RoleScripts() {
  const session = usePlanSession();
  const roles = usePlan((plan) => plan.dreamRoles);
  const names = usePlan(useShallow((plan) => plan.scripts.flatMap((s) => [s.id, s.name])));
  if (!roles.length) return null;
  const data: { value: string; label: string }[] = [{ value: '', label: 'No script yet' }];
  for (let i = 0; i < names.length; i += 2) data.push({ value: names[i]!, label: names[i + 1]! });
  return (
    <Card withBorder padding="lg" data-testid="role-scripts">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Which script each dream role uses
        </Title>
        <Table>
          <Table.Tbody>
            {[...roles]
              .sort((a, b) => a.priority - b.priority)
              .map((role) => (
                <Table.Tr key={role.id}>
                  <Table.Td>{role.company || 'Unnamed company'}</Table.Td>
                  <Table.Td>
                    <NativeSelect
                      aria-label={`Script for ${role.company || 'this role'}`}
                      data={data}
                      value={role.scriptId ?? ''}
                      disabled={data.length === 1}
                      onChange={(event) => {
                        const id = event.currentTarget.value || null;
                        session.edit((plan) => assignScriptToRole(plan, role.id, id));
                      }}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Card>
  );
});
