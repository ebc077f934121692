import { Box, List, Text } from '@mantine/core';
import { CLAIM_LIMITS } from '@shared/scripts/offer-claims';

/** What the honesty check reads and what it can miss, in plain words (shared/scripts/README.md says the same). */
export function ClaimLimits() {
  return (
    <Box component="details" data-testid="claim-limits" fz="sm">
      <Text component="summary" size="sm" c="dimmed" style={{ cursor: 'pointer' }}>
        What this check can and cannot catch
      </Text>
      <Text size="sm" mt={4}>
        It reads each sentence you will say (not your next-step notes) and catches:
      </Text>
      <List size="sm" spacing={2}>
        {CLAIM_LIMITS.catches.map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
      <Text size="sm" mt={4}>
        It does not count as claims: {CLAIM_LIMITS.ignores.join('; ')}.
      </Text>
      <Text size="sm" mt={4}>
        It can miss:
      </Text>
      <List size="sm" spacing={2}>
        {CLAIM_LIMITS.misses.map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
      <Text size="sm" mt={4} fw={600}>
        It is a safety net, not a judge: read your script once more and say only what is true.
      </Text>
    </Box>
  );
}
