import { ActionIcon } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCopy } from '@tabler/icons-react';

/** Copies a phone number; if the clipboard refuses, says so and how to copy by hand. */
export function CopyPhoneButton({ phone, who }: { phone: string; who: string }) {
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(phone);
      notifications.show({ message: `Copied ${who}’s number: ${phone}`, color: 'teal' });
    } catch {
      notifications.show({
        color: 'red',
        title: 'The number was not copied',
        message: 'The clipboard is not available here. Select the number and copy it by hand.',
      });
    }
  };
  return (
    <ActionIcon variant="subtle" aria-label={`Copy ${who}’s phone number`} title="Copy the number" onClick={() => void copy()}>
      <IconCopy size={16} aria-hidden />
    </ActionIcon>
  );
}
