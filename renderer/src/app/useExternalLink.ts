import type { MouseEvent } from 'react';
import { notifications } from '@mantine/notifications';
import { call, errorMessage } from '../api/planner';
import { useAppInfo } from './useAppInfo';

/**
 * The click handler for a `tel:` or `mailto:` link. In the desktop app the
 * page may not navigate anywhere, so the click goes through `links:open` to
 * the main process (allow-list, then the OS dials or writes). In the browser
 * the link opens by itself: the browser hands it to the phone or mail app
 * without leaving the page.
 */
export function useExternalLink(): (event: MouseEvent<HTMLAnchorElement>) => void {
  const desktop = useAppInfo()?.transport === 'electron';
  return (event) => {
    if (!desktop) return;
    event.preventDefault();
    const url = event.currentTarget.getAttribute('href') ?? '';
    call('links:open', { url }).catch((error: unknown) => {
      notifications.show({ color: 'red', title: 'The link did not open', message: errorMessage(error) });
    });
  };
}
