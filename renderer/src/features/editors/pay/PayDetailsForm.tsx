import { Divider, Grid, Stack } from '@mantine/core';
import type { Compensation } from '@shared/compensation';
import { UnsavedDraftsNote } from '../UnsavedDraftsNote';
import { useDraftForm } from '../useDraftForm';
import { CashFields } from './CashFields';
import { EquityFields } from './EquityFields';
import { LeaveAfter } from './LeaveAfter';
import { payDetailsSpec } from './pay-details-draft';
import type { SavePay } from './PayDetails';
import { PayTotals } from './PayTotals';
import { SignOnFields } from './SignOnFields';

interface Props {
  compensation: Compensation;
  save: SavePay;
  keyPrefix: string;
}

/** The fields on the left; on the right, what they add up to, as saved. */
export function PayDetailsForm({ compensation, save, keyPrefix }: Props) {
  const draft = useDraftForm(compensation, payDetailsSpec, save, `${keyPrefix}:pay`);
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="md">
        <UnsavedDraftsNote errors={draft.form.errors} />
        <CashFields draft={draft} />
        <SignOnFields draft={draft} compensation={compensation} save={save} keyPrefix={keyPrefix} />
        <EquityFields draft={draft} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="md" pos="sticky" top={0}>
          <PayTotals compensation={compensation} />
          <Divider />
          <LeaveAfter compensation={compensation} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
