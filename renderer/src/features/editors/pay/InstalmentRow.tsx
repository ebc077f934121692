import { useCallback } from 'react';
import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { Compensation } from '@shared/compensation';
import { NumberInput } from '../memo-inputs';
import { useDraftForm } from '../useDraftForm';
import { instalmentSpec, LAST_MONTH, removeInstalment, withInstalment, type Instalment } from './instalment-draft';
import { amountProps } from './money-input';
import type { SavePay } from './PayDetails';

interface Props {
  instalment: Instalment;
  index: number;
  currency: string;
  save: SavePay;
  keyPrefix: string;
}

/** One sign-on instalment: how much, and in which month it is paid. */
export function InstalmentRow({ instalment, index, currency, save, keyPrefix }: Props) {
  const saveOne = useCallback(
    (recipe: (i: Instalment) => Instalment, key: string) => save((c: Compensation) => withInstalment(c, index, recipe), key),
    [save, index],
  );
  const draft = useDraftForm(instalment, instalmentSpec, saveOne, `${keyPrefix}:instalment:${index}`);
  const n = index + 1;
  return (
    <Group align="flex-start" gap="sm" wrap="nowrap" data-testid="sign-on-instalment">
      <NumberInput label={`Instalment ${n}`} {...amountProps(currency)} style={{ flex: 2 }} {...draft.field('amount')} />
      <NumberInput
        label="Paid in month"
        aria-label={`Instalment ${n}: paid in month`}
        min={1}
        max={LAST_MONTH}
        allowDecimal={false}
        clampBehavior="none"
        style={{ flex: 1 }}
        {...draft.field('month')}
      />
      <Tooltip label={`Remove instalment ${n}`}>
        <ActionIcon
          variant="subtle"
          color="red"
          mt={26}
          aria-label={`Remove instalment ${n}`}
          onClick={() => save((c) => removeInstalment(c, index), `${keyPrefix}:remove-instalment`)}
        >
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
