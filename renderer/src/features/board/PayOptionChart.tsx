import { BarChart } from '@mantine/charts';
import { Stack, Text } from '@mantine/core';
import { formatMoney, payChartRows, type PayChart, type PayChartOption } from '@shared/board';
import { capitalise, PART_COLORS } from './pay-chart-colors';

/** One option's four years, stacked by part, on the scale every option's chart shares. */
export function PayOptionChart({ option, chart, locale }: { option: PayChartOption; chart: PayChart; locale: string }) {
  const money = (n: number) => formatMoney(n, chart.currency, locale);
  return (
    <Stack gap={4} data-testid="pay-option-chart" data-option={option.id}>
      <Text fw={600} size="sm">{option.name}</Text>
      <Text size="xs" c="dimmed" mb={6}>
        4-year average {option.averageText}{option.rateNote ? ` · ${option.rateNote}` : ''}
      </Text>
      <BarChart
        h={220}
        data={payChartRows(option, chart.parts)}
        dataKey="year"
        type="stacked"
        series={chart.parts.map((p) => ({ name: p.key, label: capitalise(p.label), color: PART_COLORS[p.key] }))}
        valueFormatter={money}
        yAxisProps={{ domain: [0, chart.ticks.at(-1) ?? 1], ticks: chart.ticks, interval: 0, width: 80 }}
        maxBarWidth={48}
        tooltipAnimationDuration={0}
        // The chart is hidden from assistive tech (its table stands in), so it must not take keyboard focus either.
        accessibilityLayer={false}
        barProps={{ isAnimationActive: false }}
      />
    </Stack>
  );
}
