import { Alert } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';

/** The honest no-offer path: without an offer in hand the call is a check-in, never a bluff. */
export function NoOfferNote() {
  return (
    <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} title="Then your calls will be check-ins" data-testid="no-offer-note">
      Without an offer in hand you will ask each employer where things stand and when they expect to decide, without
      mentioning an offer. Bird in Hand never prepares a script that claims an offer you do not hold. If an offer comes,
      add it here and the calls become leverage calls.
    </Alert>
  );
}
