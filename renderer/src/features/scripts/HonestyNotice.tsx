import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import type { HonestyVerdict } from '@shared/scripts/honesty';

/**
 * Why a script that claims an offer cannot be used as final, and the honest
 * way out: a check-in script made from the template.
 */
export function HonestyNotice({ verdict, onCreateCheckIn }: { verdict: HonestyVerdict; onCreateCheckIn: () => void }) {
  if (verdict.allowed) return null;
  return (
    <Alert color="orange" icon={<IconShieldCheck size={20} aria-hidden />} title="No real offer held" data-testid="honesty-guard">
      <Stack gap="xs">
        <Text size="sm">{verdict.reason}</Text>
        <Button size="compact-sm" variant="light" color="orange" w="fit-content" onClick={onCreateCheckIn}>
          Create a check-in script instead
        </Button>
      </Stack>
    </Alert>
  );
}
