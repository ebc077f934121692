import { currencySymbol } from '../money';

/** NumberInput props for an amount in `currency`: no clamping, so a bad figure stays as typed with its reason. */
export function amountProps(currency: string) {
  return {
    prefix: `${currencySymbol(/^[A-Z]{3}$/.test(currency) ? currency : 'XXX')} `,
    thousandSeparator: ',',
    decimalScale: 2,
    clampBehavior: 'none' as const,
    hideControls: true,
    inputMode: 'decimal' as const,
  };
}

/** A percentage NumberInput. */
export const percentProps = { suffix: ' %', decimalScale: 2, clampBehavior: 'none' as const, hideControls: true, inputMode: 'decimal' as const };
