import { Text } from '@mantine/core';
import { differenceText, formatScore, type MoneyDifference, type RoleCard } from '@shared/board';
import { AutoGrid } from './AutoGrid';
import { cardPart, type CardPartProps } from './card-part';
import { Figure } from './Figure';
import { textColor } from './tones';

function Delta({ d, currency, locale }: { d: MoneyDifference; currency: string; locale: string }) {
  const text = differenceText(d, currency, locale);
  if (text === null || d.amount === null) return <Text size="xs" c="dimmed">{d.reason}</Text>;
  return (
    <Text size="xs" c={d.amount > 0 ? textColor('teal') : d.amount < 0 ? textColor('red') : undefined} fw={500}>
      {d.amount === 0 ? 'Same as Plan B' : `${text} vs Plan B`}
    </Text>
  );
}

/** Compensation and score, each against Plan B; an edit to Plan B renders the comparisons, not the role's own totals. */
export function RoleFigures({ role, currency, locale }: { role: RoleCard; currency: string; locale: string }) {
  return (
    <AutoGrid min="9rem" gap="var(--mantine-spacing-sm)">
      <OwnTotals role={role} />
      <PayVsPlanB role={role} currency={currency} locale={locale} />
      <ScoreFigure role={role} locale={locale} />
    </AutoGrid>
  );
}

const OWN_TOTALS = ['compensationDisplay'] as const;

const OwnTotals = cardPart(OWN_TOTALS, function OwnTotals({ role }: CardPartProps<typeof OWN_TOTALS>) {
  return (
    <>
      <Figure label="First-year total" testId="role-first-year">{role.compensationDisplay.firstYear}</Figure>
      <Figure label="4-year average" testId="role-four-year-average">{role.compensationDisplay.fourYearAverage}</Figure>
    </>
  );
});

const PAY_VS_PLAN_B = ['payVsPlanB', 'compensationDisplay'] as const;

const PayVsPlanB = cardPart(PAY_VS_PLAN_B, function PayVsPlanB({ role, currency, locale }: CardPartProps<typeof PAY_VS_PLAN_B, { currency: string; locale: string }>) {
  return (
    <Figure label={`Pay vs Plan B (${role.payVsPlanB.label})`} testId="role-pay-vs-plan-b">
      <Delta d={role.payVsPlanB.difference} currency={currency} locale={locale} />
      {role.compensationDisplay.rateNote ? <Text size="xs" c="dimmed">{role.compensationDisplay.rateNote}</Text> : null}
    </Figure>
  );
});

const SCORE = ['score', 'scoreDifference'] as const;

const ScoreFigure = cardPart(SCORE, function ScoreFigure({ role, locale }: CardPartProps<typeof SCORE, { locale: string }>) {
  const s = role.scoreDifference;
  return (
    <Figure label="Weighted score">
      {formatScore(role.score.score, locale)}
      <Text size="xs" fw={500} c={s.comparison === 'better' ? textColor('teal') : s.comparison === 'worse' ? textColor('red') : 'dimmed'}>
        {s.reason}
      </Text>
    </Figure>
  );
});
