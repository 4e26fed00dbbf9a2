import { countryCodes } from '../../src/api/countries';
import { knownCurrencies } from '../../src/api/recruiterProfile';

// Names in the recruiter's own language, as their system gives them: none are kept by hand.
const countryNames = new Intl.DisplayNames(undefined, { type: 'region', fallback: 'code' });
const currencyNames = new Intl.DisplayNames(undefined, { type: 'currency', fallback: 'code' });

export const countryName = (code: string) => countryNames.of(code) ?? code;

const byName = (a: readonly [string, string], b: readonly [string, string]) => a[1].localeCompare(b[1]);

/** Every country, by name: [code, "Germany"]. */
export const countryOptions: readonly (readonly [string, string])[] = countryCodes.map((code) => [code, countryName(code)] as const).sort(byName);

/** Every currency, by code: [code, "EUR · Euro"]. */
export const currencyOptions: readonly (readonly [string, string])[] = knownCurrencies.map(
  (code) => [code, `${code} · ${currencyNames.of(code) ?? code}`] as const,
);
