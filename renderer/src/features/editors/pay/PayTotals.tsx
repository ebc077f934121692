import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { COMPENSATION_PART_LABELS, compensationTotals, moneyContext, moneyDisplay } from '@shared/board';
import type { Compensation } from '@shared/compensation';
import { textColor } from '../../board/tones';
import { userLocale } from '../../board/user-locale';
import { planPath } from '../../plan/sections';
import { usePlan } from '../../plan/usePlan';

/**
 * This record's year 1–4 totals and 4-year average, as the board counts them
 * (shared/board), in the plan's display currency when a rate allows.
 */
export function PayTotals({ compensation }: { compensation: Compensation }) {
  const situation = usePlan((plan) => plan.situation);
  const planId = usePlan((plan) => plan.id);
  const money = moneyContext({ situation });
  const totals = compensationTotals(compensation, money);
  const shown = moneyDisplay(totals, userLocale());
  const missing = totals.fourYearAverage.missing.map((p) => COMPENSATION_PART_LABELS[p]);
  const rows = [...shown.years.map((amount, i) => ({ label: `Year ${i + 1}`, amount })), { label: '4-year average', amount: shown.fourYearAverage }];
  return (
    <Stack gap="xs" data-testid="pay-totals">
      <Title order={3} size="h5">
        What this adds up to
      </Title>
      <Table withRowBorders={false} verticalSpacing={4} horizontalSpacing="xs" aria-label="Totals by year">
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.label}>
              <Table.Th scope="row" fw={r.label === '4-year average' ? 700 : 500}>
                {r.label}
              </Table.Th>
              <Table.Td ta="right" fw={r.label === '4-year average' ? 700 : undefined} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {r.amount}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {missing.length ? (
        <Text size="sm" c="dimmed">
          Not known yet: {missing.join(', ')}. Totals are at least the known parts.
        </Text>
      ) : null}
      {totals.rate ? (
        <Text size="sm" c="dimmed" data-testid="pay-rate">
          In {money.currency}: {shown.rateNote}.
        </Text>
      ) : null}
      {totals.rateNote && !totals.rate ? (
        <Text size="sm" c={textColor('orange')} data-testid="pay-rate">
          No exchange rate for {compensation.currency} yet, so these are in {compensation.currency} and not compared with Plan B.{' '}
          <Anchor component={Link} to={planPath(planId, 'overview')} size="sm" underline="always">
            Add a rate under Situation
          </Anchor>
          .
        </Text>
      ) : null}
    </Stack>
  );
}
