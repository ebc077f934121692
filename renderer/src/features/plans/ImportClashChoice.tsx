import { Button, Stack, Text } from '@mantine/core';
import type { PlanSummary } from '@shared/contract';
import type { ClashAnswer } from './import-export';

export interface ImportClashChoiceProps {
  existing: PlanSummary;
  onAnswer: (answer: ClashAnswer) => void;
}

/** Asked when an imported file holds a plan that is already here: nothing is replaced without this. */
export function ImportClashChoice({ existing, onAnswer }: ImportClashChoiceProps) {
  return (
    <Stack gap="md">
      <Text size="sm">
        “{existing.name}” is already in your plans. Replace it with the file (a backup of your plan is made first), or
        import the file as a separate copy.
      </Text>
      <Stack gap="xs">
        <Button onClick={() => onAnswer('copy')} data-autofocus>
          Import as a copy
        </Button>
        <Button variant="light" color="orange" onClick={() => onAnswer('replace')}>
          Replace the existing plan (a backup is made first)
        </Button>
        <Button variant="default" onClick={() => onAnswer('cancel')}>
          Cancel
        </Button>
      </Stack>
    </Stack>
  );
}
