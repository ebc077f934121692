import type { ReactNode } from 'react';
import { Fieldset, SimpleGrid } from '@mantine/core';
import { NumberInput } from './memo-inputs';
import { currencySymbol, PAY_FIELDS, type PayDraft, type PayKey } from './money';
import type { DraftForm } from './useDraftForm';
import { draftPart } from './draft-part';

interface PayFieldsProps<D extends PayDraft> {
  draft: DraftForm<D>;
  legend: string;
  /** The record's own currency (an offer in CHF shows CHF, whatever the plan's display currency). */
  currency: string;
  /** The figures to show, when not all four (the guided start asks only for base pay). */
  only?: readonly PayKey[];
  /** Shown under the four figures: the way into the full detail. */
  children?: ReactNode;
}

/**
 * Base, bonus, sign-on and equity per year, in the record's own currency. No min or
 * max clamping on the input: a negative or absurd amount stays as typed, with
 * the reason it is not saved.
 */
function PayFieldsPart<D extends PayDraft>({ draft, legend, currency, only, children }: PayFieldsProps<D>) {
  const symbol = currencySymbol(currency);
  return (
    <Fieldset legend={legend} variant="filled">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {PAY_FIELDS.filter((f) => !only || only.includes(f.key)).map(({ key, label }) => (
          <NumberInput
            key={key}
            label={label}
            prefix={`${symbol} `}
            thousandSeparator=","
            decimalScale={2}
            clampBehavior="none"
            hideControls
            inputMode="decimal"
            {...draft.field(key as keyof D & string)}
          />
        ))}
      </SimpleGrid>
      {children}
    </Fieldset>
  );
}

/** A draft part (draft-part.ts): a keystroke elsewhere in the card does not render the four figures again. */
export const PayFields = draftPart(PayFieldsPart) as typeof PayFieldsPart;
