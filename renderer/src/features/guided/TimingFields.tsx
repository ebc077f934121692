import { useMemo } from 'react';
import { SimpleGrid, Text, TextInput, useComputedColorScheme } from '@mantine/core';
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
  // Orange readable on the line's background in each theme (orange 8 is not, in light).
  const warning = useComputedColorScheme('light') === 'dark' ? 'orange.4' : 'orange.9';
  if (reading.kind === 'empty') return null;
  if (reading.kind === 'unreadable') {
    return (
      <Text size="sm" c={warning} mt={6} role="status" data-testid="timing-note">
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
