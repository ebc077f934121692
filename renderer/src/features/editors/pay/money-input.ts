import { currencySymbol } from '../money';

/** Descriptions under the input, so inputs side by side line up whether or not they have one. */
export const descriptionBelow = { inputWrapperOrder: ['label', 'input', 'description', 'error'] as ('label' | 'input' | 'description' | 'error')[] };

/** NumberInput props for an amount in `currency`: no clamping, so a bad figure stays as typed with its reason. */
export function amountProps(currency: string) {
  return {
    prefix: `${currencySymbol(/^[A-Z]{3}$/.test(currency) ? currency : 'XXX')} `,
    thousandSeparator: ',',
    decimalScale: 2,
    clampBehavior: 'none' as const,
    hideControls: true,
    inputMode: 'decimal' as const,
    ...descriptionBelow,
  };
}

/** A percentage NumberInput. */
export const percentProps = { suffix: ' %', decimalScale: 2, clampBehavior: 'none' as const, hideControls: true, inputMode: 'decimal' as const, ...descriptionBelow };
