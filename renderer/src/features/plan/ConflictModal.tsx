import { useState } from 'react';
import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../api/planner';
import { planPath } from './sections';
import { usePlanSession } from './usePlanSession';
import { useSaveState } from './useSaveState';
import { Modal } from '../../components/dialogs';

type Choice = 'mine' | 'theirs' | 'copy';

/**
 * The plan changed elsewhere while this window had unsaved edits. The modal
 * must be answered (it cannot be dismissed), because every way out of it is
 * a decision about which edits to keep; none of them loses work silently.
 */
export function ConflictModal() {
  const session = usePlanSession();
  const save = useSaveState();
  const navigate = useNavigate();
  const [busy, setBusy] = useState<Choice | null>(null);
  const [error, setError] = useState<string | null>(null);

  const choose = async (choice: Choice) => {
    setBusy(choice);
    setError(null);
    try {
      if (choice === 'mine') await session.keepMine();
      if (choice === 'theirs') await session.takeTheirs();
      if (choice === 'copy') {
        const id = await session.saveMineAsNew();
        notifications.show({
          color: 'teal',
          title: 'Your version is saved as a new plan',
          message: 'The other version stays under the original name. You are now in your copy.',
        });
        navigate(planPath(id));
      }
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Modal
      opened={save.kind === 'conflict'}
      onClose={() => {}}
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      title={<Text fw={700}>This plan was changed somewhere else</Text>}
      size="lg"
    >
      <Stack gap="md">
        <Text>
          While you were editing, this plan was saved from another window or changed on disk (for example by a sync
          tool). Your edits are still here and have not been saved. Choose what to keep:
        </Text>
        <List spacing="xs" size="sm">
          <List.Item>
            <b>Keep my version</b>: save what you see here over the other version.
          </List.Item>
          <List.Item>
            <b>Use the other version</b>: show the other version here. Undo brings yours back.
          </List.Item>
          <List.Item>
            <b>Save mine as a new plan</b>: keep both; yours becomes a separate plan.
          </List.Item>
        </List>
        {error ? (
          <Alert color="red" title="That did not work" role="alert">
            {error}
          </Alert>
        ) : null}
        <Stack gap="xs">
          <Button loading={busy === 'mine'} disabled={busy !== null} onClick={() => void choose('mine')}>
            Keep my version
          </Button>
          <Button variant="default" loading={busy === 'theirs'} disabled={busy !== null} onClick={() => void choose('theirs')}>
            Use the other version
          </Button>
          <Button variant="light" loading={busy === 'copy'} disabled={busy !== null} onClick={() => void choose('copy')}>
            Save mine as a new plan
          </Button>
        </Stack>
      </Stack>
    </Modal>
  );
}
