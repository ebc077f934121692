import { useState } from 'react';
import { Button, Group, Text, TextInput } from '@mantine/core';
import type { OfferLine } from '@shared/board/negotiation';
import { acceptOffer } from '@shared/offers/offer-actions';
import { localToday } from '../editors/time-zones';
import { useNegotiationAction } from './useNegotiationAction';

/** Accepting: the day, and the start date if agreed. A refusal (another offer accepted, a passed deadline) keeps what was typed. */
export function AcceptOfferForm({ line, onDone }: { line: OfferLine; onDone: () => void }) {
  const act = useNegotiationAction();
  const [on, setOn] = useState(localToday());
  const [start, setStart] = useState(line.startDate ?? '');
  const [error, setError] = useState<string | null>(null);
  const accept = () => {
    const message = act((plan) => acceptOffer(plan, line.offerId, on || localToday(), start || null, new Date()));
    setError(message);
    if (!message) onDone();
  };
  return (
    <Group align="flex-end" gap="xs" data-testid="accept-form">
      <TextInput type="date" label="Accepted on" value={on} onChange={(e) => setOn(e.currentTarget.value)} />
      <TextInput type="date" label="Start date" description="Optional" value={start} onChange={(e) => setStart(e.currentTarget.value)} />
      <Button size="sm" onClick={accept}>Accept {line.company}</Button>
      {error ? <Text size="sm" c="red" role="alert" w="100%">{error}</Text> : null}
    </Group>
  );
}
