/**
 * Intl formatters, made once per locale and options. Building one costs far
 * more than formatting with it (a DateTimeFormat with a time zone loads zone
 * data): the board, the scripts and the editors format many dates and sums on
 * every render, so they share these. An invalid zone or currency still throws
 * the RangeError the constructor throws, and nothing is cached for it.
 */

/** Zones and currencies come from plans, so the caches are bounded: past this, they start over. */
const MAX_ENTRIES = 500;

function cached<F, O>(make: (locale: string | undefined, options: O) => F): (locale: string | undefined, options?: O) => F {
  const made = new Map<string, F>();
  return (locale, options = {} as O) => {
    const key = `${locale ?? ''}\u0000${JSON.stringify(options)}`;
    let formatter = made.get(key);
    if (!formatter) {
      formatter = make(locale, options);
      if (made.size >= MAX_ENTRIES) made.clear();
      made.set(key, formatter);
    }
    return formatter;
  };
}

export const dateTimeFormat = cached((locale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options));
export const numberFormat = cached((locale, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options));
