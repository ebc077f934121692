import { Fieldset, Input, SegmentedControl, Stack, Textarea } from '@mantine/core';
import { useId } from 'react';
import { LIVEABILITY_LABELS } from './labels';
import type { OfferDraft } from './offer-draft';
import type { DraftForm } from './useDraftForm';

const ANSWERS = ['yes', 'unsure', 'no', 'unanswered'] as const;

/** "If no dream role comes through, can I live with this offer?" and what would make it a no. */
export function LiveabilityFields({ draft }: { draft: DraftForm<OfferDraft> }) {
  const label = useId();
  return (
    <Fieldset legend="Can I live with it?" variant="filled">
      <Stack gap="sm">
        <Stack gap={4}>
          <Input.Label id={label}>If no dream role comes through, can I live with this offer?</Input.Label>
          <SegmentedControl
            aria-labelledby={label}
            data={ANSWERS.map((value) => ({ value, label: LIVEABILITY_LABELS[value] }))}
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
}
