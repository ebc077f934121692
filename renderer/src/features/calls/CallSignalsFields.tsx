import { Group, Radio, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { INTEREST_WORDS, URGENCY_WORDS } from '@shared/board/role-progress';
import { LIMITS } from '@shared/limits';
import type { CallFormValues } from './call-form-values';

function Scale({ label, words, input }: { label: string; words: readonly string[]; input: ReturnType<UseFormReturnType<CallFormValues>['getInputProps']> }) {
  return (
    <Radio.Group label={label} {...input}>
      <Group gap="md" mt={6} wrap="wrap">
        <Radio value="" label="Not noted" />
        {words.map((w, i) => (
          <Radio key={w} value={String(i + 1)} label={`${i + 1} ${w}`} />
        ))}
      </Group>
    </Radio.Group>
  );
}

/** What the call told you: who answered, how keen and how urgent they sounded, a new expected decision date. */
export function CallSignalsFields({ form }: { form: UseFormReturnType<CallFormValues> }) {
  return (
    <Stack gap="sm">
      <Group grow align="start">
        <TextInput label="Who I spoke to" maxLength={LIMITS.shortText} {...form.getInputProps('spokeWith')} />
        <TextInput type="date" label="New expected decision date" description="Optional: if they gave one; it moves the role’s timeline" {...form.getInputProps('newExpectedDecisionOn')} />
      </Group>
      <Scale label="How interested they sounded" words={INTEREST_WORDS} input={form.getInputProps('interest')} />
      <Scale label="How urgent they sounded" words={URGENCY_WORDS} input={form.getInputProps('urgency')} />
    </Stack>
  );
}
