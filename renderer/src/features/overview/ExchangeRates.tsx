import { Fieldset, Stack, Text } from '@mantine/core';
import { usePlan } from '../plan/usePlan';
import { AddRateForm } from './AddRateForm';
import { currenciesWithoutRate } from './rate-edits';
import { RateRow } from './RateRow';

/** The rates the user typed, one per currency, into the display currency. */
export function ExchangeRates() {
  const display = usePlan((plan) => plan.situation.currency);
  const rates = usePlan((plan) => plan.situation.rates);
  const missing = usePlan((plan) => currenciesWithoutRate(plan).join(','));
  const without = missing ? missing.split(',') : [];
  return (
    <Fieldset legend="Exchange rates" variant="filled" data-testid="exchange-rates">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Nothing is fetched: type the rates you want to use, with the day you took each one, and the board shows them beside every converted figure.
        </Text>
        {without.length ? (
          <Text size="sm" data-testid="missing-rates">
            No rate yet for {without.join(', ')}: those offers and dream roles are shown in their own currency and not compared with Plan B.
          </Text>
        ) : null}
        {rates.map((rate) => (
          <RateRow key={rate.currency} rate={rate} display={display} />
        ))}
        <AddRateForm key={without[0] ?? ''} display={display} suggested={without[0] ?? ''} />
      </Stack>
    </Fieldset>
  );
}
