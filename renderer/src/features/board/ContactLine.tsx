import { memo } from 'react';
import { Group, Stack, Text } from '@mantine/core';
import { IconPhone } from '@tabler/icons-react';
import type { RoleCard } from '@shared/board';
import { PhoneLink } from '../../components/PhoneLink';
import { CopyPhoneButton } from './CopyPhoneButton';
import { textColor } from './tones';

type Props = Pick<RoleCard, 'contact' | 'phone' | 'contactReason'>;

/** Who to call and their number (a tel: link), or why there is no one to call yet. */
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
          <PhoneLink phone={phone} who={who} data-testid="role-phone" />
          <CopyPhoneButton phone={phone} who={who} />
        </Group>
      ) : (
        <Text size="sm" c={textColor('orange')}>{contactReason}</Text>
      )}
    </Stack>
  );
});
