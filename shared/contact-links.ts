/**
 * Links that leave the app: a contact's phone number as `tel:` (dial it) and
 * e-mail address as `mailto:` (write to them). These are the only URLs Bird in
 * Hand ever hands to the operating system, so the rule is strict and checked
 * on the raw text, before any URL parser can decode or normalise it:
 *
 * - `tel:` then digits with an optional leading `+`, and the visual
 *   separators people type (spaces, dashes, dots, parentheses), then an
 *   optional extension (`;ext=123` or `x123`);
 * - `mailto:` then one plain address: no second recipient, no `?subject=`,
 *   `?attach=` or other headers;
 * - plain ASCII only: no percent-encoding, backslashes, control characters
 *   or look-alike letters; everything else is refused.
 */

/** Longer than any real number or address: refused without looking further. */
export const MAX_EXTERNAL_URL_LENGTH = 320;

const TEL = /^tel:\+?[0-9(](?:[0-9 ().-]*[0-9)])?(?:(?:;ext=| ?x ?)[0-9]{1,8})?$/;
const ATOM = "[A-Za-z0-9!#$'*+^_`{|}~-]+";
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const MAILTO = new RegExp(`^mailto:${ATOM}(?:\\.${ATOM})*@${LABEL}(?:\\.${LABEL})+$`);

/** A number needs enough digits to dial; at most 15 (E.164) plus the extension. */
function digitCount(text: string): number {
  return text.replace(/[^0-9]/g, '').length;
}

/** Whether `url` may be opened outside the app (see the rule above). Never throws. */
export function isAllowedExternalUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length > MAX_EXTERNAL_URL_LENGTH) return false;
  if (TEL.test(url)) {
    const [number = ''] = url.slice(4).split(/;ext=|x/);
    const digits = digitCount(number);
    return digits >= 3 && digits <= 15;
  }
  if (MAILTO.test(url)) {
    const at = url.lastIndexOf('@');
    return at - 'mailto:'.length <= 64 && url.length - at - 1 <= 253;
  }
  return false;
}

/**
 * The `tel:` link for a phone number as the user typed it (`+1 (617) 555-0134
 * ext. 12` → `tel:+16175550134;ext=12`), or `null` when it is not a number
 * that can be dialled (then the screen shows the text only).
 */
export function telUrl(phone: string): string | null {
  const match = /^\s*(\+?)([0-9 ().-]+?)\s*(?:(?:;\s*ext=|ext\.?|extension|x)\s*([0-9]{1,8}))?\s*$/i.exec(phone);
  if (!match) return null;
  const [, plus = '', number = '', extension] = match;
  const url = `tel:${plus}${number.replace(/[^0-9]/g, '')}${extension ? `;ext=${extension}` : ''}`;
  return isAllowedExternalUrl(url) ? url : null;
}

/** The `mailto:` link for one plain e-mail address, or `null` (shown as text only). */
export function mailtoUrl(email: string): string | null {
  const url = `mailto:${email.trim()}`;
  return isAllowedExternalUrl(url) ? url : null;
}
