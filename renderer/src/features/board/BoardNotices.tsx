import { memo } from 'react';
import { Alert, Anchor } from '@mantine/core';
import { IconLifebuoy, IconShieldOff } from '@tabler/icons-react';
import { Link } from 'react-router';
import { usePlanSession } from '../plan/usePlanSession';
import { editorPath } from './fix-links';

/** The two situations that change every piece of advice: no real offer held, and safety-net mode. */
export const BoardNotices = memo(function BoardNotices({ offerHeld, safetyNet }: { offerHeld: { ok: boolean; reason: string }; safetyNet: boolean }) {
  const { planId } = usePlanSession();
  return (
    <>
      {!offerHeld.ok ? (
        <Alert color="red" variant="light" title="No leverage yet" icon={<IconShieldOff aria-hidden />} data-testid="no-leverage">
          {offerHeld.reason} Leverage needs a real offer: until you hold one, call for a check-in (say you are keen and
          ask about their timeline) and never suggest or imply that you have an offer.{' '}
          <Anchor component={Link} to={editorPath(planId, 'offers')} size="sm" underline="always">
            Record the offer in the overview
          </Anchor>
        </Alert>
      ) : null}
      {safetyNet ? (
        <Alert color="blue" variant="light" title="Safety-net mode" icon={<IconLifebuoy aria-hidden />} data-testid="safety-net">
          Without a current job, a solid offer in hand usually matters most: take the first solid offer and keep your dream
          roles on watch. If one of them comes back after you have started, still do what is best for your career.
        </Alert>
      ) : null}
    </>
  );
});
