import { useState } from 'react';
import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import type { OfferLine } from '@shared/board/negotiation';
import { formatDate } from '@shared/board';
import { declineOffer } from '@shared/offers/offer-actions';
import { markPlanB } from '../editors/plan-edits';
import { localToday } from '../editors/time-zones';
import { usePlanSession } from '../plan/usePlanSession';
import { AcceptOfferForm } from './AcceptOfferForm';
import { ExtensionForms } from './ExtensionForms';
import { useNegotiationAction } from './useNegotiationAction';

type Open = 'none' | 'time' | 'accept';

/** Where a person looks for them on an offer: ask for more time, accept, decline, make it Plan B. */
export function OfferActions({ line, locale }: { line: OfferLine; locale: string }) {
  const [open, setOpen] = useState<Open>(line.pendingExtension ? 'time' : 'none');
  const [error, setError] = useState<string | null>(null);
  const act = useNegotiationAction();
  const session = usePlanSession();
  const name = line.company;
  if (line.response !== 'open') {
    return (
      <Badge variant="light" color={line.response === 'accepted' ? 'teal' : 'gray'} styles={{ root: { textTransform: 'none' } }} data-testid="offer-response">
        {line.response === 'accepted' ? 'Accepted' : 'Declined'}{line.respondedOn ? ` on ${formatDate(line.respondedOn, locale)}` : ''}
      </Badge>
    );
  }
  return (
    <Stack gap="xs" data-testid="offer-actions" data-offer-id={line.offerId}>
      {line.extendedFromDisplay ? <Text size="sm" data-testid="extended-from">Extended from {line.extendedFromDisplay}.</Text> : null}
      {line.pendingExtension ? (
        <Alert variant="light" color="yellow" p="xs" data-testid="pending-extension">
          Asked for more time on {formatDate(line.pendingExtension.askedOn, locale)}: waiting for their answer. Plan on the deadline you have until they grant it.
        </Alert>
      ) : null}
      <Group gap="xs">
        {!line.isPlanB ? (
          <Button size="compact-sm" variant="light" onClick={() => session.edit((plan) => markPlanB(plan, line.offerId))} aria-label={`Make this my Plan B: ${name}`}>
            Make this my Plan B
          </Button>
        ) : null}
        <Button size="compact-sm" variant="default" onClick={() => setOpen(open === 'time' ? 'none' : 'time')} aria-expanded={open === 'time'} aria-label={`Ask for more time: ${name}`}>
          Ask for more time
        </Button>
        <Button size="compact-sm" variant="default" onClick={() => setOpen(open === 'accept' ? 'none' : 'accept')} aria-expanded={open === 'accept'} aria-label={`Accept this offer: ${name}`}>
          Accept this offer
        </Button>
        <Button size="compact-sm" variant="subtle" color="red" onClick={() => setError(act((plan) => declineOffer(plan, line.offerId, localToday())))} aria-label={`Decline: ${name}`}>
          Decline
        </Button>
      </Group>
      {error ? <Text size="sm" c="red" role="alert">{error}</Text> : null}
      {open === 'time' ? <ExtensionForms line={line} onDone={() => setOpen('none')} /> : null}
      {open === 'accept' ? <AcceptOfferForm line={line} onDone={() => setOpen('none')} /> : null}
    </Stack>
  );
}
