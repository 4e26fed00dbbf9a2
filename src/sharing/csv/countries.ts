import { countryCodes } from '../../api/countries';
import { headerKey } from './columns';
import { invalid } from './values';

/** The languages of the header table's spreadsheets: a country is named in any of them. */
const languages = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl'];

/** Names a spreadsheet uses that Intl does not give. */
const otherNames: Record<string, string[]> = { US: ['USA', 'United States of America'], GB: ['UK', 'Great Britain'] };

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
    for (const code of countryCodes) add(names.of(code) ?? '', code);
  }
  for (const [code, names] of Object.entries(otherNames)) names.forEach((name) => add(name, code));
  return byName;
}

/** A client's country from a cell: its ISO code ("DE") or its name in a spreadsheet's language ("Deutschland"). */
export function parseCountry(text: string): string | null | typeof invalid {
  if (text.trim() === '') return null;
  return countriesByName().get(headerKey(text)) ?? invalid;
}

const inEnglish = new Intl.DisplayNames(['en'], { type: 'region' });

/** How an export names a country: in English, as its header is, and read back by parseCountry. */
export const countryName = (code: string) => inEnglish.of(code) ?? code;
