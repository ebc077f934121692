import type { Contact } from '@shared/plan';
import { requiredText } from './draft-values';
import type { DraftErrors, DraftSpec } from './useDraftForm';

export type ContactDraft = Pick<Contact, 'name' | 'title' | 'phone' | 'email'>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[+\d\s().\-/]*(?:(?:ext\.?|x)\s*\d+)?$/i;

export const contactSpec: DraftSpec<Contact, ContactDraft> = {
  toDraft: ({ name, title, phone, email }) => ({ name, title, phone, email }),
  errors: (v): DraftErrors<ContactDraft> => ({
    name: requiredText(v.name, 'Give this contact a name.'),
    email: v.email.trim() === '' || EMAIL.test(v.email.trim()) ? null : 'This does not look like an email address (name@example.com).',
    phone: PHONE.test(v.phone.trim()) ? null : 'Use digits, spaces, +, ( ), - and an optional extension.',
  }),
  apply: (contact, key, v) => ({ ...contact, [key]: v[key] }),
};
