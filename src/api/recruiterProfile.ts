import { z } from 'zod';
import { Currency, optionalText } from './common';

/** The currencies this system knows (ISO 4217), as Intl lists them: no hand-kept list to go stale. */
export const knownCurrencies: readonly string[] = Intl.supportedValuesOf('currency');

/** The recruiter using this laptop, as their messages sign off, and the money they work in. */
export const RecruiterProfileInput = z.strictObject({
  name: optionalText(200).default(null),
  email: optionalText(320)
    .refine((v) => v === null || z.email().safeParse(v).success, 'Use an email address like you@agency.com')
    .default(null),
  phone: optionalText(40)
    .refine((v) => v === null || /^\+?[\d\s().\-–]{5,}(\s*(x|ext\.?)\s*\d+)?$/i.test(v), 'Use a phone number made of digits, spaces and + ( ) -')
    .default(null),
  /** How messages end, below the sign-off ("Best regards"); left blank, the name, phone and email. */
  signature: optionalText(2000).default(null),
  /** A new job's salary currency, unless its client's country uses another. */
  currency: Currency.refine((code) => knownCurrencies.includes(code), 'Choose a currency from the list').nullable().default(null),
});
export type RecruiterProfileInput = z.input<typeof RecruiterProfileInput>;
export type RecruiterProfile = z.output<typeof RecruiterProfileInput>;

/** The lines a message signs with: the signature as written, else what the profile says of the recruiter. */
export function signatureOf(profile: RecruiterProfile): string | null {
  if (profile.signature) return profile.signature;
  const lines = [profile.name, profile.phone, profile.email].filter((line): line is string => line !== null);
  return profile.name ? lines.join('\n') : null;
}
