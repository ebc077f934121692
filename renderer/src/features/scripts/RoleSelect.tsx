import { Select } from '@mantine/core';
import { usePlan } from '../plan/usePlan';

/** Which dream role fills the preview (and the rehearsal). */
export function RoleSelect({ value, onChange, label = 'Fill with dream role' }: { value: string | null; onChange: (id: string | null) => void; label?: string }) {
  const roles = usePlan((plan) => plan.dreamRoles);
  const data = [...roles]
    .sort((a, b) => a.priority - b.priority)
    .map((r) => ({ value: r.id, label: `${r.company || 'Unnamed company'} · ${r.role || 'role not named'}` }));
  return (
    <Select
      label={label}
      placeholder={roles.length ? 'Choose a dream role' : 'No dream roles in this plan yet'}
      data={data}
      value={value}
      onChange={onChange}
      allowDeselect={false}
      disabled={!roles.length}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
