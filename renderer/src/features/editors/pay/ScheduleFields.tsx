import type { ChangeEvent } from 'react';
import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { Schedule } from '@shared/compensation';
import { draftNumber } from '../draft-values';
import { NativeSelect, NumberInput } from '../memo-inputs';
import type { DraftForm } from '../useDraftForm';
import { descriptionBelow, percentProps } from './money-input';
import { MAX_VESTING_YEARS, PERCENT_KEYS, scheduleErrors, schedulePresetDraft, type PayDetailsDraft } from './pay-details-draft';

const SCHEDULE_OPTIONS: { value: Schedule; label: string }[] = [
  { value: 'even', label: 'Even: the same share each year' },
  { value: 'front-loaded', label: 'Front-loaded: 33 / 33 / 22 / 12 %' },
  { value: 'back-loaded', label: 'Back-loaded: 5 / 15 / 40 / 40 %' },
  { value: 'custom', label: 'Custom: a percentage per year' },
];

/**
 * Vesting years, cliff and schedule. Choosing a preset fills in what it
 * needs (4 years for front- and back-loaded, the current split for custom);
 * the schema's message is shown once for the schedule as a whole.
 */
export function ScheduleFields({ draft }: { draft: DraftForm<PayDetailsDraft> }) {
  const v = draft.form.values;
  const problems = scheduleErrors(v);
  const whole = problems.whole;
  const schedule = draft.field('schedule');
  const years = draftNumber(v.vestingYears);
  const shown = v.schedule === 'custom' && years !== null && Number.isInteger(years) && years >= 1 ? PERCENT_KEYS.slice(0, Math.min(years, MAX_VESTING_YEARS)) : [];
  const sum = shown.reduce((total, k) => total + (draftNumber(v[k]) ?? 0), 0);
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NumberInput
          label="Vesting years"
          min={1}
          max={MAX_VESTING_YEARS}
          allowDecimal={false}
          clampBehavior="none"
          {...draft.field('vestingYears')}
          error={problems.own.vestingYears ?? Boolean(whole)}
        />
        <NumberInput
          label="Cliff"
          description="Nothing vests before it; 0 = no cliff"
          suffix=" months"
          min={0}
          max={48}
          allowDecimal={false}
          clampBehavior="none"
          {...descriptionBelow}
          {...draft.field('cliffMonths')}
        />
      </SimpleGrid>
      <NativeSelect
        label="Vesting schedule"
        data={SCHEDULE_OPTIONS}
        {...schedule}
        error={Boolean(whole)}
        onChange={(event: ChangeEvent<HTMLSelectElement>) => {
          const value = event.currentTarget.value as Schedule;
          draft.form.setValues(schedulePresetDraft(draft.form.getValues(), value));
          schedule.onChange(value);
        }}
      />
      {shown.length ? (
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          {shown.map((k, i) => (
            <NumberInput key={k} label={`Year ${i + 1}`} {...percentProps} {...draft.field(k)} error={problems.own[k] ?? Boolean(whole)} />
          ))}
        </SimpleGrid>
      ) : null}
      {shown.length ? (
        <Text size="sm" c="dimmed" data-testid="schedule-sum">
          These add up to {Math.round(sum * 100) / 100} %.
        </Text>
      ) : null}
      {whole ? (
        <Text size="sm" c="var(--mantine-color-error)" data-testid="schedule-error">
          {whole} Until then the schedule is not saved.
        </Text>
      ) : null}
    </Stack>
  );
}
