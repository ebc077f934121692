import { Button, Group, Switch } from '@mantine/core';
import { NativeSelect } from '../editors/memo-inputs';
import type { Paper, PrintOptions } from './print-options';
import { SegmentedChoice } from '../../components/SegmentedChoice';

export interface SheetControlsProps {
  targets: { value: string; label: string }[];
  target: string;
  options: PrintOptions;
  saving: boolean;
  onTarget(target: string): void;
  onOptions(options: PrintOptions): void;
  onPrint(): void;
  onSavePdf(): void;
}

/** What to print (a role or the call pack), paper, figures, and the print buttons. Never printed. */
export function SheetControls({ targets, target, options, saving, onTarget, onOptions, onPrint, onSavePdf }: SheetControlsProps) {
  return (
    <Group align="flex-end" gap="md" data-callsheet-controls="">
      <NativeSelect label="Call sheet for" data={targets} value={target} onChange={(event) => onTarget(event.currentTarget.value)} w={320} />
      <SegmentedChoice
        aria-label="Paper size"
        value={options.paper}
        onChange={(v) => onOptions({ ...options, paper: v as Paper })}
        data={[
          { value: 'a4', label: 'A4' },
          { value: 'letter', label: 'Letter' },
        ]}
      />
      <Switch
        label="Hide figures"
        checked={options.hideFigures}
        onChange={(e) => onOptions({ ...options, hideFigures: e.currentTarget.checked })}
      />
      <Group gap="xs">
        <Button onClick={onPrint}>Print</Button>
        <Button variant="default" onClick={onSavePdf} loading={saving}>
          Save as PDF
        </Button>
      </Group>
    </Group>
  );
}
