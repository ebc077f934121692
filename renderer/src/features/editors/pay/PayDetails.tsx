import { useDeferredValue, useMemo, useState } from 'react';
import { Button, Group } from '@mantine/core';
import { IconAdjustmentsDollar } from '@tabler/icons-react';
import type { Compensation } from '@shared/compensation';
import { PayDetailsForm } from './PayDetailsForm';
import { Drawer } from '../../../components/dialogs';

/** Writes a change to this record through the plan store (autosave and undo apply); edits with the same key are one undo step. */
export type SavePay = (recipe: (c: Compensation) => Compensation, coalesceKey?: string) => void;

interface Props {
  compensation: Compensation;
  save: SavePay;
  /** Names the record in undo steps: `offer:<id>`. */
  keyPrefix: string;
  /** "Northwind Logistics": who the drawer is about. */
  name: string;
}

/**
 * "Pay details": the record as the offer is written, in a side drawer with
 * its totals beside the fields. The four numbers on the card stay the quick way.
 */
export function PayDetails({ compensation, save, keyPrefix, name }: Props) {
  const [opened, setOpened] = useState(false);
  // The name follows the company a frame later, like the card's heading: a
  // keystroke in Company does not render the drawer in the frame that shows it.
  const shownName = useDeferredValue(name);
  return useMemo(
    () => (
      <>
        <Group mt="sm">
          <Button
            variant="light"
            size="compact-sm"
            leftSection={<IconAdjustmentsDollar size={16} aria-hidden />}
            onClick={() => setOpened(true)}
            aria-label={`Pay details: ${shownName}`}
          >
            Pay details
          </Button>
        </Group>
        <Drawer
          opened={opened}
          onClose={() => setOpened(false)}
          position="right"
          size="62rem"
          title={`Pay details: ${shownName}`}
          data-testid="pay-details-drawer"
        >
          <PayDetailsForm compensation={compensation} save={save} keyPrefix={keyPrefix} />
        </Drawer>
      </>
    ),
    [opened, shownName, compensation, save, keyPrefix],
  );
}
