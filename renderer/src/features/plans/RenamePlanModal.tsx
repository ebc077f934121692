import { useState } from 'react';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import type { PlanSummary } from '@shared/contract';
import { call, errorMessage } from '../../api/planner';
import { planNameError } from './plan-name';
import { Modal } from '../../components/dialogs';

export interface RenamePlanModalProps {
  /** The plan being renamed; null keeps the modal closed. */
  plan: PlanSummary | null;
  onClose: () => void;
  onRenamed: () => void;
}

/** Renames a plan; the name is checked as you submit, and server errors show under the field. */
export function RenamePlanModal({ plan, onClose, onRenamed }: RenamePlanModalProps) {
  return (
    <Modal opened={plan !== null} onClose={onClose} title="Rename plan">
      {/* Keyed by plan so each opening starts from that plan's current name. */}
      {plan ? <RenameForm key={plan.id} plan={plan} onClose={onClose} onRenamed={onRenamed} /> : null}
    </Modal>
  );
}

function RenameForm({ plan, onClose, onRenamed }: RenamePlanModalProps & { plan: PlanSummary }) {
  const [name, setName] = useState(plan.name);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const problem = planNameError(name);
    setError(problem);
    if (problem) return;
    setSaving(true);
    try {
      await call('plans:rename', { id: plan.id, name: name.trim() });
      onRenamed();
      onClose();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <TextInput
          label="Plan name"
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            if (error) setError(planNameError(event.currentTarget.value));
          }}
          error={error}
          data-autofocus
          required
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            Save name
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
