import { Box, Code, Text } from '@mantine/core';
import { lineDiff } from '@shared/scripts/diff';

const STYLE = {
  added: { sign: '+', bg: 'var(--mantine-color-teal-light)', label: 'added' },
  removed: { sign: '−', bg: 'var(--mantine-color-red-light)', label: 'removed' },
  same: { sign: ' ', bg: 'transparent', label: 'unchanged' },
} as const;

/** Line by line: what the current version added and removed compared with an earlier one. */
export function RevisionDiff({ before, after }: { before: string; after: string }) {
  const lines = lineDiff(before, after);
  return (
    <Box data-testid="revision-diff" style={{ maxHeight: '60vh', overflow: 'auto' }}>
      <Text size="xs" c="dimmed" mb={4}>
        − only in the earlier version · + only in the current version
      </Text>
      {lines.map((line, i) => (
        <Code
          key={i}
          block
          aria-label={STYLE[line.kind].label}
          style={{ background: STYLE[line.kind].bg, whiteSpace: 'pre-wrap', borderRadius: 0, padding: '2px 8px' }}
        >
          {`${STYLE[line.kind].sign} ${line.text}`}
        </Code>
      ))}
    </Box>
  );
}
