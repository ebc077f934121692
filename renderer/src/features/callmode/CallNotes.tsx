import { Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import type { CallDraft } from '@shared/callmode/call-draft';
import { LIMITS } from '@shared/limits';
import { SignalMarks } from './SignalMarks';
import { TimingField } from './TimingField';

/** Notes while talking: every keystroke is stored as the draft (see useCallDraft). */
export function CallNotes({ draft, onChange }: { draft: CallDraft; onChange: (patch: Partial<CallDraft>) => void }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="call-notes-heading">
      <Stack gap="md">
        <Title order={2} size="h4" id="call-notes-heading">
          Notes while you talk
        </Title>
        <Textarea
          label="Notes"
          description="Kept as you type, even if the window closes"
          autosize
          minRows={5}
          maxLength={LIMITS.longText}
          value={draft.notes}
          onChange={(e) => onChange({ notes: e.currentTarget.value })}
          data-testid="call-notes"
        />
        <TimingField draft={draft} onChange={onChange} />
        <TextInput label="Who answered" maxLength={LIMITS.shortText} value={draft.spokeWith} onChange={(e) => onChange({ spokeWith: e.currentTarget.value })} />
        <SignalMarks kind="interest" label="How interested they sounded" value={draft.interest} onChange={(interest) => onChange({ interest })} />
        <SignalMarks kind="urgency" label="How urgent they sounded" value={draft.urgency} onChange={(urgency) => onChange({ urgency })} />
      </Stack>
    </Paper>
  );
}
