import { useMemo, useState } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';
import { useParams, useSearchParams } from 'react-router';
import { computeBoard } from '@shared/board';
import { usePlan } from '../plan/usePlan';
import { BarePrint } from './BarePrint';
import { callPackRoleIds } from './call-sheet-model';
import { CallSheets } from './CallSheets';
import { readPrintOptions, type PrintOptions } from './print-options';
import { SheetControls } from './SheetControls';
import { StartCallButton } from '../callmode/StartCallButton';
import { ExportCalendarButton } from '../calendar/ExportCalendarButton';
import { useSavePdf } from './useSavePdf';

/**
 * The "Call sheets" section: pick a dream role or the call pack, preview the
 * printable page, print or save it as PDF. Choices live in the address
 * (`?sheet=…&paper=…&figures=…`); with `?print=…` only the sheets render
 * (the bare print route used for PDFs).
 */
export function CallsheetsSection() {
  const { planId = '' } = useParams();
  const plan = usePlan((p) => p);
  const [params, setParams] = useSearchParams();
  // A snapshot: the sheet is a page to print, not a live countdown.
  const [now] = useState(() => new Date());
  const options = readPrintOptions(params);
  const bare = params.get('print');
  const packCount = useMemo(() => callPackRoleIds(computeBoard(plan, { now })).length, [plan, now]);
  const target = bare ?? params.get('sheet') ?? 'pack';
  const { save, saving } = useSavePdf(planId, target, options);

  if (bare) return <BarePrint plan={plan} target={bare} options={options} now={now} />;

  const targets = [
    { value: 'pack', label: `Call pack (${packCount} role${packCount === 1 ? '' : 's'} in call order)` },
    ...plan.dreamRoles.map((r) => ({ value: r.id, label: r.company.trim() || r.role.trim() || 'Unnamed dream role' })),
  ];
  const chosenRole = targets.find((t) => t.value === target && t.value !== 'pack');
  const update = (next: { sheet?: string } & Partial<PrintOptions>) => {
    const merged = { sheet: target, ...options, ...next };
    setParams({ sheet: merged.sheet, paper: merged.paper, figures: merged.hideFigures ? 'hidden' : 'shown' }, { replace: true });
  };

  return (
    <Stack gap="lg" data-testid="section-callsheets">
      <div data-callsheet-controls="">
        <Title order={2}>Call sheets</Title>
        <Text c="dimmed">Print one sheet per call and keep it in front of you while you talk.</Text>
      </div>
      <SheetControls
        targets={targets}
        target={targets.some((t) => t.value === target) ? target : 'pack'}
        options={options}
        saving={saving}
        onTarget={(sheet) => update({ sheet })}
        onOptions={(o) => update(o)}
        onPrint={() => window.print()}
        onSavePdf={() => void save()}
      />
      <Group gap="sm" data-callsheet-controls="">
        {chosenRole ? <StartCallButton roleId={chosenRole.value} name={chosenRole.label} /> : null}
        <ExportCalendarButton planId={planId} />
        <Text size="sm" c="dimmed">
          Call-by dates (with the number to call), follow-ups and deadlines, for your calendar app.
        </Text>
      </Group>
      <CallSheets plan={plan} target={target} options={options} now={now} variant="preview" />
    </Stack>
  );
}
