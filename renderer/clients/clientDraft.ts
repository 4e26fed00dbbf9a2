import type { Client, ClientCreateInput, FeeTerms } from '../../src/api/clients';

export type ClientDraft = {
  name: string;
  industry: string;
  website: string;
  location: string;
  status: string;
  'fee.type': string;
  'fee.percent': string;
  'fee.amount': string;
  'fee.currency': string;
  guaranteeDays: string;
  relationship: string;
};

/** The currency most agencies quote in until the recruiter says otherwise. */
const DEFAULT_CURRENCY = 'USD';

export function clientDraft(client?: Client): ClientDraft {
  const fee = client?.fee;
  return {
    name: client?.name ?? '',
    industry: client?.industry ?? '',
    website: client?.website ?? '',
    location: client?.location ?? '',
    status: client?.status ?? 'prospect',
    'fee.type': fee?.type ?? 'none',
    'fee.percent': fee?.type === 'percentage' ? String(fee.percent) : '',
    'fee.amount': fee?.type === 'flat' ? String(fee.amount) : '',
    'fee.currency': fee?.type === 'flat' ? fee.currency : DEFAULT_CURRENCY,
    guaranteeDays: client?.guaranteeDays?.toString() ?? '',
    relationship: client?.relationship ?? '',
  };
}

/** A blank box is not a number: NaN lets the schema say what is missing, in its own words. */
function amount(text: string): number {
  return text.trim() === '' ? NaN : Number(text);
}

function feeTerms(draft: ClientDraft): FeeTerms | null {
  switch (draft['fee.type']) {
    case 'percentage':
      return { type: 'percentage', percent: amount(draft['fee.percent']) };
    case 'flat':
      return { type: 'flat', amount: amount(draft['fee.amount']), currency: draft['fee.currency'] };
    default:
      return null;
  }
}

/** Every field of the client, as the contract takes it for both create and update. */
export function clientFields(draft: ClientDraft): Required<ClientCreateInput> {
  return {
    name: draft.name,
    industry: draft.industry,
    website: draft.website,
    location: draft.location,
    status: draft.status as Client['status'],
    fee: feeTerms(draft),
    guaranteeDays: draft.guaranteeDays.trim() === '' ? null : Number(draft.guaranteeDays),
    relationship: draft.relationship,
  };
}
