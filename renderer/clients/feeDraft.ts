import type { FeeTerms } from '../../src/api/clients';

/** The fee controls of a form, keyed by the contract's paths so errors find them. */
export type FeeDraft = {
  /** 'none', 'percentage' or 'flat'; a job's form may also offer 'client', the client's own terms. */
  'fee.type': string;
  'fee.percent': string;
  'fee.amount': string;
  'fee.currency': string;
};

/** The currency most agencies quote in until the recruiter says otherwise. */
export const DEFAULT_CURRENCY = 'USD';

export function feeDraft(fee: FeeTerms | null | undefined, type = fee?.type ?? 'none'): FeeDraft {
  return {
    'fee.type': type,
    'fee.percent': fee?.type === 'percentage' ? String(fee.percent) : '',
    'fee.amount': fee?.type === 'flat' ? String(fee.amount) : '',
    'fee.currency': fee?.type === 'flat' ? fee.currency : DEFAULT_CURRENCY,
  };
}

/** A blank box is not a number: NaN lets the schema say what is missing, in its own words. */
export function amount(text: string): number {
  return text.trim() === '' ? NaN : Number(text);
}

/** The terms as typed; undefined for the client's own terms, which the core fills in. */
export function feeFromDraft(draft: FeeDraft): FeeTerms | null | undefined {
  switch (draft['fee.type']) {
    case 'percentage':
      return { type: 'percentage', percent: amount(draft['fee.percent']) };
    case 'flat':
      return { type: 'flat', amount: amount(draft['fee.amount']), currency: draft['fee.currency'] };
    case 'client':
      return undefined;
    default:
      return null;
  }
}
