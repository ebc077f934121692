import { Button, Group, Radio, Stack, TextInput } from '@mantine/core';
import { Textarea } from '../editors/memo-inputs';
import { useForm } from '@mantine/form';
import { LIMITS } from '@shared/limits';
import { OUTCOMES } from '@shared/plan';
import { OUTCOME_LABELS } from '@shared/scripts/call-log';
import { callErrors, type CallFormValues } from './call-form-values';
import { CallSignalsFields } from './CallSignalsFields';

/** Log a call or correct one: when, which answer, what they said about timing, next step, follow-up. */
export function CallForm({ initial, submitLabel, onSubmit, onCancel, onValuesChange }: { initial: CallFormValues; submitLabel: string; onSubmit: (values: CallFormValues) => void; onCancel?: () => void; onValuesChange?: (values: CallFormValues) => void }) {
  const form = useForm<CallFormValues>({ mode: 'controlled', initialValues: initial, validate: (values) => callErrors(values), onValuesChange });
  return (
    <form onSubmit={form.onSubmit(onSubmit)} data-testid="call-form">
      <Stack gap="sm">
        <Group grow align="start">
          <TextInput type="datetime-local" label="When" {...form.getInputProps('at')} />
          <TextInput type="date" label="Follow up on" description="Optional: when to check back" {...form.getInputProps('followUpOn')} />
        </Group>
        <Radio.Group label="What they answered" {...form.getInputProps('outcome')}>
          <Group gap="lg" mt={6}>
            {OUTCOMES.map((o) => (
              <Radio key={o} value={o} label={OUTCOME_LABELS[o]} />
            ))}
          </Group>
        </Radio.Group>
        <CallSignalsFields form={form} />
        <Textarea label="What they said about timing" autosize minRows={2} maxLength={LIMITS.longText} {...form.getInputProps('timingSaid')} />
        <Textarea label="Notes" autosize minRows={2} maxLength={LIMITS.longText} {...form.getInputProps('notes')} />
        <Textarea label="Next step" autosize minRows={2} maxLength={LIMITS.longText} {...form.getInputProps('nextStep')} />
        <Group justify="flex-end" gap="xs">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          ) : null}
          <Button type="submit">{submitLabel}</Button>
        </Group>
      </Stack>
    </form>
  );
}
