import { useMemo, useState } from 'react';
import { Alert, Container, Grid, Stack } from '@mantine/core';
import { heldOffer } from '@shared/offers/held-offer';
import { callSheetData } from '../callsheet/call-sheet-model';
import { useBoard } from '../board/useBoard';
import { usePlan } from '../plan/usePlan';
import { userTimeZone } from '../scripts/user-time-zone';
import { AfterCall, type LoggedCall } from './AfterCall';
import { AnswerButtons } from './AnswerButtons';
import { AnswerPanel } from './AnswerPanel';
import { CallHeader } from './CallHeader';
import { CallNotes } from './CallNotes';
import { EndCallPanel } from './EndCallPanel';
import { ListenFor } from './ListenFor';
import { ScriptPanel } from './ScriptPanel';
import { useAnswerKeys } from './useAnswerKeys';
import { useCallDraft } from './useCallDraft';

/** One call, from dialling to the logged entry: script, their answer, notes, and ending it. */
export function CallInProgress({ planId, roleId }: { planId: string; roleId: string }) {
  const plan = usePlan((p) => p);
  const board = useBoard();
  const { draft, change, discard, stored } = useCallDraft(planId, roleId);
  const [logged, setLogged] = useState<LoggedCall | null>(null);
  // The script is filled once per plan change, not on every tick of the timer.
  const { sheet, hold } = useMemo(() => {
    const now = new Date();
    return { sheet: callSheetData(plan, board, roleId, now, userTimeZone()), hold: heldOffer(plan, now) };
  }, [plan, board, roleId]);
  useAnswerKeys(logged === null, (outcome) => change({ outcome }));
  if (!sheet) return null;
  if (logged) return <AfterCall planId={planId} roleId={roleId} company={sheet.company} logged={logged} />;
  const chosen = sheet.outcomes.find((o) => BRANCH_OF[o.key] === draft.outcome) ?? null;
  return (
    <Container size="xl" py="md" data-testid="call-mode">
      <Stack gap="lg">
        <CallHeader planId={planId} sheet={sheet} startedAt={draft.startedAt} />
        {stored ? null : (
          <Alert color="red" title="Your notes are not being kept" role="alert">
            This window cannot store the call in progress, so a reload would lose it. Keep the window open until you end the call.
          </Alert>
        )}
        <AnswerButtons value={draft.outcome} onChange={(outcome) => change({ outcome })} />
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack gap="lg">
              {chosen ? <AnswerPanel outcome={chosen} /> : null}
              <ScriptPanel sheet={sheet} quiet={chosen !== null} notHeld={hold.held ? null : hold.reason} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="lg">
              <CallNotes draft={draft} onChange={change} />
              <EndCallPanel draft={draft} nextStep={chosen?.nextSteps ?? []} onLogged={(call) => { discard(); setLogged(call); }} />
              <ListenFor />
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </Container>
  );
}

const BRANCH_OF = { immediateOffer: 'immediate-offer', nonAnswer: 'non-answer', greenLight: 'green-light' } as const;
