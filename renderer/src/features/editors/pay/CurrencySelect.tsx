import { memo, useState } from 'react';
import { Select, type SelectProps } from '@mantine/core';
import { currencyLabel, currencyOptions } from '../../overview/currencies';

type CurrencySelectProps = Omit<SelectProps<string>, 'data' | 'value' | 'onChange' | 'searchable'> & {
  value?: string;
  onChange: (code: string) => void;
};

const CODE = /^[A-Za-z]{3}$/;

/**
 * An ISO 4217 code: the common ones to pick from by code or name, and any
 * other three-letter code typed in full (it is offered as the last option).
 */
export const CurrencySelect = memo(function CurrencySelect({ value = '', onChange, ...props }: CurrencySelectProps) {
  const [search, setSearch] = useState('');
  const options = currencyOptions(value);
  const typed = search.trim().toUpperCase();
  const data = CODE.test(typed) && !options.some((o) => o.value === typed) ? [...options, { value: typed, label: currencyLabel(typed) }] : options;
  return (
    <Select<string>
      {...props}
      data={data}
      value={value}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      allowDeselect={false}
      nothingFoundMessage="Type the three-letter code, such as THB."
      onChange={(next) => {
        if (next) onChange(next);
      }}
    />
  );
});
