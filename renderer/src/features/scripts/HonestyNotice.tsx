import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import type { HonestyVerdict } from '@shared/scripts/honesty';
import { ClaimLimits } from './ClaimLimits';

/** One line on what the check found when the script may be used. */
function allowedLine(verdict: HonestyVerdict): string {
  if (!verdict.hold.held) return 'Honesty check: this script mentions no offer, so it is fine to use while you hold none.';
  const claims = verdict.claims.length;
  const said = claims ? `what it says about the offer matches Plan B’s record (${claims} sentence${claims === 1 ? '' : 's'} checked)` : 'it mentions no offer';
  return `Honesty check: you hold a ${verdict.hold.form} offer, and ${said}.`;
}

/**
 * The honesty verdict for the script in the editor: why it cannot be used as
 * final and the honest way out (a check-in script, or fixing what differs
 * from the record), or a quiet line when it may be used. Always with what the
 * check can and cannot catch, so nobody mistakes it for a guarantee.
 */
export function HonestyNotice({ verdict, onCreateCheckIn }: { verdict: HonestyVerdict; onCreateCheckIn: () => void }) {
  if (verdict.allowed) {
    return (
      <Stack gap={4} data-testid="honesty-ok">
        <Text size="sm" c="dimmed">
          {allowedLine(verdict)}
        </Text>
        <ClaimLimits />
      </Stack>
    );
  }
  const noOffer = verdict.suggestion === 'check-in';
  return (
    <Alert
      color="orange"
      icon={<IconShieldCheck size={20} aria-hidden />}
      title={noOffer ? 'This script claims an offer you do not hold' : 'This script does not match Plan B'}
      data-testid="honesty-guard"
    >
      <Stack gap="xs">
        <Text size="sm">{verdict.reason}</Text>
        {/* The reason quotes the first claim; list them all only when there are more. */}
        {verdict.claims.length > 1 ? (
          <>
            <Text size="sm" fw={600}>
              {noOffer ? 'Every sentence that claims an offer:' : 'Sentences checked against the record:'}
            </Text>
            <List size="sm" spacing={2} data-testid="honesty-claims">
              {verdict.claims.slice(0, 5).map((c) => (
                <List.Item key={`${c.from}-${c.sentence}`}>“{c.sentence}”</List.Item>
              ))}
            </List>
          </>
        ) : null}
        {verdict.mismatches.length ? (
          <List size="sm" spacing={2} data-testid="honesty-mismatches">
            {verdict.mismatches.map((m) => (
              <List.Item key={m.said}>It says “{m.said}”: {m.message}</List.Item>
            ))}
          </List>
        ) : null}
        {noOffer ? (
          <Button size="compact-sm" variant="light" color="orange" w="fit-content" onClick={onCreateCheckIn}>
            Create a check-in script instead
          </Button>
        ) : null}
        <ClaimLimits />
      </Stack>
    </Alert>
  );
}
