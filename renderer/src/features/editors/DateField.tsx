import '@mantine/dates/styles.css';
import { memo, useState } from 'react';
import { DateInput, type DateInputProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Only complete, real `YYYY-MM-DD` dates: no half-typed "2026-0" becoming a date. */
export function parseIsoDate(text: string): string | null {
  const trimmed = text.trim();
  if (!ISO_DATE.test(trimmed)) return null;
  const date = new Date(`${trimmed}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === trimmed ? trimmed : null;
}

type DateFieldProps = Omit<DateInputProps, 'value' | 'onChange'> & {
  value?: string | null;
  onChange: (value: string | null) => void;
};

/**
 * A calendar date typed as YYYY-MM-DD (or picked from the calendar). Text that
 * is not a date stays in the field with an explanation instead of being
 * replaced by the last valid date. Memoized, like the inputs in memo-inputs.ts.
 */
export const DateField = memo(function DateField({ value, onChange, error, onBlur, ...props }: DateFieldProps) {
  const [unreadable, setUnreadable] = useState(false);
  return (
    <DateInput
      {...props}
      value={value ?? null}
      onChange={(next) => {
        setUnreadable(false);
        onChange(next);
      }}
      valueFormat="YYYY-MM-DD"
      placeholder="YYYY-MM-DD"
      dateParser={parseIsoDate}
      fixOnBlur={false}
      clearable
      allowDeselect
      leftSection={<IconCalendar size={16} aria-hidden />}
      error={unreadable ? 'Type the date as year-month-day, like 2026-03-14, or pick it from the calendar.' : error}
      onBlur={(event) => {
        const text = event.currentTarget.value;
        setUnreadable(text.trim() !== '' && parseIsoDate(text) === null);
        onBlur?.(event);
      }}
    />
  );
});
