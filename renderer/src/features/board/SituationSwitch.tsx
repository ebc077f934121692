import { memo } from 'react';
import { Group, Text } from '@mantine/core';
import { EmploymentSwitch } from '../plan/EmploymentSwitch';

/** The board's own "Right now I am" switch: the same edit as the overview's, beside the advice it changes. */
export const SituationSwitch = memo(function SituationSwitch() {
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" id="board-situation-label">Right now I am</Text>
      <EmploymentSwitch labelledBy="board-situation-label" size="sm" />
    </Group>
  );
});
