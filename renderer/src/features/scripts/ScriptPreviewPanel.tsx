import { Button, Card, Divider, Stack, Text, Title } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import type { Script } from '@shared/plan';
import { filledText } from '@shared/scripts/placeholders';
import { CallChecklist } from './CallChecklist';
import { FilledText } from './FilledText';
import { HonestyNotice } from './HonestyNotice';
import { RoleSelect } from './RoleSelect';
import { ScriptWarnings } from './ScriptWarnings';
import { SpeakingTime } from './SpeakingTime';
import { useScriptPreview } from './useScriptPreview';

export interface ScriptPreviewPanelProps {
  script: Script;
  roleId: string | null;
  onRole: (id: string | null) => void;
  rate: number;
  onRate: (rate: number) => void;
  onRehearse: () => void;
  onCreateCheckIn: () => void;
}

/** The script as it will be said to the chosen dream role, with the checks around it. */
export function ScriptPreviewPanel({ script, roleId, onRole, rate, onRate, onRehearse, onCreateCheckIn }: ScriptPreviewPanelProps) {
  const { role, filled, verdict } = useScriptPreview(script, roleId);
  const text = filledText(filled);
  return (
    <Card withBorder padding="lg" data-testid="script-preview-panel">
      <Stack gap="md">
        <Title order={2} size="h4">
          Preview
        </Title>
        <RoleSelect value={roleId} onChange={onRole} />
        <HonestyNotice verdict={verdict} onCreateCheckIn={onCreateCheckIn} />
        {verdict.allowed ? (
          <>
            <ScriptWarnings filled={filled} roleName={role?.company || 'this role'} />
            <div data-testid="script-preview">
              <FilledText segments={filled.segments} />
            </div>
            <Button leftSection={<IconPlayerPlay size={16} aria-hidden />} onClick={onRehearse} w="fit-content">
              Rehearse
            </Button>
          </>
        ) : (
          <Text size="sm" c="dimmed" data-testid="script-preview-blocked">
            {verdict.suggestion === 'check-in'
              ? 'The preview and rehearsal are off for this script while you hold no offer. You can keep editing it.'
              : 'The preview and rehearsal are off for this script until it matches Plan B’s record. You can keep editing it.'}
          </Text>
        )}
        <Divider />
        <SpeakingTime text={text} rate={rate} onRate={onRate} />
        <CallChecklist text={script.body} kind={script.kind} />
      </Stack>
    </Card>
  );
}
