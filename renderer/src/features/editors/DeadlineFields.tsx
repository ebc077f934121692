import '@mantine/dates/styles.css';
import { Fieldset, SimpleGrid, Text } from '@mantine/core';
import { Select, TimeInput } from './memo-inputs';
import { IconAlertTriangle } from '@tabler/icons-react';
import { DateField } from './DateField';
import { deadlineZoneError, type OfferDraft } from './offer-draft';
import { timeZoneOptions } from './time-zones';
import type { DraftForm } from './useDraftForm';
import { draftPart } from './draft-part';

/**
 * The decision deadline as the recruiter gave it: a date, a time and the zone
 * they meant. Stored as one instant with its offset, so the countdown is right
 * wherever the user is.
 */
export const DeadlineFields = draftPart(function DeadlineFields({ draft, warning }: { draft: DraftForm<OfferDraft>; warning: string | null }) {
  const zone = draft.form.values.deadlineZone;
  const zoneField = draft.field('deadlineZone');
  return (
    <Fieldset legend="Decision deadline" variant="filled">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <DateField label="Deadline date" {...draft.field('deadlineDate')} />
        <TimeInput label="Deadline time" {...draft.field('deadlineTime')} />
        <Select
          label="Time zone"
          data={timeZoneOptions(zone)}
          searchable
          allowDeselect={false}
          limit={60}
          nothingFoundMessage="No time zone by that name"
          {...zoneField}
          // A zone the plan file already held is wrong before anyone types, so say so from the start.
          error={zoneField.error ?? deadlineZoneError(zone)}
        />
      </SimpleGrid>
      {warning ? (
        <Text size="sm" c="orange.8" mt="xs" role="status" data-testid="deadline-warning">
          <IconAlertTriangle size={14} aria-hidden style={{ verticalAlign: 'middle', marginRight: 4 }} />
          {warning}
        </Text>
      ) : null}
    </Fieldset>
  );
});
