import type { ReactNode } from 'react';
import { Button } from '@mantine/core';
import { ErrorBoundary } from 'react-error-boundary';
import { useLocation, useNavigate } from 'react-router';
import { AppFrame } from '../components/AppFrame';
import { CrashPanel } from '../components/CrashPanel';

const MESSAGE =
  'Bird in Hand could not show this screen. Your plans are saved on this computer, and edits not yet saved ' +
  'are kept: go back to all plans, or try this screen again.';

/**
 * The app's last line: whatever a screen throws, the window keeps its frame
 * and a way back instead of going blank. Open plan sessions live outside
 * React (session-registry.ts), so unmounting the broken screen keeps their
 * unsaved edits and keeps saving them. Any navigation clears the error.
 */
export function AppBoundary({ children }: { children: ReactNode }) {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <ErrorBoundary
      resetKeys={[location.pathname, location.search]}
      onError={(error) => console.error('A screen of Bird in Hand could not be shown', error)}
      fallbackRender={({ error, resetErrorBoundary }) => (
        <AppFrame>
          <CrashPanel title="This screen could not be shown" message={MESSAGE} error={error}>
            <Button
              variant="default"
              onClick={() => {
                if (location.pathname === '/') resetErrorBoundary();
                else void navigate('/');
              }}
            >
              Back to all plans
            </Button>
            <Button variant="subtle" onClick={resetErrorBoundary}>
              Try again
            </Button>
          </CrashPanel>
        </AppFrame>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
