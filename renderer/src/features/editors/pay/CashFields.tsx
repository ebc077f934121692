import { Fieldset, Group, SimpleGrid } from '@mantine/core';
import { NativeSelect, NumberInput } from '../memo-inputs';
import { ChoiceField } from './ChoiceField';
import type { DraftForm } from '../useDraftForm';
import { CurrencySelect } from './CurrencySelect';
import { amountProps, descriptionBelow, percentProps } from './money-input';
import type { PayDetailsDraft } from './pay-details-draft';

const PAYMENTS = ['12', '13', '14'];

/** Currency, base salary with its pay period, bonus, relocation and benefits. */
export function CashFields({ draft }: { draft: DraftForm<PayDetailsDraft> }) {
  const v = draft.form.values;
  const money = amountProps(v.currency);
  const monthly = v.basePeriod === 'monthly';
  const target = v.bonusKind === 'target-percent';
  const payments = PAYMENTS.includes(v.paymentsPerYear) ? PAYMENTS : [...PAYMENTS, v.paymentsPerYear];
  return (
    <Fieldset legend="Cash" variant="filled">
      <CurrencySelect label="Currency of this offer" description="As written in the offer; the board converts it with your rates." maw={320} {...draft.field('currency')} />
      <ChoiceField
        label="Base salary is paid"
        mt="md"
        data={[{ value: 'yearly', label: 'Yearly' }, { value: 'monthly', label: 'Monthly' }]}
        {...draft.field('basePeriod')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="xs">
        <NumberInput label={monthly ? 'Base salary per payment' : 'Base salary per year'} {...money} {...draft.field('baseAmount')} />
        {monthly ? (
          <NativeSelect
            label="Payments a year"
            description="13 or 14 where a 13th or 14th month is paid"
            data={payments}
            {...descriptionBelow}
            {...draft.field('paymentsPerYear')}
          />
        ) : null}
      </SimpleGrid>
      <ChoiceField
        label="Bonus is given as"
        data={[{ value: 'amount', label: 'An amount' }, { value: 'target-percent', label: 'A target % of base' }]}
        {...draft.field('bonusKind')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="xs">
        {target ? (
          <NumberInput label="Bonus target" {...percentProps} {...draft.field('bonusValue')} />
        ) : (
          <NumberInput label="Bonus per year" {...money} {...draft.field('bonusValue')} />
        )}
        <NumberInput label="Payout I expect" description="100 % = on target" {...percentProps} {...draft.field('bonusPayout')} />
      </SimpleGrid>
      <Group grow mt="md" align="flex-start">
        <NumberInput label="Relocation" description="Paid once, in year 1" {...money} {...draft.field('relocation')} />
        <NumberInput label="Benefits per year" description="Pension match, health cover; 0 if not counted" {...money} {...draft.field('benefitsPerYear')} />
      </Group>
    </Fieldset>
  );
}
