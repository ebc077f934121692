import { Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { Compensation } from '@shared/compensation';
import { NumberInput } from '../memo-inputs';
import { ChoiceField } from './ChoiceField';
import type { DraftForm } from '../useDraftForm';
import { addInstalment } from './instalment-draft';
import { InstalmentRow } from './InstalmentRow';
import type { PayDetailsDraft } from './pay-details-draft';
import type { SavePay } from './PayDetails';

const MAX_INSTALMENTS = 8;

interface Props {
  draft: DraftForm<PayDetailsDraft>;
  compensation: Compensation;
  save: SavePay;
  keyPrefix: string;
}

/** The sign-on bonus: its instalments and the terms for paying it back. */
export function SignOnFields({ draft, compensation, save, keyPrefix }: Props) {
  const { instalments } = compensation.signOn;
  return (
    <Fieldset legend="Sign-on bonus" variant="filled">
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          Months count from 1, your first month; month 13 is the start of year 2.
        </Text>
        {instalments.length === 0 ? <Text size="sm">No sign-on bonus.</Text> : null}
        {instalments.map((instalment, index) => (
          <InstalmentRow key={index} instalment={instalment} index={index} currency={compensation.currency} save={save} keyPrefix={keyPrefix} />
        ))}
        <Group>
          <Button
            variant="light"
            size="compact-sm"
            leftSection={<IconPlus size={14} aria-hidden />}
            disabled={instalments.length >= MAX_INSTALMENTS}
            onClick={() => save(addInstalment)}
          >
            Add an instalment
          </Button>
        </Group>
        <Group align="flex-end" gap="md" wrap="wrap">
          <NumberInput
            label="Pay it back if I leave within"
            description="Months after each instalment; empty if not known"
            suffix=" months"
            allowDecimal={false}
            clampBehavior="none"
            hideControls
            w={220}
            {...draft.field('clawbackMonths')}
          />
          <ChoiceField
            label="How much is paid back"
            data={[{ value: 'pro-rata', label: 'The unserved share' }, { value: 'full', label: 'All of it' }]}
            {...draft.field('clawback')}
          />
        </Group>
      </Stack>
    </Fieldset>
  );
}
