import { Input, SimpleGrid, Stack } from '@mantine/core';
import { TextInput } from './memo-inputs';
import { useId } from 'react';
import { OFFER_FORM_LABELS } from './labels';
import { DateField } from './DateField';
import type { OfferDraft } from './offer-draft';
import type { DraftForm } from './useDraftForm';
import { draftPart } from './draft-part';
import { SegmentedChoice } from '../../components/SegmentedChoice';

interface Props {
  draft: DraftForm<OfferDraft>;
  warnings: { company: string | null; receivedOn: string | null };
  /** `guided`: only what the guided start asks (no start date or location). */
  fields?: 'all' | 'guided';
}

const FORM_OPTIONS = (['written', 'verbal'] as const).map((value) => ({ value, label: OFFER_FORM_LABELS[value] }));

/** Who made the offer, for what role, when, and in what form. */
export const OfferBasicsFields = draftPart(function OfferBasicsFields({ draft, warnings, fields = 'all' }: Props) {
  const formLabel = useId();
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label="Company" withAsterisk maxLength={200} description={warnings.company} {...draft.field('company')} />
        <TextInput label="Role" maxLength={200} {...draft.field('role')} />
        <DateField label="Received on" description={warnings.receivedOn} {...draft.field('receivedOn')} />
        <Stack gap={4}>
          <Input.Label id={formLabel}>The offer is</Input.Label>
          <SegmentedChoice
            aria-labelledby={formLabel}
            data={FORM_OPTIONS}
            {...draft.field('form')}
          />
        </Stack>
        {fields === 'all' ? (
          <>
            <DateField label="Start date" {...draft.field('startDate')} />
            <TextInput label="Location" maxLength={200} placeholder="City, remote or hybrid" {...draft.field('location')} />
          </>
        ) : null}
      </SimpleGrid>
    </Stack>
  );
});
