import { z } from 'zod';

export const Id = z.uuid({ message: 'Not a valid record id' });

export const IdInput = z.strictObject({ id: Id });

/** Free text a person typed: trimmed, and blank means "nothing". */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep this under ${max} characters`)
    .transform((v) => (v === '' ? null : v))
    .nullable();

export const requiredText = (max: number, missing: string) =>
  z.string({ message: missing }).trim().min(1, missing).max(max, `Keep this under ${max} characters`);

/** A calendar day, as the recruiter means it, with no time zone attached. */
export const optionalDay = z
  .string()
  .trim()
  .transform((v) => (v === '' ? null : v))
  .pipe(z.iso.date({ message: 'Use a date like 2026-11-22' }).nullable())
  .nullable();

/** An IANA time zone ("Europe/Paris"), so a wall-clock time means one moment. */
export const TimeZone = z
  .string({ message: 'Choose a time zone' })
  .trim()
  .min(1, 'Choose a time zone')
  .max(64)
  .refine(isTimeZone, 'Not a known time zone');

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const Currency = z
  .string({ message: 'Use a three-letter currency code such as USD or EUR' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as USD or EUR');

/**
 * The largest amount of money Shortlist takes, in any currency: no salary or fee comes near a
 * billion, and far larger numbers (1e308) overflow when a fee is worked out from them and write
 * CSV files that cannot be read back.
 */
export const MAX_AMOUNT = 1_000_000_000;
export const tooMuch = (what: string) => `The ${what} cannot be more than 1,000,000,000`;

export const Money = z.strictObject({
  amount: z.number({ message: 'Enter an amount' }).min(0, 'The amount cannot be negative').max(MAX_AMOUNT, tooMuch('amount')),
  currency: Currency,
});
export type Money = z.infer<typeof Money>;

export const PageInput = {
  cursor: z.string().max(500).optional(),
  limit: z.number().int().min(1).max(500).default(100),
};

/** One keyset page of a list; `nextCursor` is null on the last page. */
export interface Page<T> {
  items: T[];
  /** How many match in all, on the first page; null on the pages after it. */
  total: number | null;
  nextCursor: string | null;
}

/** Stamps every synced record carries. */
export interface Stamps {
  id: string;
  createdAt: string;
  updatedAt: string;
}

export type Ok = { ok: true };

/** A file for the UI to save: an .ics calendar or a CSV. */
export interface TextFile {
  fileName: string;
  mimeType: string;
  text: string;
}
