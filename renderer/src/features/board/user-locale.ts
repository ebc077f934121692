/** The user's locale for money and dates (the board's sentences stay English). */
export function userLocale(): string {
  return (typeof navigator !== 'undefined' && navigator.language) || 'en-US';
}
