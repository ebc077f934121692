import { Button, Kbd, SimpleGrid, Text } from '@mantine/core';
import { OUTCOMES, type Outcome } from '@shared/plan';
import { OUTCOME_LABELS } from '@shared/scripts/call-log';

/** Their answer in one key: three large buttons, or 1, 2, 3. It can change while the call goes on. */
export function AnswerButtons({ value, onChange }: { value: Outcome | null; onChange: (outcome: Outcome) => void }) {
  return (
    <section aria-labelledby="their-answer-heading">
      <Text id="their-answer-heading" fw={700} mb={6}>
        Their answer <Text span size="sm" c="dimmed" fw={400}>(press 1, 2 or 3; Alt+1, 2, 3 while typing)</Text>
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" data-testid="answer-buttons">
        {OUTCOMES.map((outcome, i) => {
          const chosen = value === outcome;
          return (
            <Button
              key={outcome}
              size="xl"
              h={72}
              variant={chosen ? 'filled' : 'light'}
              aria-pressed={chosen}
              onClick={() => onChange(outcome)}
              leftSection={<Kbd aria-hidden>{i + 1}</Kbd>}
            >
              {OUTCOME_LABELS[outcome]}
            </Button>
          );
        })}
      </SimpleGrid>
    </section>
  );
}
