import { type ChangeEvent, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { Alert, Card, Grid, Group, Stack, Text } from '@mantine/core';
import { useShallow } from 'zustand/shallow';
import { addScript } from '@shared/scripts/plan-scripts';
import { newScriptFromTemplate, type ScriptKind } from '@shared/scripts/templates';
import { DEFAULT_WORDS_PER_MINUTE } from '@shared/scripts/speaking-time';
import { NativeSelect } from '../editors/memo-inputs';
import { usePlan } from '../plan/usePlan';
import { usePlanSession } from '../plan/usePlanSession';
import { BranchEditors } from './BranchEditors';
import { NewScriptMenu } from './NewScriptMenu';
import { RehearsalModal } from './RehearsalModal';
import { RevisionsPanel } from './RevisionsPanel';
import { RoleScripts } from './RoleScripts';
import { ScriptBodyField } from './ScriptBodyField';
import { ScriptHeader } from './ScriptHeader';
import { ScriptPreviewPanel } from './ScriptPreviewPanel';
import { useScriptEdits } from './useScriptEdits';

const NO_SCRIPTS = [{ value: '', label: 'No scripts yet' }];

/** Choose a script, edit it beside its live preview, rehearse it. */
export function ScriptWorkspace() {
  const session = usePlanSession();
  const scripts = usePlan((plan) => plan.scripts);
  const roles = usePlan((plan) => plan.dreamRoles);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [chosenRole, setChosenRole] = useState<string | null>(null);
  const [rate, setRate] = useState(DEFAULT_WORDS_PER_MINUTE);
  const [rehearsing, setRehearsing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const script = scripts.find((s) => s.id === chosenId) ?? scripts[0];
  // Default role: the first that uses this script, else the most wanted.
  const roleId =
    (chosenRole && roles.some((r) => r.id === chosenRole) ? chosenRole : null) ??
    roles.find((r) => r.scriptId === script?.id)?.id ??
    [...roles].sort((a, b) => a.priority - b.priority)[0]?.id ??
    null;

  // The chooser's options change only with the scripts' names, not with each keystroke in a body.
  const names = usePlan(useShallow((plan) => plan.scripts.flatMap((s) => [s.id, s.name])));
  const options = useMemo(() => (names.length ? names.flatMap((id, i) => (i % 2 ? [] : [{ value: id, label: names[i + 1]! }])) : NO_SCRIPTS), [names]);
  const choose = useCallback((event: ChangeEvent<HTMLSelectElement>) => {
    const id = event.currentTarget.value;
    if (id) setChosenId(id);
  }, []);
  const create = useCallback(
    (kind: ScriptKind) => {
      const fresh = newScriptFromTemplate(kind, new Date());
      try {
        session.edit((plan) => addScript(plan, fresh));
        setChosenId(fresh.id);
        setError(null);
      } catch (failure) {
        setError(failure instanceof Error ? failure.message : String(failure));
      }
    },
    [session],
  );

  return (
    <Stack gap="lg">
      <Group gap="sm" align="end">
        <NativeSelect label="Script" w={320} data={options} value={script?.id ?? ''} onChange={choose} disabled={!scripts.length} />
        <NewScriptMenu onCreate={create} />
      </Group>
      {error ? (
        <Alert color="red" role="alert" title="Could not add the script">
          {error}
        </Alert>
      ) : null}
      {script ? (
        <ScriptDetails key={script.id} scriptId={script.id} roleId={roleId} onRole={setChosenRole} rate={rate} onRate={setRate} onCreate={create} rehearsing={rehearsing} onRehearse={setRehearsing} />
      ) : (
        <Card withBorder padding="xl">
          <Text>No scripts yet. Start one from a template with “New script”: the leverage call is the one the plan exists for.</Text>
        </Card>
      )}
      <RoleScripts />
    </Stack>
  );
}

interface DetailsProps {
  scriptId: string;
  roleId: string | null;
  onRole: (id: string | null) => void;
  rate: number;
  onRate: (rate: number) => void;
  onCreate: (kind: ScriptKind) => void;
  rehearsing: boolean;
  onRehearse: (open: boolean) => void;
}

function ScriptDetails({ scriptId, roleId, onRole, rate, onRate, onCreate, rehearsing, onRehearse }: DetailsProps) {
  const script = usePlan((plan) => plan.scripts.find((s) => s.id === scriptId));
  const edits = useScriptEdits(scriptId);
  // The editor paints each keystroke at once; the preview, the earlier
  // versions and the rehearsal follow the script in a later render.
  const shown = useDeferredValue(script);
  const rehearse = useCallback(() => onRehearse(true), [onRehearse]);
  const stopRehearsing = useCallback(() => onRehearse(false), [onRehearse]);
  const createCheckIn = useCallback(() => onCreate('check-in'), [onCreate]);
  const beside = useMemo(
    () =>
      shown ? (
        <Stack gap="lg">
          <ScriptPreviewPanel
            script={shown}
            roleId={roleId}
            onRole={onRole}
            rate={rate}
            onRate={onRate}
            onRehearse={rehearse}
            onCreateCheckIn={createCheckIn}
          />
          <RevisionsPanel script={shown} />
        </Stack>
      ) : null,
    [shown, roleId, onRole, rate, onRate, rehearse, createCheckIn],
  );
  const rehearsal = useMemo(
    () => (shown ? <RehearsalModal script={shown} roleId={roleId} opened={rehearsing} onClose={stopRehearsing} /> : null),
    [shown, roleId, rehearsing, stopRehearsing],
  );
  if (!script) return null;
  return (
    <>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Card withBorder padding="lg">
            <Stack gap="md">
              <ScriptHeader script={script} />
              <ScriptBodyField value={script.body} onCommit={edits.setBody} scriptName={script.name} />
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>{beside}</Grid.Col>
      </Grid>
      <BranchEditors scriptId={script.id} branches={script.branches} />
      {rehearsal}
    </>
  );
}
