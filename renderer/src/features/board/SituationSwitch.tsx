import { memo } from 'react';
import { Group, SegmentedControl, Text } from '@mantine/core';
import { usePlanSession } from '../plan/usePlanSession';

/** Employed or unemployed; the second switches the board's advice to the safety net. Undoable like any edit. */
export const SituationSwitch = memo(function SituationSwitch({ employment }: { employment: 'employed' | 'unemployed' }) {
  const session = usePlanSession();
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" id="board-situation-label">Right now I am</Text>
      <SegmentedControl
        aria-labelledby="board-situation-label"
        size="sm"
        value={employment}
        data={[
          { value: 'employed', label: 'Employed' },
          { value: 'unemployed', label: 'Unemployed' },
        ]}
        onChange={(value) => {
          if (value !== 'employed' && value !== 'unemployed') return;
          session.edit((plan) =>
            plan.situation.employment === value ? plan : { ...plan, situation: { ...plan.situation, employment: value } },
          );
        }}
      />
    </Group>
  );
});
