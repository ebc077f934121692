import { useEffect, useState } from 'react';
import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconTrashX } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { TrashEntry } from '@shared/contract';
import { markAppInteractive } from '../../app/interactive';
import { AppFrame } from '../../components/AppFrame';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingPanel } from '../../components/LoadingPanel';
import { ConfirmDeleteForever, type DeleteForeverTarget } from './ConfirmDeleteForever';
import { deleteForever, emptyTrash, restoreFromTrash } from './trash-actions';
import { TrashTable } from './TrashTable';
import { useTrash } from './useTrash';

type Pending = { target: DeleteForeverTarget; run: () => Promise<boolean> };

/** Deleted plans: restore any of them, delete one for good, or empty the trash (each after a confirmation). */
export function TrashScreen() {
  const { state, reload } = useTrash();
  const [pending, setPending] = useState<Pending | null>(null);
  const ready = state.kind === 'ready';
  useEffect(() => {
    if (ready) markAppInteractive();
  }, [ready]);

  const restore = (entry: TrashEntry) => void restoreFromTrash(entry).then(reload);
  const askDelete = (entry: TrashEntry) => setPending({ target: { kind: 'one', name: entry.name }, run: () => deleteForever(entry) });
  const askEmpty = (count: number) => setPending({ target: { kind: 'all', count }, run: emptyTrash });
  const entries = state.kind === 'ready' ? state.entries : [];

  return (
    <AppFrame>
      <Stack gap="lg" maw={1000} mx="auto">
        <Anchor component={Link} to="/" size="sm">
          <Group gap={4} component="span">
            <IconArrowLeft size={16} aria-hidden />
            All plans
          </Group>
        </Anchor>
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={1}>Trash</Title>
            <Text c="dimmed">Deleted plans stay here until you restore them or delete them for good.</Text>
          </div>
          {entries.length > 0 ? (
            <Button color="red" variant="light" leftSection={<IconTrashX size={18} aria-hidden />} onClick={() => askEmpty(entries.length)}>
              Empty trash
            </Button>
          ) : null}
        </Group>
        {state.kind === 'loading' ? <LoadingPanel label="Loading the trash…" /> : null}
        {state.kind === 'failed' ? <ErrorPanel title="The trash could not be read" message={state.message} onRetry={reload} /> : null}
        {state.kind === 'ready' && entries.length === 0 ? (
          <Card withBorder padding="xl" data-testid="trash-empty">
            <Text>The trash is empty. Plans you delete come here first, so you can change your mind.</Text>
          </Card>
        ) : null}
        {entries.length > 0 ? <TrashTable entries={entries} onRestore={restore} onDeleteForever={askDelete} /> : null}
      </Stack>
      <ConfirmDeleteForever
        target={pending?.target ?? null}
        onCancel={() => setPending(null)}
        onConfirm={async () => {
          if (pending && (await pending.run())) setPending(null);
          reload();
        }}
      />
    </AppFrame>
  );
}
