import { Radio, Stack } from '@mantine/core';
import type { WalkAwayAnswer } from '@shared/plan';
import { WALK_AWAY_LABELS, WALK_AWAY_QUESTION } from './labels';
import type { RoleDraft } from './role-draft';
import type { DraftForm } from './useDraftForm';

/** From the firmest answer to "not decided", the order people think it through. */
const ORDER: readonly WalkAwayAnswer[] = ['accept-plan-b', 'ask-extension', 'keep-waiting', 'undecided'];

/** The walk-away answer, decided before the call, in plain words. */
export function WalkAwayField({ draft }: { draft: DraftForm<RoleDraft> }) {
  const { onFocus: _focus, onBlur: _blur, ...props } = draft.field('walkAwayAnswer');
  return (
    <Radio.Group
      label={WALK_AWAY_QUESTION}
      description="Answer this before you call: it is what you will do if they cannot move."
      {...props}
    >
      <Stack gap="xs" mt="xs">
        {ORDER.map((answer) => (
          <Radio key={answer} value={answer} label={WALK_AWAY_LABELS[answer]} />
        ))}
      </Stack>
    </Radio.Group>
  );
}
