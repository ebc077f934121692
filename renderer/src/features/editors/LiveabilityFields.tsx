import { Fieldset, Input, Stack } from '@mantine/core';
import { Textarea } from './memo-inputs';
import { useId } from 'react';
import { LIVEABILITY_LABELS } from './labels';
import type { OfferDraft } from './offer-draft';
import type { DraftForm } from './useDraftForm';
import { draftPart } from './draft-part';
import { SegmentedChoice } from '../../components/SegmentedChoice';

const ANSWERS = ['yes', 'unsure', 'no', 'unanswered'] as const;
const ANSWER_OPTIONS = ANSWERS.map((value) => ({ value, label: LIVEABILITY_LABELS[value] }));

/** "If no dream role comes through, can I live with this offer?" and what would make it a no. */
export const LiveabilityFields = draftPart(function LiveabilityFields({ draft }: { draft: DraftForm<OfferDraft> }) {
  const label = useId();
  return (
    <Fieldset legend="Can I live with it?" variant="filled">
      <Stack gap="sm">
        <Stack gap={4}>
          <Input.Label id={label}>If no dream role comes through, can I live with this offer?</Input.Label>
          <SegmentedChoice
            aria-labelledby={label}
            data={ANSWER_OPTIONS}
            {...draft.field('liveAnswer')}
          />
        </Stack>
        <Textarea
          label="Deal-breakers"
          description="What would make this offer one you could not accept?"
          autosize
          minRows={2}
          maxLength={10_000}
          {...draft.field('dealBreakers')}
        />
      </Stack>
    </Fieldset>
  );
});
