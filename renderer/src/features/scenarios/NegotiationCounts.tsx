import { Text } from '@mantine/core';
import { plural } from '@shared/board';
import { offerCounts } from '@shared/offers/decision';
import { useNow } from '../board/useNow';
import { usePlan } from '../plan/usePlan';

/** How many offers are in hand and how many requests for more time are waiting: the ground the paths stand on. */
export function NegotiationCounts() {
  const now = useNow(60_000);
  const offers = usePlan((p) => p.offers);
  const { inHand, pendingExtensions } = offerCounts({ offers }, now);
  return (
    <Text size="sm" data-testid="negotiation-counts">
      {inHand === 0 ? 'No offer in hand' : `${plural(inHand, 'offer')} in hand`}
      {pendingExtensions ? `; ${plural(pendingExtensions, 'request')} for more time waiting for an answer (plan on the deadline you have until it is granted)` : ''}.
    </Text>
  );
}
