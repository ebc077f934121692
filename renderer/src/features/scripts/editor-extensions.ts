/**
 * CodeMirror extensions of the script editor: placeholder highlighting (the
 * same pattern the filler uses, so what is highlighted is what is filled),
 * completion of known placeholders after `{{`, and a theme built from
 * Mantine's CSS variables so it follows light and dark without JS.
 * Imported only by ScriptEditor.tsx, which is lazy-loaded.
 */
import { autocompletion, type Completion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { Decoration, EditorView, MatchDecorator, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view';
import { isPlaceholderName, normaliseName, PLACEHOLDER_NAMES, PLACEHOLDER_PATTERN, PLACEHOLDERS } from '@shared/scripts/placeholders';

const known = Decoration.mark({ class: 'cm-ph cm-ph-known' });
const unknown = Decoration.mark({ class: 'cm-ph cm-ph-unknown', attributes: { title: 'Unknown placeholder: check the spelling' } });

const matcher = new MatchDecorator({
  regexp: new RegExp(PLACEHOLDER_PATTERN),
  decoration: (match) => (isPlaceholderName(normaliseName(match[1] ?? '')) ? known : unknown),
});

/** Marks every `{{name}}`; unknown names look different (and say so on hover). */
export const placeholderHighlight = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = matcher.createDeco(view);
    }
    update(update: ViewUpdate) {
      this.decorations = matcher.updateDeco(update, this.decorations);
    }
  },
  { decorations: (v) => v.decorations },
);

function placeholderOptions(closed: boolean): Completion[] {
  return PLACEHOLDER_NAMES.map((name, i) => ({
    label: name,
    detail: PLACEHOLDERS[name].label,
    info: PLACEHOLDERS[name].description,
    type: 'variable',
    boost: -i,
    apply: closed ? name : `${name}}}`,
  }));
}

/** After `{{` (and optional spaces), offer the known names; closes the braces unless they are there. */
export function placeholderCompletions(context: CompletionContext): CompletionResult | null {
  const before = context.matchBefore(/\{\{\s*\w*$/);
  if (!before) return null;
  const typed = /\w*$/.exec(before.text)?.[0] ?? '';
  const from = before.to - typed.length;
  const after = context.state.sliceDoc(context.pos, context.pos + 4);
  return { from, options: placeholderOptions(/^\s*\}\}/.test(after)), validFor: /^\w*$/ };
}

export const placeholderAutocomplete = autocompletion({ override: [placeholderCompletions], activateOnTyping: true });

/** Colours from Mantine's variables: correct in light and dark, and when the scheme changes. */
export const scriptTheme = EditorView.theme({
  '&': {
    color: 'var(--mantine-color-text)',
    backgroundColor: 'var(--mantine-color-body)',
    border: '1px solid var(--mantine-color-default-border)',
    borderRadius: 'var(--mantine-radius-md)',
    fontSize: 'var(--mantine-font-size-md)',
  },
  '&.cm-focused': { outline: '2px solid var(--mantine-primary-color-filled)', outlineOffset: '1px' },
  '.cm-scroller': { fontFamily: 'var(--mantine-font-family)', lineHeight: '1.6', minHeight: '16rem', maxHeight: '60vh' },
  '.cm-content': { padding: '12px 4px', caretColor: 'var(--mantine-color-text)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--mantine-color-text)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'var(--mantine-primary-color-light-hover)',
  },
  '.cm-activeLine': { backgroundColor: 'transparent' },
  '.cm-ph': { borderRadius: '4px', padding: '0 2px', fontWeight: '600' },
  '.cm-ph-known': { backgroundColor: 'var(--mantine-color-teal-light)', color: 'var(--mantine-color-teal-light-color)' },
  '.cm-ph-unknown': {
    backgroundColor: 'var(--mantine-color-red-light)',
    color: 'var(--mantine-color-red-light-color)',
    textDecoration: 'underline wavy',
  },
  '.cm-searchMatch': { backgroundColor: 'var(--mantine-color-yellow-light)', outline: '1px solid var(--mantine-color-yellow-outline)' },
  '.cm-searchMatch.cm-searchMatch-selected': { backgroundColor: 'var(--mantine-color-yellow-light-hover)' },
  '.cm-panels': {
    backgroundColor: 'var(--mantine-color-default)',
    color: 'var(--mantine-color-text)',
    borderColor: 'var(--mantine-color-default-border)',
  },
  '.cm-panels input, .cm-panels button': { color: 'inherit', fontSize: 'var(--mantine-font-size-sm)' },
  '.cm-panel.cm-search input.cm-textfield': {
    backgroundColor: 'var(--mantine-color-body)',
    border: '1px solid var(--mantine-color-default-border)',
    borderRadius: '4px',
  },
  '.cm-tooltip': {
    backgroundColor: 'var(--mantine-color-body)',
    color: 'var(--mantine-color-text)',
    border: '1px solid var(--mantine-color-default-border)',
    borderRadius: 'var(--mantine-radius-sm)',
  },
  '.cm-tooltip-autocomplete > ul > li[aria-selected]': {
    backgroundColor: 'var(--mantine-primary-color-filled)',
    color: 'var(--mantine-color-white)',
  },
  '.cm-completionDetail': { opacity: '0.75', marginLeft: '0.75em', fontStyle: 'normal' },
});
