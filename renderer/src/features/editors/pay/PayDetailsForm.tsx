import { useEffect, useState } from 'react';
import { Divider, Grid, Stack } from '@mantine/core';
import type { Compensation } from '@shared/compensation';
import { usePlan } from '../../plan/usePlan';
import { UnsavedDraftsNote } from '../UnsavedDraftsNote';
import { useDraftForm } from '../useDraftForm';
import { CashFields } from './CashFields';
import { EquityFields } from './EquityFields';
import { loadGrantByChoice, saveGrantByChoice } from './grant-by-choice';
import { LeaveAfter } from './LeaveAfter';
import { payDetailsSpecRemembering } from './pay-details-draft';
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
  const planId = usePlan((plan) => plan.id);
  const [spec] = useState(() => payDetailsSpecRemembering(() => loadGrantByChoice(planId, keyPrefix)));
  const draft = useDraftForm(compensation, spec, save, `${keyPrefix}:pay`);
  const grantBy = draft.form.values.grantBy;
  useEffect(() => saveGrantByChoice(planId, keyPrefix, grantBy), [planId, keyPrefix, grantBy]);
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
