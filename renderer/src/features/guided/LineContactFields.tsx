import { useCallback, useState } from 'react';
import { SimpleGrid, TextInput } from '@mantine/core';
import { newId } from '@shared/ids';
import { callTarget } from '@shared/board/readiness';
import type { Contact, DreamRole } from '@shared/plan';
import { contactSpec } from '../editors/contact-draft';
import { PhoneField } from '../editors/PhoneField';
import { useDraftForm } from '../editors/useDraftForm';
import { usePlanSession } from '../plan/usePlanSession';
import { editLineContact } from './role-line-edits';

/** Who to call at this employer and their number; the contact is added to the plan when first typed. */
export function LineContactFields({ role, number }: { role: DreamRole; number: number }) {
  const session = usePlanSession();
  const [pending] = useState<Contact>(() => ({ id: newId(), name: '', title: '', phone: '', email: '', isWhoToCall: true }));
  const contact = callTarget(role).contact ?? pending;
  const save = useCallback(
    (recipe: (c: Contact) => Contact, key: string) =>
      session.edit((plan) => editLineContact(plan, role, contact.id, recipe), key),
    [session, role, contact.id],
  );
  const draft = useDraftForm(contact, contactSpec, save, `contact:${contact.id}`);
  const nameField = draft.field('name');
  // Naming the person is asked, not demanded: a number alone is enough to call.
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="sm">
      <TextInput label="Who to call" aria-label={`Who to call ${number}`} maxLength={200} {...nameField} error={null} />
      <PhoneField label="Their phone" aria-label={`Their phone ${number}`} {...draft.field('phone')} />
    </SimpleGrid>
  );
}
