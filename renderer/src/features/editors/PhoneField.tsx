import type { FocusEvent } from 'react';
import { TextInput, type TextInputProps } from '@mantine/core';
import { normalisePhone } from '@shared/phone';
import { userCountry } from './user-country';

type Props = Omit<TextInputProps, 'onChange' | 'value'> & {
  value?: string;
  onChange: (value: string) => void;
};

/**
 * A phone number as people paste it. While typing it is left alone (no
 * cursor jumps); on leaving the field a valid number is rewritten in the one
 * format the plan keeps (+1 415 555 0134 ext. 12). What is wrong with it is
 * the form's error, from the same rule (`readPhone`).
 */
export function PhoneField({ value = '', onChange, onBlur, label = 'Phone', ...props }: Props) {
  return (
    <TextInput
      {...props}
      label={label}
      type="tel"
      inputMode="tel"
      autoComplete="off"
      maxLength={200}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={(event: FocusEvent<HTMLInputElement>) => {
        const formatted = normalisePhone(value, userCountry());
        if (formatted !== value) onChange(formatted);
        onBlur?.(event);
      }}
    />
  );
}
