import { describe, expect, it } from 'vitest';
import { localeCountry, normalisePhone, readPhone } from '@shared/phone';

describe('readPhone', () => {
  it.each([
    ['(415) 555-0134', '+1 415 555 0134'],
    ['415.555.0134', '+1 415 555 0134'],
    [' 415 555 0134 ', '+1 415 555 0134'],
    ['+44 20 7946 0958', '+44 20 7946 0958'],
  ])('reads what people paste: %s', (typed, display) => {
    expect(readPhone(typed, 'US')).toMatchObject({ kind: 'valid', display });
  });

  it('keeps an extension, and dials it the way tel: links want', () => {
    for (const typed of ['415.555.0134 ext. 12', '+1 415 555 0134 x12', '(415) 555-0134 extension 12']) {
      expect(readPhone(typed, 'US')).toEqual({
        kind: 'valid',
        e164: '+14155550134',
        extension: '12',
        display: '+1 415 555 0134 ext. 12',
        dial: '+14155550134;ext=12',
      });
    }
  });

  it('says plainly that letters are not a phone number', () => {
    const reading = readPhone('415-555-CALL', 'US');
    expect(reading.kind).toBe('invalid');
    expect(reading.kind === 'invalid' && reading.message).toMatch(/letters/);
  });

  it('refuses an incomplete number, and a national one without a country to read it in', () => {
    expect(readPhone('555', 'US').kind).toBe('invalid');
    expect(readPhone('(415) 555-0134').kind).toBe('invalid');
    expect(readPhone('   ').kind).toBe('empty');
  });

  it('normalises valid numbers and leaves anything else as typed', () => {
    expect(normalisePhone('415.555.0134', 'US')).toBe('+1 415 555 0134');
    expect(normalisePhone('call reception', 'US')).toBe('call reception');
  });

  it('takes the country from a locale', () => {
    expect(localeCountry('en-US')).toBe('US');
    expect(localeCountry('de-DE')).toBe('DE');
    expect(localeCountry('zh-Hant-TW')).toBe('TW');
    expect(localeCountry('fr')).toBeUndefined();
  });
});
