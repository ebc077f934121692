import { useState } from 'react';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { Script } from '@shared/plan';
import { REVISION_INTERVAL_MS } from '@shared/scripts/revisions';
import { allScriptText } from '@shared/scripts/script-check';
import { formatShortDate } from '../../lib/format';
import { RevisionDiff } from './RevisionDiff';
import { useScriptEdits } from './useScriptEdits';
import { Modal } from '../../components/dialogs';

const time = (iso: string) => `${formatShortDate(iso)}, ${new Date(iso).toLocaleTimeString(undefined, { timeStyle: 'short' })}`;

/** Earlier versions: compare with the current one, or restore (the current one is kept as a revision). */
export function RevisionsPanel({ script }: { script: Script }) {
  const edits = useScriptEdits(script.id);
  const [comparing, setComparing] = useState<number | null>(null);
  const chosen = comparing === null ? undefined : script.revisions[comparing];
  return (
    <Card withBorder padding="lg" data-testid="revisions">
      <Stack gap="xs">
        <Title order={2} size="h4">
          Earlier versions
        </Title>
        {script.revisions.length === 0 ? (
          <Text size="sm" c="dimmed">
            None yet. While you edit, the version before is kept at most every {REVISION_INTERVAL_MS / 60_000} minutes.
          </Text>
        ) : (
          script.revisions.map((rev, i) => (
            <Group key={rev.savedAt + i} justify="space-between" gap="xs" wrap="nowrap" data-testid="revision-row">
              <Text size="sm">Replaced {time(rev.savedAt)}</Text>
              <Group gap={4} wrap="nowrap">
                <Button size="compact-sm" variant="default" onClick={() => setComparing(i)}>
                  Compare
                </Button>
                <Button size="compact-sm" variant="light" onClick={() => edits.restore(i)}>
                  Restore
                </Button>
              </Group>
            </Group>
          ))
        )}
      </Stack>
      <Modal opened={chosen !== undefined} onClose={() => setComparing(null)} title="Earlier version compared with now" size="xl">
        {chosen ? (
          <Stack>
            <RevisionDiff before={allScriptText(chosen)} after={allScriptText(script)} />
            <Group justify="flex-end">
              <Button
                onClick={() => {
                  edits.restore(comparing!);
                  setComparing(null);
                }}
              >
                Restore this version
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </Card>
  );
}
