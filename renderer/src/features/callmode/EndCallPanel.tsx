import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Kbd, Stack, Text } from '@mantine/core';
import { formatDate } from '@shared/board/format';
import type { CallDraft } from '@shared/callmode/call-draft';
import { endCall, suggestedFollowUp } from '@shared/callmode/end-call';
import { OUTCOME_LABELS } from '@shared/scripts/call-log';
import type { Call } from '@shared/plan';
import { userLocale } from '../board/user-locale';
import { piecesText, type Piece } from '../callsheet/sheet-text';
import { localToday } from '../editors/time-zones';
import { usePlanSession } from '../plan/usePlanSession';
import type { LoggedCall } from './AfterCall';

/** What ending the call will write, in one line, so nothing in the log is a surprise. */
function summary(draft: CallDraft, today: string): string {
  if (!draft.outcome) return 'Choose their answer first: 1, 2 or 3.';
  const follow = suggestedFollowUp(draft.outcome, draft.expectedOn, today);
  const parts = [OUTCOME_LABELS[draft.outcome]];
  if (draft.expectedOn) parts.push(`new expected decision ${formatDate(draft.expectedOn, userLocale())}`);
  if (follow) parts.push(`follow up on ${formatDate(follow, userLocale())}`);
  return `Logs: ${parts.join('; ')}.`;
}

/** One action ends the call: the Call goes into the role's log and the plan saves at once. Ctrl+Enter does it too. */
export function EndCallPanel({ draft, nextStep, onLogged }: { draft: CallDraft; nextStep: readonly Piece[]; onLogged: (call: LoggedCall) => void }) {
  const session = usePlanSession();
  const [error, setError] = useState<string | null>(null);
  const today = localToday();
  const end = () => {
    let logged: Omit<Call, 'id'> | null = null;
    try {
      session.edit((plan) => {
        const result = endCall(plan, draft, { nextStep: piecesText(nextStep), today, now: new Date() });
        if (!result.ok) throw new Error(result.message);
        logged = result.call;
        return result.plan;
      });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      return;
    }
    setError(null);
    // Saved now rather than after the autosave pause: the window may be closed right after the call.
    void session.saveNow();
    if (logged) onLogged(logged);
  };
  const latest = useRef(end);
  useEffect(() => {
    latest.current = end;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        latest.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <Stack gap="xs" data-testid="end-call">
      {error ? (
        <Alert color="red" role="alert" title="The call is not logged yet">
          {error} Your notes are kept.
        </Alert>
      ) : null}
      <Text size="sm" data-testid="end-call-summary">
        {summary(draft, today)}
      </Text>
      <Button size="lg" onClick={end} rightSection={<Kbd aria-hidden>Ctrl+Enter</Kbd>}>
        End the call and log it
      </Button>
    </Stack>
  );
}
