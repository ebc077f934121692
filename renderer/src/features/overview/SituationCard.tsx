import { Card, Input, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { BASES, BASIS_LABELS, rebaseRates, type Basis } from '@shared/compensation';
import { CurrencySelect } from '../editors/pay/CurrencySelect';
import { usePlan } from '../plan/usePlan';
import { usePlanSession } from '../plan/usePlanSession';
import { EmploymentControl } from './EmploymentControl';
import { ExchangeRates } from './ExchangeRates';
import { SegmentedChoice } from '../../components/SegmentedChoice';

const BASIS_OPTIONS = BASES.map((b) => ({ value: b, label: BASIS_LABELS[b].replace(/^./, (c) => c.toUpperCase()) }));

/** Who is deciding, the currency the plan shows money in, and how pay is compared. */
export function SituationCard() {
  const session = usePlanSession();
  const userName = usePlan((plan) => plan.situation.userName);
  const currency = usePlan((plan) => plan.situation.currency);
  const compareOn = usePlan((plan) => plan.situation.compareOn);
  const rates = usePlan((plan) => plan.situation.rates);
  // The currency a refused change asked for: the refusal is worked out again from the plan on every
  // render, so it goes as soon as it is no longer true (its rate added, the rates removed, the currency picked back).
  const [refused, setRefused] = useState<string | null>(null);
  const refusal = refused !== null && refused !== currency ? rebaseRates(rates, currency, refused) : null;
  const currencyProblem = refusal && !refusal.ok ? refusal.message : null;
  // Once no longer true it is forgotten, so removing that rate later does not bring the old refusal back.
  if (refused !== null && currencyProblem === null) setRefused(null);
  const showMoneyIn = (next: string) => {
    // The rates are into the display currency, so they change with it (or the change is refused, in words).
    const rebased = rebaseRates(rates, currency, next);
    setRefused(rebased.ok ? null : next);
    if (rebased.ok) session.edit((plan) => ({ ...plan, situation: { ...plan.situation, currency: next, rates: rebased.rates } }));
  };
  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Title order={2} size="h3">
          Your situation
        </Title>
        <EmploymentControl />
        <TextInput
          label="Your name (used in scripts)"
          value={userName}
          maxLength={200}
          onChange={(event) => {
            const value = event.currentTarget.value;
            session.edit((plan) => ({ ...plan, situation: { ...plan.situation, userName: value } }), 'situation.userName');
          }}
        />
        <CurrencySelect
          label="Show money in"
          description="Offers and dream roles keep their own currency; the board converts them into this one with your rates."
          value={currency}
          maw={360}
          error={currencyProblem}
          onChange={showMoneyIn}
          // Picking the shown currency again fires no change, yet it takes back the refused one.
          onOptionSubmit={(code) => code === currency && setRefused(null)}
        />
        <Stack gap={6}>
          <Input.Label id="compare-on-label">Compare pay on</Input.Label>
          <SegmentedChoice
            aria-labelledby="compare-on-label"
            data={BASIS_OPTIONS}
            value={compareOn}
            onChange={(value) => session.edit((plan) => ({ ...plan, situation: { ...plan.situation, compareOn: value as Basis } }))}
            maw={360}
          />
          <Text size="sm" c="dimmed">
            What the board’s “vs Plan B” uses: the first year (with its sign-on and relocation), or the average of the first four years.
          </Text>
        </Stack>
        <ExchangeRates />
      </Stack>
    </Card>
  );
}
