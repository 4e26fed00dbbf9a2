import type { FeeTerms } from '../../api/clients';

/**
 * Values other tools write as text, read into what the forms take. Each returns `invalid` when
 * the text cannot be read, so the caller can name the column; an empty cell is never invalid.
 */
export const invalid = Symbol('invalid');
type Invalid = typeof invalid;

/**
 * "85000", "85,000", "85.000", "85 000", "85'000", "85000.50", "85,5", "85k". One separator
 * followed by exactly three digits groups thousands; otherwise the last separator is the decimal point.
 */
export function parseAmount(text: string): number | Invalid {
  let digits = text.replace(/[\s'’]/g, '');
  let factor = 1;
  if (/\dk$/i.test(digits)) {
    factor = 1000;
    digits = digits.slice(0, -1);
  }
  const separators = digits.match(/[.,]/g) ?? [];
  if (new Set(separators).size === 2) {
    const decimal = digits.lastIndexOf('.') > digits.lastIndexOf(',') ? '.' : ',';
    digits = digits.replaceAll(decimal === '.' ? ',' : '.', '').replace(decimal, '.');
  } else if (separators.length > 1 || /^\d{1,3}[.,]\d{3}$/.test(digits)) {
    digits = digits.replace(/[.,]/g, '');
  } else {
    digits = digits.replace(',', '.');
  }
  return /^\d+(\.\d+)?$/.test(digits) ? Number(digits) * factor : invalid;
}

/** Only the unambiguous symbols: a $ could be US, Canadian, Australian… so it needs a code. */
const currencySymbols: Record<string, string> = { '€': 'EUR', '£': 'GBP' };

/** "85000 EUR", "EUR 85,000", "€85k", "£90,000": the amount, and the currency if one is written. */
export function parseMoney(text: string): { amount: number; currency: string | undefined } | null | Invalid {
  if (text.trim() === '') return null;
  const code = /\b[A-Za-z]{3}\b/.exec(text)?.[0];
  const symbol = /[€£]/.exec(text)?.[0];
  const amount = parseAmount(text.replace(/\b[A-Za-z]{3}\b|[€£$]/g, ''));
  if (amount === invalid) return invalid;
  return { amount, currency: code?.toUpperCase() ?? (symbol && currencySymbols[symbol]) };
}

/** "20%" is a percentage of first-year salary; "15000 EUR" a flat fee. */
export function parseFee(text: string): FeeTerms | null | Invalid {
  const percent = /^\s*(\d+(?:[.,]\d+)?)\s*%\s*$/.exec(text);
  if (percent) return { type: 'percentage', percent: Number(percent[1]!.replace(',', '.')) };
  const money = parseMoney(text);
  if (money === null || money === invalid) return money;
  // A missing currency is left for the form's own rule to report.
  return { type: 'flat', amount: money.amount, currency: money.currency as string };
}

/** "90" or "90 days". */
export function parseDays(text: string): number | null | Invalid {
  if (text.trim() === '') return null;
  const days = /^\s*(\d+)\s*(d|days?)?\s*$/i.exec(text);
  return days ? Number(days[1]) : invalid;
}

/** A timestamp from another tool ("2026-11-22T09:30:00Z") is kept as its day; anything else is left to the form's date rule. */
export function day(text: string): string {
  return /^\s*\d{4}-\d{2}-\d{2}[T ]/.test(text) ? text.trim().slice(0, 10) : text;
}

/**
 * One of a list of values, written as its key or its label in any case ("Hiring manager",
 * "hiring_manager"). Text that matches none is returned as it is, for the form's rule to reject
 * with the choices; an empty cell is undefined, so the form's default applies.
 */
export function choice<T extends string>(
  text: string,
  values: readonly T[],
  labels: Partial<Record<T, string>> = {},
  /** Other words for a value: another tool's, or a spreadsheet's language ("En attente" is on hold). */
  synonyms: Partial<Record<T, readonly string[]>> = {},
): T | string | undefined {
  const key = wordsKey(text);
  if (key === '') return undefined;
  const names = (value: T) => [value, labels[value] ?? '', ...(synonyms[value] ?? [])];
  return values.find((value) => names(value).some((name) => wordsKey(name) === key)) ?? text;
}

/**
 * Text compared as words, accents and case aside. Remembered: a column of choices repeats a few
 * values, and each is compared with every choice's names, row after row (a second of a 100,000-row
 * import before).
 */
function wordsKey(text: string): string {
  let key = wordsKeys.get(text);
  if (key === undefined) {
    if (wordsKeys.size >= WORDS_KEYS_KEPT) wordsKeys.clear();
    key = text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_|_$/g, '');
    wordsKeys.set(text, key);
  }
  return key;
}
const wordsKeys = new Map<string, string>();
const WORDS_KEYS_KEPT = 10_000;

/** A web address typed without its scheme ("linkedin.com/in/ada") is meant as https. */
export function withScheme(link: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(link) || !/^[\w-]+(\.[\w-]+)+(\/|$)/.test(link) ? link : `https://${link}`;
}

/** An amount as `parseAmount` reads it back: 1.234 is written 1.2340, which cannot be taken for 1,234. */
export function formatAmount(amount: number): string {
  const text = String(amount);
  return parseAmount(text) === amount ? text : `${text}0`;
}
