import { useCallback } from 'react';
import { ActionIcon, Group, NumberInput, Slider, Table, TextInput, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { Criterion } from '@shared/plan';
import { isDuplicateName } from './draft-values';
import { criterionSpec } from './criterion-draft';
import { updateCriterion } from './plan-edits';
import { usePlanSession } from '../plan/usePlanSession';
import { useDraftForm } from './useDraftForm';

interface Props {
  criterion: Criterion;
  otherNames: readonly string[];
  autoFocus: boolean;
  onRemove(criterion: Criterion): void;
}

/** One criterion: its name and how much it weighs (0–10), by slider or by number. */
export function CriterionRow({ criterion, otherNames, autoFocus, onRemove }: Props) {
  const session = usePlanSession();
  const save = useCallback(
    (recipe: (c: Criterion) => Criterion, key: string) =>
      session.edit((plan) => updateCriterion(plan, criterion.id, recipe), key),
    [session, criterion.id],
  );
  const draft = useDraftForm(criterion, criterionSpec, save, `criterion:${criterion.id}`);
  const name = criterion.name;
  const weight = draft.field('weight');
  const sliderValue = typeof weight.value === 'number' && weight.value >= 0 && weight.value <= 10 ? weight.value : criterion.weight;
  return (
    <Table.Tr data-testid="criterion-row">
      <Table.Td>
        <TextInput
          aria-label="Criterion name"
          maxLength={200}
          autoFocus={autoFocus}
          description={isDuplicateName(draft.form.values.name, otherNames) ? 'Another criterion has this name.' : undefined}
          {...draft.field('name')}
        />
      </Table.Td>
      <Table.Td miw={220}>
        <Slider
          aria-label={`Weight of ${name}`}
          thumbLabel={`Weight of ${name}`}
          min={0}
          max={10}
          step={1}
          marks={[{ value: 0 }, { value: 5 }, { value: 10 }]}
          value={sliderValue}
          onChange={(value) => weight.onChange(value)}
        />
      </Table.Td>
      <Table.Td w={110}>
        <NumberInput aria-label={`Weight of ${name} (number)`} clampBehavior="none" decimalScale={1} {...weight} />
      </Table.Td>
      <Table.Td w={50}>
        <Group justify="flex-end">
          <Tooltip label={`Remove ${name}`}>
            <ActionIcon variant="subtle" color="red" aria-label={`Remove the criterion ${name}`} onClick={() => onRemove(criterion)}>
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
