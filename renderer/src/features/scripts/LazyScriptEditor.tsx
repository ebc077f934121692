import { lazy, Suspense } from 'react';
import { Loader, Group, Text } from '@mantine/core';
import type { ScriptEditorProps } from './ScriptEditor';

/** CodeMirror is loaded on first use of the editor, not at app start. */
const ScriptEditor = lazy(() => import('./ScriptEditor').then((m) => ({ default: m.ScriptEditor })));

export function LazyScriptEditor(props: ScriptEditorProps) {
  return (
    <Suspense
      fallback={
        <Group gap="xs" mih="16rem" data-testid="script-editor-loading">
          <Loader size="sm" />
          <Text size="sm" c="dimmed">
            Loading the editor…
          </Text>
        </Group>
      }
    >
      <ScriptEditor {...props} />
    </Suspense>
  );
}
