import { memo } from 'react';
import { Button, Fieldset, Stack, Text } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { LIMITS } from '@shared/limits';
import type { DreamRole } from '@shared/plan';
import { usePlanSession } from '../plan/usePlanSession';
import { ContactRow } from './ContactRow';
import { addContact } from './plan-edits';
import { showRemovalNotice } from './removal-notice';

/**
 * The people at a dream role's company; one of them is the person to call.
 * It reads only the role's id and contacts, so typing elsewhere in the role
 * does not render it again.
 */
export const ContactsEditor = memo(function ContactsEditor({ role }: { role: DreamRole }) {
  const session = usePlanSession();
  return (
    <Fieldset legend="Contacts" variant="filled">
      <Stack gap="sm">
        {role.contacts.length === 0 ? (
          <Text size="sm" c="dimmed">
            No contact yet. The call needs a person and a phone number: usually the recruiter or the hiring manager.
          </Text>
        ) : null}
        {role.contacts.map((contact) => (
          <ContactRow
            key={contact.id}
            roleId={role.id}
            contact={contact}
            radioName={`who-to-call-${role.id}`}
            onRemoved={(c) => showRemovalNotice(session, 'Contact removed', `${c.name || 'The contact'} is no longer listed.`)}
          />
        ))}
        <div>
          <Button
            variant="light"
            size="sm"
            leftSection={<IconUserPlus size={16} aria-hidden />}
            disabled={role.contacts.length >= LIMITS.contactsPerRole}
            onClick={() => session.edit((plan) => addContact(plan, role.id))}
          >
            Add a contact
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}, (a, b) => a.role.id === b.role.id && a.role.contacts === b.role.contacts);
