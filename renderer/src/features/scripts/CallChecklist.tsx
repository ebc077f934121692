import { List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck, IconMinus, IconX } from '@tabler/icons-react';
import { checkCallParts } from '@shared/scripts/checklist';
import type { ScriptKind } from '@shared/scripts/templates';

/** The five parts of the call, found or missing in the text (words, not icons, carry the state). */
export function CallChecklist({ text, kind }: { text: string; kind: ScriptKind }) {
  const parts = checkCallParts(text, kind);
  return (
    <Stack gap={6} data-testid="call-checklist">
      <Title order={3} size="h5">
        The call’s parts
      </Title>
      <List spacing={6} size="sm" listStyleType="none">
        {parts.map((p) => {
          const state = p.found ? 'found' : p.expected ? 'missing' : 'not needed';
          const color = p.found ? 'teal' : p.expected ? 'red' : 'gray';
          const Icon = p.found ? IconCheck : p.expected ? IconX : IconMinus;
          return (
            <List.Item
              key={p.part}
              data-part={p.part}
              data-state={state}
              icon={
                <ThemeIcon size={20} radius="xl" variant="light" color={color} aria-hidden>
                  <Icon size={14} />
                </ThemeIcon>
              }
            >
              <Text size="sm" span fw={500}>
                {p.label}: {state}
              </Text>
              {!p.found && p.expected ? (
                <Text size="xs" c="dimmed">
                  {p.hint}
                </Text>
              ) : null}
            </List.Item>
          );
        })}
      </List>
      <Text size="xs" c="dimmed">
        Found by keywords, so read it aloud too: the check cannot judge tone.
      </Text>
    </Stack>
  );
}
