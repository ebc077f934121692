import { useCallback } from 'react';
import { ActionIcon, Group, Paper, Radio, SimpleGrid, Stack, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { Contact } from '@shared/plan';
import { usePlanSession } from '../plan/usePlanSession';
import { contactSpec } from './contact-draft';
import { PhoneField } from './PhoneField';
import { markWhoToCall, removeContact, updateContact } from './plan-edits';
import { useDraftForm } from './useDraftForm';
import { TextInput } from './memo-inputs';

interface Props {
  roleId: string;
  contact: Contact;
  /** Shared by the role's "who to call" radios, so exactly one is chosen. */
  radioName: string;
  onRemoved(contact: Contact): void;
}

/** One person at a dream role's company, and whether they are the one to call. */
export function ContactRow({ roleId, contact, radioName, onRemoved }: Props) {
  const session = usePlanSession();
  const save = useCallback(
    (recipe: (c: Contact) => Contact, key: string) =>
      session.edit((plan) => updateContact(plan, roleId, contact.id, recipe), key),
    [session, roleId, contact.id],
  );
  const draft = useDraftForm(contact, contactSpec, save, `contact:${contact.id}`);
  const who = contact.name || 'this contact';
  return (
    <Paper withBorder p="sm" data-testid="contact-row">
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          <TextInput label="Name" withAsterisk maxLength={200} {...draft.field('name')} />
          <TextInput label="Title" maxLength={200} {...draft.field('title')} />
          <PhoneField {...draft.field('phone')} />
          <TextInput label="Email" type="email" maxLength={200} {...draft.field('email')} />
        </SimpleGrid>
        <Group justify="space-between">
          <Radio
            name={radioName}
            label="This is who I call"
            checked={contact.isWhoToCall}
            onChange={() => session.edit((plan) => markWhoToCall(plan, roleId, contact.id))}
          />
          <Tooltip label={`Remove ${who}`}>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`Remove ${who}`}
              onClick={() => {
                session.edit((plan) => removeContact(plan, roleId, contact.id));
                onRemoved(contact);
              }}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Stack>
    </Paper>
  );
}
