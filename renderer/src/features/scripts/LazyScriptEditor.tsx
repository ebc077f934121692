import { lazy, Suspense, useState } from 'react';
import { Loader, Group, Text } from '@mantine/core';
import type { ScriptEditorProps } from './ScriptEditor';
import { loadedScriptEditor, preloadScriptEditor } from './script-editor-chunk';

/** CodeMirror is loaded after the plan opens or on first use of the editor, not at app start. */
const ScriptEditor = lazy(() => preloadScriptEditor().then((editor) => ({ default: editor })));

export function LazyScriptEditor(props: ScriptEditorProps) {
  // Already preloaded: no fallback for a frame while React.lazy settles.
  // Chosen once per mount, so the editor is never remounted under the caret.
  const [Loaded] = useState(loadedScriptEditor);
  if (Loaded) return <Loaded {...props} />;
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
