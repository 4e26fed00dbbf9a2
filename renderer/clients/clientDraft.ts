import type { Client, ClientCreateInput } from '../../src/api/clients';
import type { FallOffRemedy } from '../../src/api/placements';
import { feeDraft, feeFromDraft, type FeeDraft } from './feeDraft';

export type ClientDraft = FeeDraft & {
  name: string;
  industry: string;
  website: string;
  location: string;
  country: string;
  status: string;
  guaranteeDays: string;
  relationship: string;
  paymentTermsDays: string;
  'fallOff.remedy': string;
  'fallOff.refundPercent': string;
};

export function clientDraft(client?: Client): ClientDraft {
  return {
    name: client?.name ?? '',
    industry: client?.industry ?? '',
    website: client?.website ?? '',
    location: client?.location ?? '',
    country: client?.country ?? '',
    status: client?.status ?? 'prospect',
    ...feeDraft(client?.fee),
    guaranteeDays: client?.guaranteeDays?.toString() ?? '',
    relationship: client?.relationship ?? '',
    paymentTermsDays: client?.paymentTermsDays?.toString() ?? '',
    'fallOff.remedy': client?.fallOff?.remedy ?? '',
    'fallOff.refundPercent': client?.fallOff?.refundPercent?.toString() ?? '',
  };
}

/** Every field of the client, as the contract takes it for both create and update. */
export function clientFields(draft: ClientDraft): Required<ClientCreateInput> {
  return {
    name: draft.name,
    industry: draft.industry,
    website: draft.website,
    location: draft.location,
    country: draft.country || null,
    status: draft.status as Client['status'],
    // A client has no terms to inherit: its form never offers 'client'.
    fee: feeFromDraft(draft) ?? null,
    guaranteeDays: draft.guaranteeDays.trim() === '' ? null : Number(draft.guaranteeDays),
    relationship: draft.relationship,
    paymentTermsDays: draft.paymentTermsDays.trim() === '' ? null : Number(draft.paymentTermsDays),
    fallOff:
      draft['fallOff.remedy'] === ''
        ? null
        : {
            remedy: draft['fallOff.remedy'] as FallOffRemedy,
            refundPercent: draft['fallOff.refundPercent'].trim() === '' ? null : Number(draft['fallOff.refundPercent']),
          },
  };
}
