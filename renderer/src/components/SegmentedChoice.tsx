import { memo, useId, type FocusEventHandler, type ReactNode } from 'react';
import { Box, SegmentedControl, getFontSize, getSize, useMantineTheme, type MantineSize, type MantineStyleProps } from '@mantine/core';

/** Mantine's own SegmentedControl styles, so the two look the same in both themes. */
const classes = SegmentedControl.classes;

export type SegmentedChoiceItem = string | { value: string; label: ReactNode; disabled?: boolean };

export interface SegmentedChoiceProps extends Pick<MantineStyleProps, 'maw' | 'mt' | 'w'> {
  data: readonly SegmentedChoiceItem[];
  value?: string | null;
  onChange?: (value: string) => void;
  size?: MantineSize;
  fullWidth?: boolean;
  disabled?: boolean;
  readOnly?: boolean;
  'aria-label'?: string;
  'aria-labelledby'?: string;
  onFocus?: FocusEventHandler<HTMLDivElement>;
  onBlur?: FocusEventHandler<HTMLDivElement>;
  /** Passed by a draft form's `field()`; a choice among fixed values has no message to show. */
  error?: ReactNode;
}

/**
 * A few named choices side by side: native radio buttons in one group (arrow
 * keys move between them, a screen reader hears a radio group), drawn with
 * Mantine's SegmentedControl styles. Mantine's own slides a highlight that it
 * measures with getBoundingClientRect when it mounts and on every resize,
 * which forced the page's first layout inside the board's first render, before
 * its first paint. Here the chosen segment is drawn by CSS alone, so nothing
 * is measured, and there is no second render once the labels are known.
 */
export const SegmentedChoice = memo(function SegmentedChoice({
  data,
  value,
  onChange,
  size,
  fullWidth,
  disabled,
  readOnly,
  error: _error,
  ...rest
}: SegmentedChoiceProps) {
  const name = useId();
  const { focusRing } = useMantineTheme();
  const vars = { '--sc-padding': getSize(size, 'sc-padding'), '--sc-font-size': getFontSize(size), '--sc-shadow': 'var(--mantine-shadow-xs)' };
  return (
    <Box
      {...rest}
      role="radiogroup"
      className={`${classes.root} mantine-SegmentedControl-root`}
      style={vars}
      data-full-width={fullWidth || undefined}
      data-with-items-borders
      data-disabled={disabled || undefined}
    >
      {data.map((item) => {
        const { value: itemValue, label, disabled: itemDisabled } = typeof item === 'string' ? { value: item, label: item, disabled: false } : item;
        const active = itemValue === value;
        const off = disabled || itemDisabled;
        const id = `${name}-${itemValue}`;
        return (
          <div key={itemValue} className={classes.control} data-active={active || undefined}>
            <input
              className={classes.input}
              type="radio"
              name={name}
              value={itemValue}
              id={id}
              checked={active}
              disabled={off}
              onChange={() => !readOnly && onChange?.(itemValue)}
              data-focus-ring={focusRing}
            />
            <label
              className={classes.label}
              htmlFor={id}
              data-active={(active && !off) || undefined}
              data-disabled={off || undefined}
              data-read-only={readOnly || undefined}
            >
              <span className={classes.innerLabel}>{label}</span>
            </label>
          </div>
        );
      })}
    </Box>
  );
});
