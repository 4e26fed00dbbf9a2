import { currencyOptions } from './regions';

const listId = 'currency-codes';

/** The currency codes a currency box suggests as the recruiter types ("EUR · Euro"); one list per page. */
export function CurrencySuggestions() {
  return (
    <datalist id={listId}>
      {currencyOptions.map(([code, label]) => (
        <option key={code} value={code} label={label} />
      ))}
    </datalist>
  );
}

/** What a currency box needs to offer the codes: its list. */
export const suggestCurrencies = { list: listId } as const;
