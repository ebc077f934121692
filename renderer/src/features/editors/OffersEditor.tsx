import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { LIMITS } from '@shared/limits';
import { usePlan } from '../plan/usePlan';
import { usePlanSession } from '../plan/usePlanSession';
import { OfferCard } from './OfferCard';
import { addOffer, newOffer } from './plan-edits';
import { systemTimeZone } from './time-zones';

/** Plan B and any other offers the user holds. */
export function OffersEditor() {
  const session = usePlanSession();
  const offers = usePlan((plan) => plan.offers);
  const add = () => session.edit((plan) => addOffer(plan, newOffer(plan, systemTimeZone())));
  return (
    <Stack gap="lg" data-testid="offers-editor">
      <Text c="dimmed" maw={720}>
        Record the offers you really hold. Your Plan B is the one you would mention on a call; leverage needs a real
        offer, so never describe one you do not have.
      </Text>
      {offers.length === 0 ? (
        <Alert color="yellow" title="No offer yet">
          Without an offer there is no leverage: the board will suggest a check-in call instead.
        </Alert>
      ) : null}
      {offers.map((offer) => (
        <OfferCard key={offer.id} offer={offer} />
      ))}
      <Group>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={add} disabled={offers.length >= LIMITS.offers}>
          Add an offer
        </Button>
      </Group>
    </Stack>
  );
}
