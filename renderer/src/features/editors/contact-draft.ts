import type { Contact } from '@shared/plan';
import { readPhone } from '@shared/phone';
import { requiredText } from './draft-values';
import type { DraftErrors, DraftSpec } from './useDraftForm';
import { userCountry } from './user-country';

export type ContactDraft = Pick<Contact, 'name' | 'title' | 'phone' | 'email'>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const contactSpec: DraftSpec<Contact, ContactDraft> = {
  toDraft: ({ name, title, phone, email }) => ({ name, title, phone, email }),
  errors: (v): DraftErrors<ContactDraft> => ({
    name: requiredText(v.name, 'Give this contact a name.'),
    email: v.email.trim() === '' || EMAIL.test(v.email.trim()) ? null : 'This does not look like an email address (name@example.com).',
    phone: phoneError(v.phone),
  }),
  apply: (contact, key, v) => ({ ...contact, [key]: v[key] }),
};

/** What is wrong with a typed phone number, or null (empty is fine: "not known yet"). */
export function phoneError(phone: string): string | null {
  const reading = readPhone(phone, userCountry());
  return reading.kind === 'invalid' ? reading.message : null;
}
