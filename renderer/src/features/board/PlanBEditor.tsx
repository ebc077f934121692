import { Text } from '@mantine/core';
import { OfferCard } from '../editors/OfferCard';
import { usePlan } from '../plan/usePlan';

/**
 * Plan B's own editor, for the drawer beside the board: the same offer card
 * as the overview, so the same validation, autosave and undo apply, and the
 * board's figures follow each valid keystroke.
 */
export function PlanBEditor() {
  const planB = usePlan((plan) => plan.offers.find((o) => o.isPlanB));
  if (!planB) return <Text>No offer is marked as Plan B any more. Mark one in the overview.</Text>;
  return <OfferCard offer={planB} />;
}
