import type { ReactNode } from 'react';
import { Button } from '@mantine/core';
import { ErrorBoundary } from 'react-error-boundary';
import { Link, useParams } from 'react-router';
import { CrashPanel } from '../../components/CrashPanel';
import { planPath, type PlanSection } from './sections';

const MESSAGE =
  'Something in this plan could not be shown here. Your plan is safe, and edits not yet saved are kept: ' +
  'the other sections still work, and you can reload this one.';

/**
 * One section's error boundary. Only the section is replaced: the plan's
 * navigation, save state and session (with its unsaved edits) stay, because
 * the session belongs to the plan screen above this boundary. Moving to
 * another section clears the error.
 */
export function SectionBoundary({ section, children }: { section: PlanSection; children: ReactNode }) {
  const { planId = '' } = useParams();
  return (
    <ErrorBoundary
      resetKeys={[section]}
      onError={(error) => console.error(`The ${section} section could not be shown`, error)}
      fallbackRender={({ error, resetErrorBoundary }) => (
        <CrashPanel title="This section could not be shown" message={MESSAGE} error={error}>
          <Button variant="default" onClick={resetErrorBoundary}>
            Reload this section
          </Button>
          {section === 'board' ? null : (
            <Button variant="default" component={Link} to={planPath(planId, 'board')}>
              Back to the board
            </Button>
          )}
          <Button variant="subtle" component={Link} to="/">
            Back to all plans
          </Button>
        </CrashPanel>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
