import { useState } from 'react';
import { Button, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { CurrencyCode } from '@shared/compensation';
import { draftNumber } from '../editors/draft-values';
import { DateField } from '../editors/DateField';
import { CurrencySelect } from '../editors/pay/CurrencySelect';
import { localToday } from '../editors/time-zones';
import { usePlan } from '../plan/usePlan';
import { usePlanSession } from '../plan/usePlanSession';
import { addRate, rateError, takenOnError } from './rate-edits';
import { loadRateDraft, removeRateDraft, saveRateDraft, type RateDraft } from './rate-draft-store';

/**
 * A new rate is added whole (currency, rate and day), so the plan never holds
 * a made-up rate; until then what is typed stays here with what is missing.
 */
export function AddRateForm({ display, suggested }: { display: string; suggested: string }) {
  const session = usePlanSession();
  const planId = usePlan((plan) => plan.id);
  const [draft, setDraft] = useState<RateDraft>(() => loadRateDraft(planId) ?? { currency: suggested, rate: '', takenOn: localToday(new Date()) });
  const { currency, rate, takenOn } = draft;
  // Kept as it is typed, so leaving the section (or the window) loses nothing.
  const change = (patch: Partial<RateDraft>) => {
    const next = { ...draft, ...patch };
    saveRateDraft(planId, next);
    setDraft(next);
  };
  const [tried, setTried] = useState(false);
  const errors = {
    currency: !CurrencyCode.safeParse(currency).success
      ? 'Choose the currency this rate is for.'
      : currency === display
        ? `Amounts in ${display} need no rate.`
        : null,
    rate: rateError(rate),
    takenOn: takenOnError(takenOn),
  };
  const shown = (e: string | null) => (tried ? e : null);
  const add = () => {
    setTried(true);
    if (errors.currency || errors.rate || errors.takenOn) return;
    session.edit((plan) => addRate(plan, { currency, rate: draftNumber(rate) as number, takenOn: takenOn as string }));
    removeRateDraft(planId);
    setDraft((d) => ({ ...d, rate: '' }));
    setTried(false);
  };
  return (
    <Stack gap="xs" data-testid="add-rate">
      <Text size="sm" fw={600}>
        Add a rate
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <CurrencySelect label="Currency" value={currency} onChange={(c) => change({ currency: c })} error={shown(errors.currency)} />
        <NumberInput
          label={currency ? `1 ${currency} = … ${display}` : `Rate into ${display}`}
          value={rate}
          onChange={(r) => change({ rate: r })}
          decimalScale={6}
          clampBehavior="none"
          hideControls
          inputMode="decimal"
          suffix={` ${display}`}
          error={shown(errors.rate)}
        />
        <DateField label="Taken on" value={takenOn} onChange={(t) => change({ takenOn: t })} error={shown(errors.takenOn)} />
        <Button variant="light" mt={{ base: 0, xs: 25 }} leftSection={<IconPlus size={14} aria-hidden />} onClick={add} style={{ alignSelf: 'start' }}>
          Add this rate
        </Button>
      </SimpleGrid>
    </Stack>
  );
}
