import { NativeSelect } from '../editors/memo-inputs';
import { usePlan } from '../plan/usePlan';

/** Which dream role fills the preview (and the rehearsal, and a logged call): a short list, so a native select. */
export function RoleSelect({ value, onChange, label = 'Fill with dream role' }: { value: string | null; onChange: (id: string | null) => void; label?: string }) {
  const roles = usePlan((plan) => plan.dreamRoles);
  const chosen = roles.some((r) => r.id === value) ? value! : '';
  const data = [...roles]
    .sort((a, b) => a.priority - b.priority)
    .map((r) => ({ value: r.id, label: `${r.company || 'Unnamed company'} · ${r.role || 'role not named'}` }));
  // With nothing chosen yet the select shows a prompt that cannot be picked back.
  if (!chosen) data.unshift({ value: '', label: roles.length ? 'Choose a dream role' : 'No dream roles in this plan yet' });
  return <NativeSelect label={label} data={data} value={chosen} onChange={(event) => event.currentTarget.value && onChange(event.currentTarget.value)} disabled={!roles.length} />;
}
