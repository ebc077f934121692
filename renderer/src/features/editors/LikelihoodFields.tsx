import { Fieldset, SimpleGrid, Text } from '@mantine/core';
import { NumberInput } from './memo-inputs';
import { LIKELIHOOD_FIELDS, likelihoodSum, type RoleDraft } from './role-draft';
import type { DraftForm } from './useDraftForm';
import { draftPart } from './draft-part';

/** Optional guesses of how the call will go; the board scales them to 100%. */
export const LikelihoodFields = draftPart(function LikelihoodFields({ draft }: { draft: DraftForm<RoleDraft> }) {
  const sum = likelihoodSum(draft.form.values);
  return (
    <Fieldset legend="How likely is each answer? (optional)" variant="filled">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {LIKELIHOOD_FIELDS.map(({ key, label }) => (
          <NumberInput key={key} label={label} suffix=" %" decimalScale={1} clampBehavior="none" hideControls {...draft.field(key)} />
        ))}
      </SimpleGrid>
      <Text size="sm" c={sum !== null && sum !== 100 ? 'orange.8' : 'dimmed'} mt="xs" data-testid="likelihood-sum">
        {sum === null
          ? 'Leave these empty if you have no idea. They should add up to 100%.'
          : sum === 100
            ? 'These add up to 100%.'
            : `These add up to ${sum}%, not 100%. The board scales them so they do.`}
      </Text>
    </Fieldset>
  );
});
