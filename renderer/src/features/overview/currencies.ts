/** Common ISO 4217 codes offered first; the plan may hold any three-letter code. */
export const COMMON_CURRENCIES = [
  'USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK',
  'INR', 'JPY', 'CNY', 'HKD', 'SGD', 'KRW', 'ILS', 'AED', 'ZAR', 'BRL', 'MXN',
] as const;

/** "EUR — Euro" in the user's language, or just the code where the name is unknown. */
export function currencyLabel(code: string, locale?: string): string {
  try {
    const name = new Intl.DisplayNames(locale, { type: 'currency' }).of(code);
    return name && name !== code ? `${code} — ${name}` : code;
  } catch {
    return code;
  }
}

/** Options for the currency picker, keeping the plan's own code even if it is unusual. */
export function currencyOptions(current: string): { value: string; label: string }[] {
  const codes: string[] = [...COMMON_CURRENCIES];
  if (!codes.includes(current)) codes.unshift(current);
  return codes.map((code) => ({ value: code, label: currencyLabel(code) }));
}
