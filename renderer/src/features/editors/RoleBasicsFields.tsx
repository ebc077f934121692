import { SimpleGrid } from '@mantine/core';
import { NativeSelect, NumberInput, Textarea, TextInput } from './memo-inputs';
import { LIMITS } from '@shared/limits';
import { STAGES } from '@shared/plan';
import { STAGE_LABELS } from '@shared/board/labels';
import { DateField } from './DateField';
import type { RoleDraft } from './role-draft';
import type { DraftForm } from './useDraftForm';
import { draftPart } from './draft-part';

interface Props {
  draft: DraftForm<RoleDraft>;
  warnings: { company: string | null; expectedDecisionOn: string | null };
}

const STAGE_OPTIONS = STAGES.map((stage) => ({ value: stage, label: STAGE_LABELS[stage] }));

/** Which role, how much it is wanted, where the process stands and when they will decide. */
export const RoleBasicsFields = draftPart(function RoleBasicsFields({ draft, warnings }: Props) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <TextInput label="Company" withAsterisk maxLength={200} description={warnings.company} {...draft.field('company')} />
      <TextInput label="Role" maxLength={200} {...draft.field('role')} />
      <NumberInput
        label="Priority"
        description="1 is the role you want most."
        allowDecimal={false}
        clampBehavior="none"
        min={1}
        max={LIMITS.dreamRoles}
        {...draft.field('priority')}
      />
      <NativeSelect label="Stage" data={STAGE_OPTIONS} {...draft.field('stage')} />
      <Textarea
        label="Their stated timeline"
        description="In their words, e.g. “a decision by the end of next week”."
        autosize
        minRows={1}
        maxLength={10_000}
        {...draft.field('stated')}
      />
      <DateField label="Applied on" description="The day you applied, if you know it." {...draft.field('appliedOn')} />
      <DateField
        label="Expected decision date"
        description={warnings.expectedDecisionOn ?? 'When you expect them to decide, from what they said.'}
        {...draft.field('expectedDecisionOn')}
      />
    </SimpleGrid>
  );
});
