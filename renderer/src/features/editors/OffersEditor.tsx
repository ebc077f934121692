import { memo } from 'react';
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
  const offers = usePlan((plan) => plan.offers);
  return (
    <Stack gap="lg" data-testid="offers-editor">
      {INTRO}
      {offers.length === 0 ? (
        <Alert color="yellow" title="No offer yet">
          Without an offer there is no leverage: the board will suggest a check-in call instead.
        </Alert>
      ) : null}
      {offers.map((offer) => (
        <OfferCard key={offer.id} offer={offer} />
      ))}
      <AddOffer full={offers.length >= LIMITS.offers} />
    </Stack>
  );
}

// One element for every render: React skips an element it has already rendered, so a keystroke in a card leaves it alone.
const INTRO = (
  <Text c="dimmed" maw={720}>
    Record the offers you really hold. Your Plan B is the one you would mention on a call; leverage needs a real offer,
    so never describe one you do not have.
  </Text>
);

const AddOffer = memo(function AddOffer({ full }: { full: boolean }) {
  const session = usePlanSession();
  const add = () => session.edit((plan) => addOffer(plan, newOffer(plan, systemTimeZone())));
  return (
    <Group>
      <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={add} disabled={full}>
        Add an offer
      </Button>
    </Group>
  );
});
