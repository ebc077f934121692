import { Anchor } from '@mantine/core';
import { telUrl } from '@shared/contact-links';
import { useExternalLink } from '../app/useExternalLink';

export interface PhoneLinkProps {
  phone: string;
  /** Whose number, for the link's name ("Call Dana Ortiz: +1 617…"). */
  who: string;
  className?: string;
  /** Plain `<a>` for the call sheet's own print styles; a Mantine Anchor elsewhere. */
  plain?: boolean;
  'data-testid'?: string;
}

/** A phone number you can click to dial; a number that cannot be dialled stays plain text. */
export function PhoneLink({ phone, who, className, plain, 'data-testid': testId }: PhoneLinkProps) {
  const onClick = useExternalLink();
  const href = telUrl(phone);
  if (!href) return <span className={className} data-testid={testId}>{phone}</span>;
  const props = { href, onClick, className, 'data-testid': testId, 'aria-label': `Call ${who}: ${phone}` };
  return plain ? <a {...props}>{phone}</a> : <Anchor {...props} size="sm" fw={600} underline="hover">{phone}</Anchor>;
}
