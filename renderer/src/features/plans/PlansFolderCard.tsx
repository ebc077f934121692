import { useState } from 'react';
import { Alert, Button, Card, Code, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconFolder } from '@tabler/icons-react';
import { call, errorMessage } from '../../api/planner';
import { useAppInfo } from '../../app/useAppInfo';

/**
 * Where plans live, and moving them to a folder a sync tool keeps on every
 * computer. The desktop app picks the folder with the system's dialog; the
 * browser harness takes a typed path. After a change the page reloads, so
 * every screen reads the new folder.
 */
export function PlansFolderCard() {
  const info = useAppInfo();
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState<'move' | 'use' | 'pick' | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!info) return null;
  const desktop = info.transport === 'electron';

  const pick = async () => {
    setBusy('pick');
    try {
      const picked = await call('folder:pick', {});
      if (picked.path) setPath(picked.path);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(null);
    }
  };
  const use = async (move: boolean) => {
    setBusy(move ? 'move' : 'use');
    setError(null);
    try {
      await call('folder:use', { path, move });
      window.location.reload();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(null);
    }
  };

  return (
    <Card withBorder radius="md" component="section" aria-labelledby="plans-folder-title" data-testid="plans-folder">
      <Stack gap="sm">
        <Title order={2} size="h4" id="plans-folder-title">
          Keep plans in a folder you sync
        </Title>
        {info.folderProblem ? (
          <Alert color="orange" title="Your plans folder cannot be used" role="alert">
            {info.folderProblem} Reconnect it, or choose another folder below.
          </Alert>
        ) : null}
        <Text size="sm">
          Plans are kept in <Code data-testid="plans-folder-path">{info.plansFolder ?? info.dataDir}</Code>. To use them on every
          computer, keep them in a folder that Syncthing, Dropbox, iCloud Drive, OneDrive or Nextcloud syncs: move them there on
          this computer, then choose the same folder on the other one.
        </Text>
        <Group align="flex-end" gap="sm">
          <TextInput
            label="Folder"
            placeholder={desktop ? 'Choose a folder…' : 'Type the folder’s full path'}
            value={path}
            onChange={(event) => setPath(event.currentTarget.value)}
            readOnly={desktop}
            style={{ flex: 1, minWidth: 260 }}
          />
          {desktop ? (
            <Button variant="default" leftSection={<IconFolder size={16} aria-hidden />} loading={busy === 'pick'} onClick={() => void pick()}>
              Choose…
            </Button>
          ) : null}
        </Group>
        {error ? (
          <Alert color="red" title="The folder was not changed" role="alert">
            {error}
          </Alert>
        ) : null}
        <Group gap="sm">
          <Button disabled={!path.trim() || busy !== null} loading={busy === 'move'} onClick={() => void use(true)}>
            Move my plans there
          </Button>
          <Button variant="light" disabled={!path.trim() || busy !== null} loading={busy === 'use'} onClick={() => void use(false)}>
            Use the plans already there
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          Moving copies every plan, trashed plan and backup, checks each copy, and leaves the old folder as it was with a note.
        </Text>
      </Stack>
    </Card>
  );
}
