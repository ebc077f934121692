import { Paper, Stack, Text, Title } from '@mantine/core';
import type { SheetOutcome } from '../callsheet/call-sheet-model';
import { PieceText } from '../callsheet/PieceText';

/** The chosen answer's prepared words and next steps, in front while the call goes on. */
export function AnswerPanel({ outcome }: { outcome: SheetOutcome }) {
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="answer-panel-heading" data-testid="answer-panel" data-outcome={outcome.key}>
      <Stack gap="sm">
        <Title order={2} size="h3" id="answer-panel-heading">
          {outcome.label}
        </Title>
        <Text fw={700}>What I will say</Text>
        <Text fz={20} lh={1.5} style={{ whiteSpace: 'pre-wrap' }} data-testid="answer-say">
          {outcome.say.length ? <PieceText pieces={outcome.say} /> : 'Nothing prepared for this answer yet.'}
        </Text>
        <Text fw={700}>Next steps</Text>
        <Text size="md" style={{ whiteSpace: 'pre-wrap' }} data-testid="answer-next-steps">
          {outcome.nextSteps.length ? <PieceText pieces={outcome.nextSteps} /> : 'No next steps written for this answer yet.'}
        </Text>
      </Stack>
    </Paper>
  );
}
