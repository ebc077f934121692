/**
 * Mantine's inputs, memoized. A draft form re-renders its whole card on every
 * keystroke; with these (and the stable handlers `useDraftForm`'s `field`
 * returns), only the input whose value, error or label changed renders again,
 * so a keystroke costs one field, not forty.
 */
import { memo } from 'react';
import {
  NumberInput as MantineNumberInput,
  SegmentedControl as MantineSegmentedControl,
  Select as MantineSelect,
  Textarea as MantineTextarea,
  TextInput as MantineTextInput,
} from '@mantine/core';
import { TimeInput as MantineTimeInput } from '@mantine/dates';

export const NumberInput = memo(MantineNumberInput);
export const SegmentedControl = memo(MantineSegmentedControl);
export const Select = memo(MantineSelect);
export const Textarea = memo(MantineTextarea);
export const TextInput = memo(MantineTextInput);
export const TimeInput = memo(MantineTimeInput);
