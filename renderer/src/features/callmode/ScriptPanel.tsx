import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import type { CallSheetData } from '../callsheet/call-sheet-model';
import { PieceText } from '../callsheet/PieceText';

/**
 * The filled script with the ask set apart. With no offer held (or a script
 * that claims one it cannot), the call sheet's honesty rule has already put
 * the check-in script here; this says why, in the words of heldOffer.
 */
export function ScriptPanel({ sheet, quiet, notHeld }: { sheet: CallSheetData; quiet: boolean; notHeld: string | null }) {
  const { source } = sheet;
  return (
    <Stack gap="md" component="section" aria-labelledby="script-heading" data-testid="call-script" data-script-source={source.kind}>
      {notHeld !== null ? (
        <Alert color="orange" icon={<IconShieldCheck size={20} aria-hidden />} title="A check-in call: you hold no live offer" data-testid="call-honesty">
          {notHeld} The script below, “{source.name}”, mentions no offer.
        </Alert>
      ) : null}
      {sheet.ask ? (
        <Paper p="lg" radius="md" bg="var(--mantine-color-indigo-light)" data-testid="call-ask">
          <Text size="sm" fw={700} tt="uppercase" c="var(--mantine-color-text)">
            The ask
          </Text>
          <Text fz={24} fw={600} lh={1.4}>
            {sheet.ask}
          </Text>
        </Paper>
      ) : null}
      <div>
        <Title order={2} size="h3" id="script-heading" mb="xs">
          Script{source.kind === 'own' ? `: ${source.name}` : `: ${source.name} (built-in)`}
        </Title>
        <Text fz={quiet ? 16 : 20} lh={1.6} c={quiet ? 'dimmed' : undefined} style={{ whiteSpace: 'pre-wrap' }} data-testid="call-script-text">
          <PieceText pieces={sheet.script} />
        </Text>
      </div>
    </Stack>
  );
}
