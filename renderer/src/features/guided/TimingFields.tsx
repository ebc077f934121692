import { useMemo } from 'react';
import { SimpleGrid, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { formatDate } from '@shared/board/format';
import { readTimingPhrase } from '@shared/guided/timing-phrase';
import { userLocale } from '../board/user-locale';
import { DateField } from '../editors/DateField';
import type { RoleDraft } from '../editors/role-draft';
import { localToday } from '../editors/time-zones';
import type { DraftForm } from '../editors/useDraftForm';


interface Props {
  draft: DraftForm<RoleDraft>;
  number: number;
  warning: string | null;
}

/**
 * What they said about timing, kept in their words, and the date it reads
 * as, put in the date field for the user to confirm or change. A phrase with
 * no date in it ("soonish") says so and leaves the date to the user.
 */
export function TimingFields({ draft, number, warning }: Props) {
  const stated = draft.field('stated');
  const phrase = draft.form.values.stated;
  const reading = useMemo(() => readTimingPhrase(phrase, localToday()), [phrase]);
  const onStated = (event: React.ChangeEvent<HTMLInputElement>) => {
    const next = readTimingPhrase(event.currentTarget.value, localToday());
    // Set before the phrase commits, so the phrase and its date are one edit (one undo step).
    if (next.kind === 'date') draft.form.setFieldValue('expectedDecisionOn', next.date);
    stated.onChange(event);
  };
  const date = draft.form.values.expectedDecisionOn;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="sm">
        <TextInput
          label="What they said about timing"
          aria-label={`What they said about timing ${number}`}
          placeholder="In their words, like “end of next week”"
          maxLength={2000}
          {...stated}
          onChange={onStated}
        />
        <DateField
          label="Expected decision"
          aria-label={`Expected decision ${number}`}
          description={warning}
          {...draft.field('expectedDecisionOn')}
        />
      </SimpleGrid>
      <TimingNote reading={reading} date={date} />
    </>
  );
}

function TimingNote({ reading, date }: { reading: ReturnType<typeof readTimingPhrase>; date: string | null }) {
  if (reading.kind === 'empty') return null;
  if (reading.kind === 'unreadable') {
    return (
      // Body colour with an icon: orange text is not readable enough on the line's background.
      <Text size="sm" fw={600} mt={6} role="status" data-testid="timing-note">
        <IconAlertTriangle size={14} aria-hidden style={{ verticalAlign: 'middle', marginRight: 4 }} />
        {reading.message}
      </Text>
    );
  }
  const same = date === reading.date;
  return (
    <Text size="sm" c="dimmed" mt={6} role="status" data-testid="timing-note">
      {same
        ? `Read “${reading.read}” as ${formatDate(reading.date, userLocale())}. Change the date if they meant another day.`
        : `“${reading.read}” reads as ${formatDate(reading.date, userLocale())}; you chose another date, which is kept.`}
    </Text>
  );
}
