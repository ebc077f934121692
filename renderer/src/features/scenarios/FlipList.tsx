import { Badge, Group, Stack, Text } from '@mantine/core';
import type { WhatWouldFlip } from '@shared/board';
import { tintTextColor } from '../board/tones';

const STANDING: Record<WhatWouldFlip['current'], { word: string; color: string }> = {
  better: { word: 'Ahead of Plan B', color: 'teal' },
  worse: { word: 'Behind Plan B', color: 'orange' },
  tie: { word: 'Tied with Plan B', color: 'gray' },
  unknown: { word: 'Not comparable yet', color: 'gray' },
};

/** For each called role: how it stands against Plan B, and the smallest change that would flip it. */
export function FlipList({ flips, names }: { flips: WhatWouldFlip[]; names: Map<string, string> }) {
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="flip-list">
      {flips.map((f) => {
        const standing = STANDING[f.current];
        return (
          <Stack key={f.roleId} gap={2} component="li">
            <Group gap="xs">
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>{names.get(f.roleId) ?? 'Dream role'}</Text>
              <Badge color={standing.color} c={tintTextColor(standing.color)} variant="light" styles={{ root: { textTransform: 'none' } }}>{standing.word}</Badge>
            </Group>
            <Text size="sm">{f.summary}</Text>
          </Stack>
        );
      })}
    </Stack>
  );
}
