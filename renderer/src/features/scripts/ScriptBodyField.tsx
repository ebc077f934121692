import { useState } from 'react';
import { Alert, Stack, Text } from '@mantine/core';
import { LIMITS } from '@shared/limits';
import { LazyScriptEditor } from './LazyScriptEditor';

const format = (n: number) => n.toLocaleString();

/**
 * The body editor with the length limit. Text over the limit stays in the
 * editor (nothing typed is lost) but is not put in the plan, so autosave never
 * writes a file the schema would refuse; the message says how much to cut.
 */
export function ScriptBodyField({ value, onCommit, scriptName }: { value: string; onCommit: (text: string) => void; scriptName: string }) {
  const [overBy, setOverBy] = useState(0);
  const errorId = 'script-body-limit';
  return (
    <Stack gap={6}>
      <Text fw={500} size="sm">
        The call
      </Text>
      <LazyScriptEditor
        value={value}
        label={`Script: ${scriptName}`}
        describedBy={overBy > 0 ? errorId : undefined}
        onChange={(text) => {
          const over = text.length - LIMITS.scriptText;
          setOverBy(Math.max(0, over));
          if (over <= 0) onCommit(text);
        }}
      />
      {overBy > 0 ? (
        <Alert color="red" id={errorId} role="alert" title="This script is too long to save">
          A script can hold up to {format(LIMITS.scriptText)} characters; this one is {format(overBy)} over. Your text is still
          here, but changes are not saved until you shorten it.
        </Alert>
      ) : (
        <Text size="xs" c="dimmed">
          Type {'{{'} for placeholders such as {'{{company}}'}. Ctrl+F searches, Ctrl+Z undoes inside the editor.
        </Text>
      )}
    </Stack>
  );
}
