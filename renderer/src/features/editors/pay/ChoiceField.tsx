import { memo, useId } from 'react';
import { Stack, Text, type MantineSpacing } from '@mantine/core';
import { SegmentedChoice, type SegmentedChoiceProps } from '../../../components/SegmentedChoice';

type ChoiceFieldProps = SegmentedChoiceProps & { label: string; mt?: MantineSpacing };

/** A few named choices side by side, with a visible label that names the group for screen readers. Memoized like memo-inputs. */
export const ChoiceField = memo(function ChoiceField({ label, mt, ...props }: ChoiceFieldProps) {
  const id = useId();
  return (
    <Stack gap={4} mt={mt}>
      <Text size="sm" fw={500} id={id}>
        {label}
      </Text>
      <SegmentedChoice aria-labelledby={id} {...props} />
    </Stack>
  );
});
