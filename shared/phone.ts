/**
 * Phone numbers people can dial. A phone field takes whatever people paste
 * (spaces, dots, brackets, dashes, an extension), and the plan keeps one
 * format: the international one, which reads the same on any computer and
 * dials from any phone. The dialling form (`dial`) is E.164 plus the
 * extension, as a `tel:` URI wants it.
 *
 * Numbers typed without a country code are read in the user's own country
 * (`defaultCountry`, from their locale); without one, a `+` code is needed.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

export type PhoneReading =
  | { kind: 'empty' }
  | { kind: 'invalid'; message: string }
  | {
      kind: 'valid';
      /** `+14155550134`: the number without extension, E.164. */
      e164: string;
      extension: string | null;
      /** `+1 415 555 0134 ext. 12`: how the app stores and shows it. */
      display: string;
      /** `+14155550134;ext=12`: what a `tel:` link dials. */
      dial: string;
    };

/** Extension words people type; anything else alphabetic is not a phone number. */
const EXTENSION_WORDS = /\b(?:ext|extension|ext\.|x)\s*\.?\s*(?=\d)/gi;
const LETTER = /\p{L}/u;

/** The region of a BCP 47 locale (`en-US` → `US`), if it names one. */
export function localeCountry(locale: string | undefined): CountryCode | undefined {
  const region = locale?.match(/[-_]([A-Za-z]{2})(?:[-_]|$)/)?.[1]?.toUpperCase();
  return region as CountryCode | undefined;
}

/** Reads a phone number as typed or pasted. Never throws. */
export function readPhone(text: string, defaultCountry?: CountryCode): PhoneReading {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (LETTER.test(trimmed.replace(EXTENSION_WORDS, ''))) {
    return {
      kind: 'invalid',
      message: 'A phone number is digits, and this one has letters in it. Type the digits, like +1 415 555 0134.',
    };
  }
  let parsed;
  try {
    parsed = parsePhoneNumberFromString(trimmed, { defaultCountry, extract: false });
  } catch {
    parsed = undefined;
  }
  if (!parsed || !parsed.isValid()) {
    return {
      kind: 'invalid',
      message: trimmed.startsWith('+')
        ? 'This is not a complete phone number. Check the digits after the country code.'
        : `This is not a complete phone number${defaultCountry ? ` in ${defaultCountry}` : ''}. Check the digits, or start with + and the country code.`,
    };
  }
  const extension = parsed.ext ?? null;
  return {
    kind: 'valid',
    e164: parsed.number,
    extension,
    display: parsed.formatInternational(),
    dial: extension ? `${parsed.number};ext=${extension}` : parsed.number,
  };
}

/** The one format a valid number is kept in; text that is not a number stays as typed. */
export function normalisePhone(text: string, defaultCountry?: CountryCode): string {
  const reading = readPhone(text, defaultCountry);
  return reading.kind === 'valid' ? reading.display : text.trim();
}
