import { useCallback } from 'react';
import { Fieldset, Group, Radio, SimpleGrid, TextInput, VisuallyHidden } from '@mantine/core';
import { STAGE_LABELS } from '@shared/board/labels';
import { STAGES, type DreamRole } from '@shared/plan';
import { roleSpec, roleWarnings } from '../editors/role-draft';
import { useDraftForm } from '../editors/useDraftForm';
import { usePlanSession } from '../plan/usePlanSession';
import { LineContactFields } from './LineContactFields';
import { editLineRole } from './role-line-edits';
import { TimingFields } from './TimingFields';

const STAGE_OPTIONS = STAGES.filter((s) => s !== 'closed').map((value) => ({ value, label: STAGE_LABELS[value] }));

interface Props {
  role: DreamRole;
  /** 1 for the first line, for labels people can tell apart. */
  number: number;
  /** The empty line at the end, not in the plan until typed into. */
  pending: boolean;
  otherCompanies: readonly string[];
}

/** One employer on one line: company, role, stage, who to call and their number, what they said about timing. */
export function RoleLine({ role, number, pending, otherCompanies }: Props) {
  const session = usePlanSession();
  const save = useCallback(
    (recipe: (r: DreamRole) => DreamRole, key: string) => session.edit((plan) => editLineRole(plan, role, recipe), key),
    [session, role],
  );
  const draft = useDraftForm(role, roleSpec, save, `role:${role.id}`);
  const warnings = roleWarnings(draft.form.values, otherCompanies);
  const name = draft.form.values.company.trim();
  // An empty line may stay empty: its "name the company" rule applies once something is typed on it.
  const company = draft.field('company');
  const companyError = pending ? null : company.error;
  return (
    <Fieldset
      legend={name ? `Employer ${number}: ${name}` : `Employer ${number}${pending ? ' (type to add)' : ''}`}
      data-testid="guided-role-line"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label="Company"
          maxLength={200}
          aria-label={`Company ${number}`}
          {...company}
          error={companyError}
          description={warnings.company}
        />
        <TextInput label="Role" aria-label={`Role ${number}`} maxLength={200} {...draft.field('role')} />
      </SimpleGrid>
      {/* The stages side by side: one click (or an arrow key) instead of opening a list and picking from it. */}
      <Radio.Group
        label={
          <>
            Stage<VisuallyHidden> {number}</VisuallyHidden>
          </>
        }
        mt="sm"
        {...draft.field('stage')}
      >
        <Group gap="md" mt={6}>
          {STAGE_OPTIONS.map((option) => (
            <Radio key={option.value} value={option.value} label={option.label} />
          ))}
        </Group>
      </Radio.Group>
      <LineContactFields role={role} number={number} />
      <TimingFields draft={draft} number={number} warning={warnings.expectedDecisionOn} />
    </Fieldset>
  );
}
