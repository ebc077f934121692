import { Group, NumberInput, Text } from '@mantine/core';
import {
  formatSpeakingTime,
  MAX_WORDS_PER_MINUTE,
  MIN_WORDS_PER_MINUTE,
  countWords,
  speakingSeconds,
} from '@shared/scripts/speaking-time';

/** Estimated time to say the filled script, at a rate the user can adjust. */
export function SpeakingTime({ text, rate, onRate }: { text: string; rate: number; onRate: (rate: number) => void }) {
  return (
    <Group gap="sm" align="end" wrap="wrap">
      <Text size="sm" data-testid="speaking-time">
        About <b>{formatSpeakingTime(speakingSeconds(text, rate))}</b> to say ({countWords(text)} words)
      </Text>
      <NumberInput
        label="Words per minute"
        size="xs"
        w={130}
        min={MIN_WORDS_PER_MINUTE}
        max={MAX_WORDS_PER_MINUTE}
        step={10}
        clampBehavior="blur"
        value={rate}
        onChange={(v) => typeof v === 'number' && onRate(v)}
      />
    </Group>
  );
}
