/**
 * The script body editor: CodeMirror 6 in a React component. Lazy-loaded
 * (see LazyScriptEditor) so the app starts without CodeMirror.
 *
 * Invariants: the editor owns the text while the user types and reports
 * every change through `onChange`; a `value` that differs from what it last
 * reported (undo in the app, a restored revision, another window) replaces
 * the text. Pasting inserts plain text only (CodeMirror never keeps markup).
 */
import { useEffect, useRef } from 'react';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { completionKeymap } from '@codemirror/autocomplete';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { EditorState } from '@codemirror/state';
import { drawSelection, EditorView, keymap, placeholder } from '@codemirror/view';
import { placeholderAutocomplete, placeholderHighlight, scriptTheme } from './editor-extensions';

export interface ScriptEditorProps {
  value: string;
  onChange: (text: string) => void;
  /** Accessible name of the text area. */
  label: string;
  /** Id of the element describing errors, for aria-describedby. */
  describedBy?: string;
}

export function ScriptEditor({ value, onChange, label, describedBy }: ScriptEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const reported = useRef(value);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    const state = EditorState.create({
      doc: reported.current,
      extensions: [
        history(),
        drawSelection(),
        search({ top: true }),
        highlightSelectionMatches(),
        placeholderAutocomplete,
        placeholderHighlight,
        EditorView.lineWrapping,
        placeholder('Write what you will say. Type {{ to insert a placeholder.'),
        keymap.of([...completionKeymap, ...searchKeymap, ...historyKeymap, ...defaultKeymap]),
        EditorView.contentAttributes.of({
          'aria-label': label,
          'aria-multiline': 'true',
          'data-testid': 'script-body-editor',
          ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        }),
        EditorView.updateListener.of((update) => {
          if (!update.docChanged) return;
          const text = update.state.doc.toString();
          reported.current = text;
          onChangeRef.current(text);
        }),
        scriptTheme,
      ],
    });
    const created = new EditorView({ state, parent: host.current! });
    view.current = created;
    return () => {
      created.destroy();
      view.current = null;
    };
    // The view is created once; label changes are rare and take effect on the next script.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const current = view.current;
    if (!current || value === reported.current) return;
    reported.current = value;
    current.dispatch({ changes: { from: 0, to: current.state.doc.length, insert: value } });
  }, [value]);

  return <div ref={host} data-testid="script-editor" />;
}
