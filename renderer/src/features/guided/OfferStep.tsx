import { useCallback, useState } from 'react';
import { Button, Group, Stack } from '@mantine/core';
import { planB, type Offer } from '@shared/plan';
import { DeadlineFields } from '../editors/DeadlineFields';
import { OfferBasicsFields } from '../editors/OfferBasicsFields';
import { offerSpec, offerWarnings } from '../editors/offer-draft';
import { PayFields } from '../editors/PayFields';
import { addOffer, newOffer, updateOffer } from '../editors/plan-edits';
import { localToday, systemTimeZone } from '../editors/time-zones';
import { useDraftForm } from '../editors/useDraftForm';
import { usePlan } from '../plan/usePlan';
import { usePlanSession } from '../plan/usePlanSession';
import { NoOfferNote } from './NoOfferNote';

/**
 * Step 1: the Plan B offer. Until something is typed the offer is only on
 * screen (received today, the deadline's zone this computer's); the first
 * valid field puts it in the plan, as Plan B.
 */
export function OfferStep() {
  const session = usePlanSession();
  const held = usePlan((plan) => planB(plan) ?? null);
  const [pending] = useState<Offer>(() => ({
    ...newOffer(session.store.getState().plan, systemTimeZone()),
    isPlanB: true,
    receivedOn: localToday(),
  }));
  const [noOffer, setNoOffer] = useState(false);
  const offer = held ?? pending;
  const save = useCallback(
    (recipe: (o: Offer) => Offer, key: string) =>
      session.edit((plan) => {
        const withOffer = planB(plan) ? plan : addOffer(plan, pending);
        return updateOffer(withOffer, planB(withOffer)!.id, recipe);
      }, key),
    [session, pending],
  );
  const form = useDraftForm(offer, offerSpec, save, `offer:${offer.id}`);
  // Until the offer is in the plan, an empty company is not a mistake: the step can be skipped.
  const draft: typeof form = held ? form : { ...form, field: (key, o) => ({ ...form.field(key, o), ...(key === 'company' ? { error: null } : {}) }) };
  const warnings = offerWarnings(draft.form.values, []);

  if (noOffer && !held) {
    return (
      <Stack gap="sm">
        <NoOfferNote />
        <Group>
          <Button variant="default" onClick={() => setNoOffer(false)}>
            I do hold an offer
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <OfferBasicsFields draft={draft} warnings={warnings} fields="guided" />
      <DeadlineFields draft={draft} warning={warnings.deadline} />
      <PayFields draft={draft} legend="Pay (the rest can come later)" currency={offer.compensation.currency} only={['base']} />
      {held ? null : (
        <Group>
          <Button variant="subtle" onClick={() => setNoOffer(true)}>
            I do not hold an offer yet
          </Button>
        </Group>
      )}
    </Stack>
  );
}
