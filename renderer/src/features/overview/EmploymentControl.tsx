import { Input, Stack, Text } from '@mantine/core';
import { EmploymentSwitch } from '../plan/EmploymentSwitch';
import { usePlan } from '../plan/usePlan';

const EXPLAIN = {
  employed:
    'You have a job, so you can afford to wait for a dream role when its timeline fits your Plan B deadline.',
  unemployed:
    'Safety-net mode: take the first solid offer and keep an eye on dream roles; if one comes back after you start, still do what is best for your career.',
} as const;

/** Employed or unemployed: the second switches the board to safety-net advice. */
export function EmploymentControl() {
  const employment = usePlan((plan) => plan.situation.employment);
  return (
    <Stack gap={6}>
      <Input.Label id="employment-label">Right now I am</Input.Label>
      <EmploymentSwitch labelledBy="employment-label" />
      <Text size="sm" c="dimmed" data-testid="employment-explanation">
        {EXPLAIN[employment]}
      </Text>
    </Stack>
  );
}
