/**
 * Mantine's inputs, memoized. A draft form re-renders its whole card on every
 * keystroke; with these (and the stable handlers `useDraftForm`'s `field`
 * returns), only the input whose value, error or label changed renders again,
 * so a keystroke costs one field, not forty.
 */
import { createElement, memo, type CSSProperties } from 'react';
import {
  NativeSelect as MantineNativeSelect,
  NumberInput as MantineNumberInput,
  Select as MantineSelect,
  Textarea as MantineTextarea,
  TextInput as MantineTextInput,
  type TextareaProps,
} from '@mantine/core';
import { TimeInput as MantineTimeInput } from '@mantine/dates';

/**
 * A textarea that grows with its text through CSS (`field-sizing: content`)
 * rather than Mantine's `autosize`, which measures the layout on every
 * render: a screen of them (the script's five answers) forced a layout per
 * field, about a third of a second before the editor was ready.
 */
function GrowingTextarea({ autosize, minRows = 2, maxRows, styles, ...props }: TextareaProps) {
  if (!autosize || styles) return createElement(MantineTextarea, { autosize, minRows, maxRows, styles, ...props });
  const input = {
    fieldSizing: 'content',
    minHeight: `calc(${minRows}lh + 2 * var(--input-padding-y, 0rem) + 2px)`,
    ...(maxRows ? { maxHeight: `calc(${maxRows}lh + 2 * var(--input-padding-y, 0rem) + 2px)` } : {}),
  } as CSSProperties;
  return createElement(MantineTextarea, { rows: minRows, styles: { input }, ...props });
}

/**
 * Every short, fixed list in the app (a stage, a script, a role, a schedule).
 * Mantine's searchable Select mounts a popover, a portal, a scroll area and
 * every option per list before the screen first paints; this is one element,
 * and typing an item's first letter picks it. Only lists you search (time
 * zone, currency) use Select.
 */
export const NativeSelect = memo(MantineNativeSelect);
export const NumberInput = memo(MantineNumberInput);
export const Select = memo(MantineSelect);
export const Textarea = memo(GrowingTextarea);
export const TextInput = memo(MantineTextInput);
export const TimeInput = memo(MantineTimeInput);
