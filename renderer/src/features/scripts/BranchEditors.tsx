import { memo } from 'react';
import { Card, SimpleGrid, Stack, Title } from '@mantine/core';
import { Textarea } from '../editors/memo-inputs';
import { LIMITS } from '@shared/limits';
import { BRANCH_KEYS, BRANCH_LABELS, type Branches } from '@shared/scripts/templates';
import { useScriptEdits } from './useScriptEdits';

/**
 * What I will say and my next steps for each of the three answers. Memoised
 * on the branches, so typing in the body does not re-measure these fields.
 */
export const BranchEditors = memo(function BranchEditors({ scriptId, branches }: { scriptId: string; branches: Branches }) {
  const edits = useScriptEdits(scriptId);
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        If they answer…
      </Title>
      <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="sm">
        {BRANCH_KEYS.map((key, i) => (
          <Card key={key} withBorder padding="sm" data-testid={`branch-${key}`}>
            <Stack gap="xs">
              <Title order={3} size="h6">
                {i + 1}. {BRANCH_LABELS[key]}
              </Title>
              <Textarea
                label="What I will say"
                aria-label={`${BRANCH_LABELS[key]}: what I will say`}
                autosize
                minRows={3}
                maxLength={LIMITS.scriptText}
                value={branches[key].say}
                onChange={(e) => edits.setBranch(key, 'say', e.currentTarget.value)}
              />
              <Textarea
                label="My next steps"
                aria-label={`${BRANCH_LABELS[key]}: my next steps`}
                autosize
                minRows={2}
                maxLength={LIMITS.scriptText}
                value={branches[key].nextSteps}
                onChange={(e) => edits.setBranch(key, 'nextSteps', e.currentTarget.value)}
              />
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
});
