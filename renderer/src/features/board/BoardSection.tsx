import { memo, useState } from 'react';
import { Grid, Group, Stack, Text, Title } from '@mantine/core';
import { FollowUpsDue } from '../calls/FollowUpsDue';
import { NextFactPrompt } from '../guided/NextFactPrompt';
import { QuickAddRole } from '../guided/QuickAddRole';
import { BOARD_PAINTED } from './board-painted';
import { BoardNotices } from './BoardNotices';
import { BoardTimelineCard } from './BoardTimelineCard';
import { ComparisonTableView } from './ComparisonTableView';
import { ExportCalendarButton } from '../calendar/ExportCalendarButton';
import { ExportCsvButton } from './ExportCsvButton';
import { LazyPayChart } from './LazyPayChart';
import { PlanBCard } from './PlanBCard';
import { DecidedCard } from '../negotiation/DecidedCard';
import { OffersInHand } from '../negotiation/OffersInHand';
import { RecommendationsPanel } from './RecommendationsPanel';
import { RoleCardList } from './RoleCardList';
import { SituationSwitch } from './SituationSwitch';
import { useBoard } from './useBoard';
import { usePlan } from '../plan/usePlan';
import { SegmentedChoice } from '../../components/SegmentedChoice';

type View = 'cards' | 'table' | 'pay';

/** The scenario board: Plan B beside every dream role, in call order, with the advice that follows. */
export function BoardSection() {
  const board = useBoard();
  const planId = usePlan((p) => p.id);
  const [view, setView] = useState<View>('cards');
  const toCall = board.callOrder.entries.length;
  return (
    <Stack gap="lg" maw={1400} data-testid="section-board">
      <Group justify="space-between" align="center" gap="sm">
        <Title order={1} elementtiming={BOARD_PAINTED}>Board</Title>
        <Group gap="md" wrap="wrap">
          <SituationSwitch />
          <ExportCsvButton board={board} />
          <ExportCalendarButton planId={planId} />
        </Group>
      </Group>
      <NextFactPrompt />
      <FollowUpsDue />
      <DecidedCard board={board} />
      {board.negotiation.decision ? null : <BoardNotices offerHeld={board.offerHeld} safetyNet={board.safetyNet} />}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <PlanBCard board={board} />
            <OffersInHand board={board} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <RecommendationsPanel board={board} />
        </Grid.Col>
      </Grid>
      <BoardTimelineCard timeline={board.timeline} locale={board.locale} />
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" gap="sm">
          <Stack gap={2}>
            <Title order={2} size="h3">Dream roles</Title>
            <Text size="sm" c="dimmed">
              {toCall === 0
                ? 'No dream role needs a call right now.'
                : `${toCall} to call, in the order shown${board.roles.length > toCall ? `; ${board.roles.length - toCall} need no call` : ''}.`}
            </Text>
          </Stack>
          <ViewSwitch view={view} onChange={setView} />
        </Group>
        <QuickAddRole />
        {view === 'cards' ? (
          <RoleCardList roles={board.roles} currency={board.currency} locale={board.locale} />
        ) : view === 'table' ? (
          <ComparisonTableView table={board.table} />
        ) : (
          <LazyPayChart board={board} />
        )}
      </Stack>
    </Stack>
  );
}

const VIEWS = [
  { value: 'cards', label: 'Cards' },
  { value: 'table', label: 'Table' },
  { value: 'pay', label: 'Pay chart' },
];

/** Cards, table or pay chart; memoized so an edit elsewhere does not render it again. */
const ViewSwitch = memo(function ViewSwitch({ view, onChange }: { view: View; onChange: (view: View) => void }) {
  return (
    <SegmentedChoice
      aria-label="Show dream roles as"
      value={view}
      onChange={(v) => onChange(v === 'table' || v === 'pay' ? v : 'cards')}
      data={VIEWS}
    />
  );
});
