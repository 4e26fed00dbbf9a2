import { countryCodes } from '../../api/countries';
import { headerKey } from './columns';
import { invalid } from './values';

/** The languages of the header table's spreadsheets: a country is named in any of them. */
const languages = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl'];

/**
 * Everyday names a spreadsheet uses that Intl does not give: a country's nations, old and short
 * names, and official ones. Only names that tell one country (not "America"); "Korea" is South
 * Korea, as business spreadsheets mean it.
 */
const otherNames: Record<string, string[]> = {
  US: ['USA', 'United States of America'],
  GB: ['UK', 'Great Britain', 'Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  NL: ['Holland'],
  CZ: ['Czech Republic', 'Czechia'],
  TR: ['Turkey', 'Türkiye'],
  HK: ['Hong Kong'],
  MO: ['Macau', 'Macao'],
  AE: ['UAE', 'Emirates', 'United Arab Emirates'],
  RU: ['Russian Federation'],
  CI: ['Ivory Coast'],
  IE: ['Republic of Ireland', 'Eire'],
  KR: ['Korea', 'South Korea', 'Republic of Korea'],
  KP: ['North Korea'],
  MK: ['Macedonia', 'North Macedonia'],
  MM: ['Burma'],
  SZ: ['Swaziland'],
  CV: ['Cape Verde'],
  VA: ['Vatican', 'Vatican City', 'Holy See'],
  PS: ['Palestine'],
  SK: ['Slovak Republic'],
  SA: ['KSA'],
  BA: ['Bosnia'],
  CD: ['DRC', 'DR Congo', 'Democratic Republic of the Congo'],
  CG: ['Republic of the Congo'],
  TT: ['Trinidad'],
  VN: ['Viet Nam'],
  TW: ['Taiwan'],
};

const ambiguous = ['Congo'];

let byName: Map<string, string> | undefined;

/** Every country's code and names, compared as headers are (case, accents and punctuation aside); English first. */
function countriesByName(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  const add = (name: string, code: string) => {
    const key = headerKey(name);
    if (key !== '' && !byName!.has(key)) byName!.set(key, code);
  };
  for (const code of countryCodes) add(code, code);
  for (const language of languages) {
    const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    for (const code of countryCodes) {
      const name = names.of(code) ?? '';
      add(name, code);
      // "Bosnia & Herzegovina" is "Bosnia and Herzegovina" in most spreadsheets, "St. Lucia" "Saint Lucia".
      add(name.replace(/&/g, 'and').replace(/\bSt\.? /g, 'Saint '), code);
    }
  }
  const known = new Set(countryCodes);
  for (const [code, names] of Object.entries(otherNames)) if (known.has(code)) names.forEach((name) => add(name, code));
  // Two countries' short name in Spanish Intl and in speech: left to the row's note, not guessed.
  for (const name of ambiguous) byName.delete(headerKey(name));
  return byName;
}

/** A client's country from a cell: its ISO code ("DE") or its name in a spreadsheet's language ("Deutschland", "The Netherlands"). */
export function parseCountry(text: string): string | null | typeof invalid {
  if (text.trim() === '') return null;
  const lookUp = (name: string) => countriesByName().get(headerKey(name.replace(/&/g, 'and')));
  return lookUp(text) ?? lookUp(text.trim().replace(/^the\s+/i, '')) ?? invalid;
}

const inEnglish = new Intl.DisplayNames(['en'], { type: 'region' });

/** How an export names a country: in English, as its header is, and read back by parseCountry. */
export const countryName = (code: string) => inEnglish.of(code) ?? code;
