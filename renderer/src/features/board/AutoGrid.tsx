import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * Columns that fit the width, each at least `min` wide. Plain CSS grid: unlike
 * Mantine's responsive SimpleGrid it injects no style element per instance,
 * which matters with dozens of role cards on screen.
 */
export function AutoGrid({ min, gap = 'var(--mantine-spacing-md)', children, testId }: { min: string; gap?: string; children: ReactNode; testId?: string }) {
  return (
    <Box data-testid={testId} style={{ display: 'grid', gridTemplateColumns: `repeat(auto-fit, minmax(min(${min}, 100%), 1fr))`, gap }}>
      {children}
    </Box>
  );
}
