import { Card, Select, Stack, TextInput, Title } from '@mantine/core';
import { usePlan } from '../plan/usePlan';
import { usePlanSession } from '../plan/usePlanSession';
import { currencyOptions } from './currencies';
import { EmploymentControl } from './EmploymentControl';

/** Who is deciding, and in which currency the plan counts money. */
export function SituationCard() {
  const session = usePlanSession();
  const userName = usePlan((plan) => plan.situation.userName);
  const currency = usePlan((plan) => plan.situation.currency);
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
        <Select
          label="Currency"
          description="All amounts in this plan use this currency."
          data={currencyOptions(currency)}
          value={currency}
          allowDeselect={false}
          searchable
          maw={320}
          onChange={(value) => {
            if (!value) return;
            session.edit((plan) => ({ ...plan, situation: { ...plan.situation, currency: value } }));
          }}
        />
      </Stack>
    </Card>
  );
}
