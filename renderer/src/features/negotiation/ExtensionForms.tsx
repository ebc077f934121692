import { useState } from 'react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { NativeSelect } from '../editors/memo-inputs';
import type { OfferLine } from '@shared/board/negotiation';
import { newId } from '@shared/ids';
import { answerExtension, askForMoreTime } from '@shared/offers/offer-actions';
import { localToday } from '../editors/time-zones';
import { deadlineFromInput } from './deadline-input';
import { useNegotiationAction } from './useNegotiationAction';

const ANSWERS = [
  { value: 'granted', label: 'Granted: they gave me more time' },
  { value: 'declined', label: 'Declined: the deadline stands' },
];

/** Asking for more time (asked on), then their answer and the new deadline. A refusal keeps what was typed. */
export function ExtensionForms({ line, onDone }: { line: OfferLine; onDone: () => void }) {
  const act = useNegotiationAction();
  const [askedOn, setAskedOn] = useState(localToday());
  const [answer, setAnswer] = useState<'granted' | 'declined'>('granted');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('17:00');
  const [error, setError] = useState<string | null>(null);
  const pending = line.pendingExtension;
  if (!pending) {
    return (
      <Group align="flex-end" gap="xs" data-testid="ask-time-form">
        <TextInput type="date" label="Asked on" value={askedOn} onChange={(e) => setAskedOn(e.currentTarget.value)} error={error} />
        <Button size="sm" onClick={() => setError(act((plan) => askForMoreTime(plan, line.offerId, { id: newId(), askedOn: askedOn || localToday(), note: '' })))}>
          Record the request
        </Button>
      </Group>
    );
  }
  const save = () => {
    const newDeadline = answer === 'granted' ? deadlineFromInput(date, time, line.deadline.timeZone) : null;
    if (answer === 'granted' && !newDeadline) return setError('Give the new deadline they granted: a date and a time.');
    const message = act((plan) => answerExtension(plan, line.offerId, pending.id, answer, newDeadline));
    setError(message);
    if (!message) onDone();
  };
  return (
    <Stack gap="xs" data-testid="answer-time-form">
      <NativeSelect label="Their answer" data={ANSWERS} value={answer} onChange={(event) => setAnswer(event.currentTarget.value === 'declined' ? 'declined' : 'granted')} />
      {answer === 'granted' ? (
        <Group grow align="flex-start">
          <TextInput type="date" label="New deadline" value={date} onChange={(e) => setDate(e.currentTarget.value)} error={error} />
          <TextInput type="time" label={`Time (${line.deadline.timeZone})`} value={time} onChange={(e) => setTime(e.currentTarget.value)} />
        </Group>
      ) : null}
      {answer === 'declined' && error ? <Text size="sm" c="red" role="alert">{error}</Text> : null}
      <Group justify="flex-end">
        <Button size="sm" onClick={save}>Save their answer</Button>
      </Group>
    </Stack>
  );
}
