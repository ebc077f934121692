import { memo } from 'react';
import { Group, Stack, Text } from '@mantine/core';
import { IconPhone } from '@tabler/icons-react';
import type { RoleCard } from '@shared/board';

type Props = Pick<RoleCard, 'contact' | 'phone' | 'contactReason'>;
import { CopyPhoneButton } from './CopyPhoneButton';
import { textColor } from './tones';

/** Who to call and their number, or why there is no one to call yet. */
export const ContactLine = memo(function ContactLine({ contact, phone, contactReason }: Props) {
  const who = contact?.name.trim() || 'your contact';
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>Who to call</Text>
      {contact ? (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {contact.name.trim() || 'Unnamed contact'}
          {contact.title.trim() ? <Text span c="dimmed" size="sm">, {contact.title}</Text> : null}
        </Text>
      ) : null}
      {phone ? (
        <Group gap={4} wrap="nowrap">
          <IconPhone size={16} aria-hidden />
          <Text size="sm" fw={600} data-testid="role-phone">{phone}</Text>
          <CopyPhoneButton phone={phone} who={who} />
        </Group>
      ) : (
        <Text size="sm" c={textColor('orange')}>{contactReason}</Text>
      )}
    </Stack>
  );
});
