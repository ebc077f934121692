import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl, mailtoUrl, telUrl } from '@shared/contact-links';

describe('telUrl', () => {
  it.each([
    ['+1 (617) 555-0134', 'tel:+16175550134'],
    ['+44 20 7946 0000', 'tel:+442079460000'],
    ['617.555.0134', 'tel:6175550134'],
    ['+1 617 555 0134 ext. 12', 'tel:+16175550134;ext=12'],
    ['+1 617 555 0134 x 9', 'tel:+16175550134;ext=9'],
    ['  +1 617 555 0134  ', 'tel:+16175550134'],
  ])('dials %j as %j', (phone, url) => {
    expect(telUrl(phone)).toBe(url);
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each(['', 'call reception first', '1-800-FLOWERS', '12', '+44 20 7946 0000 (mobile)', '\\\\host\\share', '+1%20617'])(
    'leaves %j as text (no link)',
    (phone) => {
      expect(telUrl(phone)).toBeNull();
    },
  );

  it('only ever makes links the allow-list accepts, whatever was typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (phone) => {
        const url = telUrl(phone);
        return url === null || (isAllowedExternalUrl(url) && /^tel:\+?[0-9]+(;ext=[0-9]+)?$/.test(url));
      }),
    );
  });
});

describe('mailtoUrl', () => {
  it('links one plain address and nothing else', () => {
    expect(mailtoUrl(' dana.ortiz@lumen-health.com ')).toBe('mailto:dana.ortiz@lumen-health.com');
    expect(mailtoUrl('dana@lumen-health.com?attach=/etc/passwd')).toBeNull();
    expect(mailtoUrl('dana@lumen-health.com, hr@lumen-health.com')).toBeNull();
    expect(mailtoUrl('Dana <dana@lumen-health.com>')).toBeNull();
    expect(mailtoUrl('')).toBeNull();
  });

  it('never lets a query, a second recipient or an encoded character through', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const url = mailtoUrl(text);
        return url === null || !/[?&,;%\s#/\\]/.test(url.slice('mailto:'.length));
      }),
    );
  });
});
