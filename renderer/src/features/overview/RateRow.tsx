import { useCallback } from 'react';
import { ActionIcon, Group, Text, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { ExchangeRate } from '@shared/compensation';
import { DateField } from '../editors/DateField';
import { NumberInput } from '../editors/memo-inputs';
import { useDraftForm } from '../editors/useDraftForm';
import { usePlanSession } from '../plan/usePlanSession';
import { rateSpec, removeRate, updateRate } from './rate-edits';

/** One rate the user typed: "1 CHF = 1.13 USD", taken on a day. */
export function RateRow({ rate, display }: { rate: ExchangeRate; display: string }) {
  const session = usePlanSession();
  const save = useCallback(
    (recipe: (r: ExchangeRate) => ExchangeRate, key: string) => session.edit((plan) => updateRate(plan, rate.currency, recipe), key),
    [session, rate.currency],
  );
  const draft = useDraftForm(rate, rateSpec, save, `rate:${rate.currency}`);
  return (
    <Group align="flex-start" gap="xs" wrap="nowrap" data-testid="exchange-rate">
      <Text fw={600} mt={30} w={40}>
        {rate.currency}
      </Text>
      <NumberInput
        label={`1 ${rate.currency} = … ${display}`}
        decimalScale={6}
        clampBehavior="none"
        hideControls
        inputMode="decimal"
        suffix={` ${display}`}
        w={140}
        {...draft.field('rate')}
      />
      <DateField label="Taken on" aria-label={`${rate.currency} rate taken on`} w={170} {...draft.field('takenOn')} />
      <Tooltip label={`Remove the ${rate.currency} rate`}>
        <ActionIcon
          variant="subtle"
          color="red"
          mt={30}
          aria-label={`Remove the ${rate.currency} rate`}
          onClick={() => session.edit((plan) => removeRate(plan, rate.currency))}
        >
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
