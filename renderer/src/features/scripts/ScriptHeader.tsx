import { useCallback, useState, type ChangeEvent } from 'react';
import { Button, Group, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { SCRIPT_KINDS, type Script } from '@shared/plan';
import { SCRIPT_KIND_LABELS, type ScriptKind } from '@shared/scripts/templates';
import { NativeSelect } from '../editors/memo-inputs';
import { useScriptEdits } from './useScriptEdits';

const KIND_OPTIONS = SCRIPT_KINDS.map((k) => ({ value: k, label: SCRIPT_KIND_LABELS[k] }));

/** The script's name and kind, and deleting it (the app's Undo brings it back). */
export function ScriptHeader({ script }: { script: Script }) {
  const edits = useScriptEdits(script.id);
  // Local text so an empty name can be shown with its error without being saved.
  const [name, setName] = useState(script.name);
  const [shown, setShown] = useState(script.name);
  if (script.name !== shown) {
    setShown(script.name);
    setName(script.name);
  }
  const error = name.trim() ? null : 'A script needs a name.';
  // Stable, so the kind's select skips the render of each keystroke in the body.
  const setKind = useCallback((event: ChangeEvent<HTMLSelectElement>) => edits.setKind(event.currentTarget.value as ScriptKind), [edits]);
  return (
    <Group align="end" gap="sm" wrap="wrap">
      <TextInput
        label="Script name"
        value={name}
        maxLength={200}
        error={error}
        style={{ flex: '1 1 14rem' }}
        onChange={(e) => {
          const value = e.currentTarget.value;
          setName(value);
          if (value.trim()) edits.rename(value);
        }}
      />
      <NativeSelect label="Kind" w={240} data={KIND_OPTIONS} value={script.kind} onChange={setKind} />
      <Button
        variant="subtle"
        color="red"
        leftSection={<IconTrash size={16} aria-hidden />}
        onClick={() => {
          edits.remove();
          notifications.show({ title: `Deleted “${script.name}”`, message: 'Undo (Ctrl+Z) brings it back.' });
        }}
      >
        Delete script
      </Button>
    </Group>
  );
}
