import { memo, useEffect, useState } from 'react';
import { Button, type ButtonProps } from '@mantine/core';
import { IconPhoneCall } from '@tabler/icons-react';
import { useNavigate, useParams } from 'react-router';
import { DRAFTS_CHANGED, unfinishedCalls } from './call-draft-store';
import { openCallMode } from './open-call-mode';

/** Whether this role has a call started in call mode and not yet ended; follows other windows too. */
function useUnfinishedCall(planId: string, roleId: string): boolean {
  const [unfinished, setUnfinished] = useState(() => unfinishedCalls(planId).includes(roleId));
  useEffect(() => {
    const check = () => setUnfinished(unfinishedCalls(planId).includes(roleId));
    check();
    window.addEventListener(DRAFTS_CHANGED, check);
    window.addEventListener('storage', check);
    return () => {
      window.removeEventListener(DRAFTS_CHANGED, check);
      window.removeEventListener('storage', check);
    };
  }, [planId, roleId]);
  return unfinished;
}

/**
 * Call mode's way in from a role's card and its call sheet. A call left
 * unfinished (the window closed mid-call) is offered to finish here.
 */
export const StartCallButton = memo(function StartCallButton({ roleId, name, size = 'sm' }: { roleId: string; name: string; size?: ButtonProps['size'] }) {
  const { planId = '' } = useParams();
  const navigate = useNavigate();
  const unfinished = useUnfinishedCall(planId, roleId);
  return (
    <Button
      size={size}
      variant={unfinished ? 'filled' : 'light'}
      leftSection={<IconPhoneCall size={16} aria-hidden />}
      onClick={() => void openCallMode(planId, roleId, navigate)}
      // The accessible name starts with the visible words (axe: label-content-name-mismatch), then says who.
      aria-label={unfinished ? `Finish the call you started: ${name}` : `Call in call mode: ${name}`}
      data-testid="start-call"
      data-unfinished={unfinished || undefined}
    >
      {unfinished ? 'Finish the call you started' : 'Call in call mode'}
    </Button>
  );
});
