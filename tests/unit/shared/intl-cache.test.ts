import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat } from '@shared/intl-cache';

describe('Intl formatters made once per locale and options', () => {
  it('hands back the same formatter for the same locale and options, another for other options', () => {
    const a = dateTimeFormat('en-US', { timeZone: 'America/New_York', dateStyle: 'medium' });
    expect(dateTimeFormat('en-US', { timeZone: 'America/New_York', dateStyle: 'medium' })).toBe(a);
    expect(dateTimeFormat('en-US', { timeZone: 'Europe/Paris', dateStyle: 'medium' })).not.toBe(a);
    expect(dateTimeFormat('fr-FR', { timeZone: 'America/New_York', dateStyle: 'medium' })).not.toBe(a);
    expect(numberFormat('en-US', { style: 'currency', currency: 'USD' }).format(148000)).toBe('$148,000.00');
    expect(numberFormat(undefined)).toBe(numberFormat(undefined, {}));
  });

  it('an unknown zone or currency throws every time, as the constructor does, and caches nothing', () => {
    expect(() => dateTimeFormat('en-US', { timeZone: 'Mars/Olympus_Mons' })).toThrow(RangeError);
    expect(() => dateTimeFormat('en-US', { timeZone: 'Mars/Olympus_Mons' })).toThrow(RangeError);
    expect(() => numberFormat('en-US', { style: 'currency', currency: 'not-a-code' })).toThrow(RangeError);
  });
});
