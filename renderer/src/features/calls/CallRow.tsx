import { useState } from 'react';
import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import type { Call } from '@shared/plan';
import { OUTCOME_LABELS } from '@shared/scripts/call-log';
import { signalWords } from '@shared/board/role-progress';
import { formatCalendarDate, formatShortDate } from '../../lib/format';
import { callFromValues, valuesFromCall } from './call-form-values';
import { CallForm } from './CallForm';

const COLOR = { 'immediate-offer': 'teal', 'non-answer': 'yellow', 'green-light': 'gray' } as const;

/** One logged call; "Correct" edits it in place. */
export function CallRow({ call, onCorrect, onDelete }: { call: Call; onCorrect: (input: ReturnType<typeof callFromValues>) => void; onDelete: () => void }) {
  const [editing, setEditing] = useState(false);
  const when = `${formatShortDate(call.at)}, ${new Date(call.at).toLocaleTimeString(undefined, { timeStyle: 'short' })}`;
  return (
    <Card withBorder padding="md" data-testid="call-row">
      {editing ? (
        <CallForm
          initial={valuesFromCall(call)}
          submitLabel="Save correction"
          onCancel={() => setEditing(false)}
          onSubmit={(values) => {
            onCorrect(callFromValues(values));
            setEditing(false);
          }}
        />
      ) : (
        <Stack gap={6}>
          <Group justify="space-between" wrap="nowrap">
            <Group gap="sm">
              <Text fw={600}>{when}</Text>
              <Badge color={COLOR[call.outcome]} variant="light" data-testid="call-outcome">
                {OUTCOME_LABELS[call.outcome]}
              </Badge>
            </Group>
            <Group gap={4}>
              <Button size="compact-sm" variant="default" onClick={() => setEditing(true)}>
                Correct
              </Button>
              <Button size="compact-sm" variant="subtle" color="red" onClick={onDelete}>
                Delete
              </Button>
            </Group>
          </Group>
          {call.spokeWith || call.interest !== null || call.urgency !== null ? (
            <Text size="sm" data-testid="call-signals">
              {[call.spokeWith ? `Spoke with ${call.spokeWith}` : '', call.interest !== null ? `interest: ${signalWords('interest', call.interest)}` : '', call.urgency !== null ? `urgency: ${signalWords('urgency', call.urgency)}` : ''].filter(Boolean).join('; ')}
            </Text>
          ) : null}
          {call.timingSaid ? <Text size="sm">Timing: {call.timingSaid}</Text> : null}
          {call.notes ? <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="call-notes">Notes: {call.notes}</Text> : null}
          {call.newExpectedDecisionOn ? <Text size="sm">New expected decision: {formatCalendarDate(call.newExpectedDecisionOn)}</Text> : null}
          {call.nextStep ? <Text size="sm">Next step: {call.nextStep}</Text> : null}
          {call.followUpOn ? (
            <Text size="sm" c="dimmed">
              Follow up on {formatCalendarDate(call.followUpOn)}
            </Text>
          ) : null}
        </Stack>
      )}
    </Card>
  );
}
