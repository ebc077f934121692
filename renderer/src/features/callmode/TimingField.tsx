import { useMemo } from 'react';
import { Stack, Text, TextInput } from '@mantine/core';
import { formatDate } from '@shared/board/format';
import type { CallDraft } from '@shared/callmode/call-draft';
import { readTimingPhrase } from '@shared/guided/timing-phrase';
import { userLocale } from '../board/user-locale';
import { DateField } from '../editors/DateField';
import { localToday } from '../editors/time-zones';

/**
 * What they said about timing, in their words, read as a date with the
 * guided start's parser and put in the date field to confirm. A date the
 * user picked by hand is never replaced by a new reading.
 */
export function TimingField({ draft, onChange }: { draft: CallDraft; onChange: (patch: Partial<CallDraft>) => void }) {
  const reading = useMemo(() => readTimingPhrase(draft.timingSaid, localToday()), [draft.timingSaid]);
  const onPhrase = (phrase: string) => {
    const next = readTimingPhrase(phrase, localToday());
    const followsReading = draft.expectedOn === null || (reading.kind === 'date' && draft.expectedOn === reading.date);
    onChange({ timingSaid: phrase, ...(followsReading ? { expectedOn: next.kind === 'date' ? next.date : null } : {}) });
  };
  return (
    <Stack gap={6}>
      <TextInput
        label="What they said about timing"
        placeholder="In their words, like “by next Friday”"
        maxLength={2000}
        value={draft.timingSaid}
        onChange={(e) => onPhrase(e.currentTarget.value)}
      />
      <DateField label="New expected decision date" description="Confirm the date, or change it" value={draft.expectedOn} onChange={(expectedOn) => onChange({ expectedOn })} clearable />
      {reading.kind === 'empty' ? null : (
        <Text size="sm" c={reading.kind === 'date' ? 'dimmed' : undefined} fw={reading.kind === 'date' ? 400 : 600} role="status" data-testid="call-timing-note">
          {reading.kind === 'unreadable'
            ? reading.message
            : draft.expectedOn === reading.date
              ? `“${reading.read}” reads as ${formatDate(reading.date, userLocale())}. Check it with them before you hang up.`
              : `“${reading.read}” reads as ${formatDate(reading.date, userLocale())}; you chose another date, which is kept.`}
        </Text>
      )}
    </Stack>
  );
}
