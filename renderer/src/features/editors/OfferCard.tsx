import { memo, useCallback, useDeferredValue, useMemo } from 'react';
import { Badge, Card, Group, Radio, Stack, Title } from '@mantine/core';
import type { Offer } from '@shared/plan';
import { usePlan } from '../plan/usePlan';
import { usePlanSession } from '../plan/usePlanSession';
import { DeadlineFields } from './DeadlineFields';
import { LiveabilityFields } from './LiveabilityFields';
import { OfferBasicsFields } from './OfferBasicsFields';
import { offerSpec, offerWarnings } from './offer-draft';
import { PayDetails, type SavePay } from './pay/PayDetails';
import { PayFields } from './PayFields';
import { markPlanB, removeOffer, updateOffer } from './plan-edits';
import { RemoveButton } from './RemoveButton';
import { showRemovalNotice } from './removal-notice';
import { UnsavedDraftsNote } from './UnsavedDraftsNote';
import { useDraftForm } from './useDraftForm';
import { useNamesLike } from './useNamesLike';
import { Textarea } from './memo-inputs';
import { offscreenCard } from '../../components/offscreen';

/**
 * Editing one offer. Exactly one offer is Plan B: marking this one moves the
 * mark here. Memoized: typing in one card re-renders that card only.
 */
export const OfferCard = memo(function OfferCard({ offer }: { offer: Offer }) {
  const session = usePlanSession();
  const save = useCallback(
    (recipe: (o: Offer) => Offer, key: string) => session.edit((plan) => updateOffer(plan, offer.id, recipe), key),
    [session, offer.id],
  );
  const draft = useDraftForm(offer, offerSpec, save, `offer:${offer.id}`);
  const savePay = useCallback<SavePay>(
    (recipe, key) => session.edit((plan) => updateOffer(plan, offer.id, (o) => ({ ...o, compensation: recipe(o.compensation) })), key),
    [session, offer.id],
  );
  const otherCompanies = useNamesLike(draft.form.values.company, (plan) => plan.offers.filter((o) => o.id !== offer.id).map((o) => o.company));
  const warnings = offerWarnings(draft.form.values, otherCompanies);
  const heading = offer.company || 'New offer';
  const remaining = usePlan((plan) => plan.offers.length - 1);

  const remove = useCallback(
    (shown: string) => {
      session.edit((plan) => removeOffer(plan, offer.id));
      const next = offer.isPlanB && remaining > 0 ? ' Another offer is now your Plan B.' : '';
      showRemovalNotice(session, 'Offer removed', `${shown} is no longer in this plan.${next}`);
    },
    [session, offer.id, offer.isPlanB, remaining],
  );
  const markAsPlanB = useCallback(() => session.edit((plan) => markPlanB(plan, offer.id)), [session, offer.id]);
  // Kept as one element, so PayFields (a draft part) sees the same children while the pay is unchanged.
  const payDetails = useMemo(
    () => <PayDetails compensation={offer.compensation} save={savePay} keyPrefix={`offer:${offer.id}`} name={heading} />,
    [offer.compensation, savePay, offer.id, heading],
  );

  return (
    <Card withBorder padding="lg" component="section" aria-label={`Offer: ${heading}`} data-testid="offer-card" {...offscreenCard(1000)}>
      <Stack gap="md">
        <OfferCardHeader heading={heading} isPlanB={offer.isPlanB} onMarkPlanB={markAsPlanB} onRemove={remove} />
        <UnsavedDraftsNote errors={draft.form.errors} />
        <OfferBasicsFields draft={draft} warnings={warnings} />
        <DeadlineFields draft={draft} warning={warnings.deadline} />
        <PayFields draft={draft} legend="Compensation per year" currency={offer.compensation.currency}>
          {payDetails}
        </PayFields>
        <LiveabilityFields draft={draft} />
        <Textarea label="Notes" autosize minRows={2} maxLength={10_000} {...draft.field('notes')} />
      </Stack>
    </Card>
  );
});

interface HeaderProps {
  heading: string;
  isPlanB: boolean;
  onMarkPlanB: () => void;
  /** Removes the offer; `shown` is the heading as shown, for the notice. */
  onRemove: (shown: string) => void;
}

/**
 * The card's heading, its Plan B mark and its remove button. The heading
 * follows the company a frame later (useDeferredValue): a keystroke in Company
 * paints its character first, and this renders in the next, interruptible render.
 */
const OfferCardHeader = memo(function OfferCardHeader({ heading, isPlanB, onMarkPlanB, onRemove }: HeaderProps) {
  const shown = useDeferredValue(heading);
  return useMemo(
    () => (
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="sm">
          <Title order={3} size="h4">
            {shown}
          </Title>
          {isPlanB ? <Badge variant="light">Plan B</Badge> : null}
        </Group>
        <Group gap="sm">
          <Radio name="plan-b-offer" label="This is my Plan B" checked={isPlanB} onChange={onMarkPlanB} />
          <RemoveButton label={`Remove the offer from ${shown}`} onRemove={() => onRemove(shown)} />
        </Group>
      </Group>
    ),
    [shown, isPlanB, onMarkPlanB, onRemove],
  );
});
