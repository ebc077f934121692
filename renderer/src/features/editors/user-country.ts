import { localeCountry } from '@shared/phone';
import { userLocale } from '../board/user-locale';

/** The country this computer is set to (en-US → US): national phone numbers are read in it. */
export function userCountry() {
  return localeCountry(userLocale());
}
