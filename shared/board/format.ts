/**
 * Locale-aware formatting for the board. Formatters are cached (the board may
 * format thousands of cells) and every function falls back to `en-US` rather
 * than throwing on a locale or currency the runtime refuses.
 */

import { dateTimeFormat, numberFormat as cachedNumberFormat } from '../intl-cache';

const FALLBACK_LOCALE = 'en-US';
/** Money formatters by key, with whether the currency was accepted (asking `resolvedOptions` per call is slow). */
const moneyCache = new Map<string, { f: Intl.NumberFormat; isCurrency: boolean }>();

const canonical = new Map<string, string>();

/** `locale` when the runtime accepts it, else `en-US`. Remembered: the board asks for every figure it formats. */
export function safeLocale(locale: string | null | undefined): string {
  if (typeof locale !== 'string' || locale.trim() === '') return FALLBACK_LOCALE;
  let known = canonical.get(locale);
  if (known === undefined) {
    try {
      known = Intl.getCanonicalLocales(locale)[0] ?? FALLBACK_LOCALE;
    } catch {
      known = FALLBACK_LOCALE;
    }
    if (canonical.size > 100) canonical.clear();
    canonical.set(locale, known);
  }
  return known;
}

function numberFormat(_key: string, locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return cachedNumberFormat(safeLocale(locale), options);
  } catch {
    // An unusable currency code: show the number with the code after it.
    return cachedNumberFormat(safeLocale(locale), { maximumFractionDigits: 0 });
  }
}

/**
 * Money in the plan's one currency, whole units, e.g. `$148,000`. `null` (not
 * known yet) is shown as "Unknown", never as zero.
 */
export function formatMoney(amount: number | null | undefined, currency: string, locale: string): string {
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return 'Unknown';
  return money('plain', currency, locale, amount, 'auto');
}

function money(kind: string, currency: string, locale: string, amount: number, signDisplay: 'auto' | 'exceptZero'): string {
  const k = `${kind}|${currency}|${locale}`;
  let m = moneyCache.get(k);
  if (!m) {
    const f = numberFormat(k, locale, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0, signDisplay });
    m = { f, isCurrency: f.resolvedOptions().style === 'currency' };
    moneyCache.set(k, m);
  }
  const text = m.f.format(amount);
  return m.isCurrency ? text : `${text} ${currency}`;
}

/** A signed money difference, e.g. `+$24,000` or `−$3,000`; zero has no sign. */
export function formatMoneyDelta(amount: number | null | undefined, currency: string, locale: string): string {
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return 'Unknown';
  return money('delta', currency, locale, amount, 'exceptZero');
}

/** A signed percentage with one decimal, e.g. `+12.5%`. */
export function formatPercentDelta(percent: number | null | undefined, locale: string): string {
  if (typeof percent !== 'number' || !Number.isFinite(percent)) return 'Unknown';
  const f = numberFormat('pctDelta', locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  return f.format(percent / 100);
}

/** A 0–100 score with at most one decimal; `null` reads "Not scored". */
export function formatScore(score: number | null | undefined, locale: string): string {
  if (typeof score !== 'number' || !Number.isFinite(score)) return 'Not scored';
  return numberFormat('score', locale, { maximumFractionDigits: 1 }).format(score);
}

/** A signed score difference, e.g. `+6.3`. */
export function formatScoreDelta(delta: number | null | undefined, locale: string): string {
  if (typeof delta !== 'number' || !Number.isFinite(delta)) return 'Unknown';
  return numberFormat('scoreDelta', locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(delta);
}

/** A calendar date (`YYYY-MM-DD`) in the user's locale, e.g. `Dec 2, 2026`. */
export function formatDate(isoDate: string | null | undefined, locale: string): string {
  if (typeof isoDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return 'Unknown';
  const d = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return 'Unknown';
  return dateTimeFormat(safeLocale(locale), { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric', weekday: 'short' }).format(d);
}

/** An instant as date and time in a zone with the zone's short name, e.g. `Wed, Dec 2, 5:00 PM EST`. */
export function formatDateTime(instant: Date, timeZone: string, locale: string): string {
  return dateTimeFormat(safeLocale(locale), {
    timeZone, weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short',
  }).format(instant);
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** 1 → "first" … 10 → "tenth", then "11th", "22nd", … (the board's words are English). */
export function ordinal(n: number): string {
  const word = ORDINALS[n - 1];
  if (word) return word;
  const mod100 = n % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** "1 day" / "3 days", "1 business day" / "2 business days". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${Math.abs(n) === 1 ? one : many}`;
}

/** "A", "A and B", "A, B and C", "A, B, C and 4 more". */
export function listNames(names: readonly string[], max = 3): string {
  if (names.length === 0) return '';
  if (names.length === 1) return names[0] ?? '';
  if (names.length <= max) return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}
