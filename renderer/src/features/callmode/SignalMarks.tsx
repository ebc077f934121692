import { Button, Group, Text } from '@mantine/core';
import { signalWords } from '@shared/board/role-progress';

const STEPS = [1, 2, 3, 4, 5] as const;

/** A quick 1–5 mark with its word ("4: warm"); choosing the marked step again clears it. */
export function SignalMarks({ kind, label, value, onChange }: { kind: 'interest' | 'urgency'; label: string; value: number | null; onChange: (value: number | null) => void }) {
  const id = `signal-${kind}`;
  return (
    <div>
      <Text id={id} size="sm" fw={600} mb={4}>
        {label}: <Text span size="sm" fw={400} data-testid={`${id}-words`}>{value === null ? 'not marked' : `${value} of 5, ${signalWords(kind, value)}`}</Text>
      </Text>
      <Group gap={6} role="group" aria-labelledby={id}>
        {STEPS.map((step) => (
          <Button
            key={step}
            size="compact-md"
            miw={44}
            variant={value === step ? 'filled' : 'default'}
            aria-pressed={value === step}
            aria-label={`${step}: ${signalWords(kind, step)}`}
            onClick={() => onChange(value === step ? null : step)}
          >
            {step}
          </Button>
        ))}
      </Group>
    </div>
  );
}
