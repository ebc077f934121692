import '@mantine/charts/styles.css';
import { useMemo, useState } from 'react';
import { Button, ColorSwatch, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { payChart, type Board } from '@shared/board';
import type { Plan } from '@shared/plan';
import { capitalise, PART_COLORS } from './pay-chart-colors';
import { PayChartTable } from './PayChartTable';
import { PayOptionChart } from './PayOptionChart';
import classes from './pay-chart.module.css';

/**
 * "Pay over four years": Plan B, other live offers and each dream role's
 * estimate, year by year, stacked by part. Loaded on demand (recharts is
 * heavy); the same figures are always in a table for screen readers and print.
 */
export function PayChartView({ plan, board }: { plan: Plan; board: Board }) {
  const chart = useMemo(() => payChart(plan, board), [plan, board]);
  const [tableShown, setTableShown] = useState(false);
  return (
    <Stack gap="sm" data-testid="pay-chart" aria-labelledby="pay-chart-heading">
      <Title order={3} size="h4" id="pay-chart-heading">Pay over four years</Title>
      <Text size="sm" c="dimmed">
        Each year’s total in {chart.currency}, stacked by part, on one scale. A part not known yet has no bar, and its total reads “at least”.
      </Text>
      {chart.options.length === 0 ? (
        <Text size="sm">Nothing to chart yet: add Plan B’s pay or a dream role’s estimate.</Text>
      ) : (
        <div className={classes.chart} aria-hidden>
          <Group gap="md" mb="xs">
            {chart.parts.map((p) => (
              <Group key={p.key} gap={6}>
                <ColorSwatch color={`var(--mantine-color-${PART_COLORS[p.key].replace('.', '-')})`} size={14} withShadow={false} />
                <Text size="sm">{capitalise(p.label)}</Text>
              </Group>
            ))}
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg">
            {chart.options.map((o) => <PayOptionChart key={o.id} option={o} chart={chart} locale={board.locale} />)}
          </SimpleGrid>
        </div>
      )}
      {chart.leftOut.length ? (
        <List size="sm" data-testid="pay-chart-left-out">
          {chart.leftOut.map((l) => <List.Item key={l.id}>Not charted: {l.reason}</List.Item>)}
        </List>
      ) : null}
      {chart.options.length ? (
        <>
          <Group className={classes.toggle}>
            <Button variant="subtle" size="compact-sm" onClick={() => setTableShown((s) => !s)} aria-expanded={tableShown} aria-controls="pay-chart-figures">
              {tableShown ? 'Hide the figures' : 'Show the figures as a table'}
            </Button>
          </Group>
          <div id="pay-chart-figures" className={classes.hiddenTable} data-shown={tableShown}>
            <PayChartTable chart={chart} />
          </div>
        </>
      ) : null}
    </Stack>
  );
}
