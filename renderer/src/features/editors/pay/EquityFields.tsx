import { Fieldset, SimpleGrid, Stack } from '@mantine/core';
import { PRIVATE_EQUITY_WHY } from '@shared/compensation';
import { NumberInput } from '../memo-inputs';
import { ChoiceField } from './ChoiceField';
import type { DraftForm } from '../useDraftForm';
import { amountProps, percentProps } from './money-input';
import type { PayDetailsDraft } from './pay-details-draft';
import { ScheduleFields } from './ScheduleFields';

/** The equity grant: its value (or units × price), vesting, refresher, and how much of it to count. */
export function EquityFields({ draft }: { draft: DraftForm<PayDetailsDraft> }) {
  const v = draft.form.values;
  const money = amountProps(v.currency);
  return (
    <Fieldset legend="Equity" variant="filled">
      <Stack gap="xs">
        <ChoiceField
          label="The grant is given as"
          data={[{ value: 'value', label: 'A value' }, { value: 'units', label: 'Units × price' }]}
          {...draft.field('grantBy')}
        />
        {v.grantBy === 'value' ? (
          <NumberInput label="Grant value" description="The whole grant, over all its vesting years" {...money} {...draft.field('grantValue')} />
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NumberInput label="Units" thousandSeparator="," decimalScale={4} clampBehavior="none" hideControls {...draft.field('units')} />
            <NumberInput label="Price per unit" {...money} {...draft.field('pricePerUnit')} />
          </SimpleGrid>
        )}
        <ScheduleFields draft={draft} />
        <NumberInput
          label="Refresher per year"
          description="A new grant each year from year 2, on the same schedule; 0 if none"
          {...money}
          {...draft.field('refresherPerYear')}
        />
        <NumberInput label="I count this equity at" description={PRIVATE_EQUITY_WHY} maw={320} {...percentProps} {...draft.field('countAtPercent')} />
      </Stack>
    </Fieldset>
  );
}
