import { Radio, Stack } from '@mantine/core';
import { WALK_AWAY_LABELS, WALK_AWAY_ORDER, WALK_AWAY_QUESTION } from './labels';
import type { RoleDraft } from './role-draft';
import type { DraftForm } from './useDraftForm';
import { draftPart } from './draft-part';

/** The walk-away answer, decided before the call, in plain words. */
export const WalkAwayField = draftPart(function WalkAwayField({ draft }: { draft: DraftForm<RoleDraft> }) {
  const { onFocus: _focus, onBlur: _blur, ...props } = draft.field('walkAwayAnswer');
  return <WalkAwayRadios {...props} />;
});

function WalkAwayRadios(props: Record<string, unknown>) {
  return (
    <Radio.Group
      label={WALK_AWAY_QUESTION}
      description="Answer this before you call: it is what you will do if they cannot move."
      {...props}
    >
      <Stack gap="xs" mt="xs">
        {WALK_AWAY_ORDER.map((answer) => (
          <Radio key={answer} value={answer} label={WALK_AWAY_LABELS[answer]} />
        ))}
      </Stack>
    </Radio.Group>
  );
}
