import type { Client, ClientCreateInput } from '../../src/api/clients';
import { feeDraft, feeFromDraft, type FeeDraft } from './feeDraft';

export type ClientDraft = FeeDraft & {
  name: string;
  industry: string;
  website: string;
  location: string;
  status: string;
  guaranteeDays: string;
  relationship: string;
};

export function clientDraft(client?: Client): ClientDraft {
  return {
    name: client?.name ?? '',
    industry: client?.industry ?? '',
    website: client?.website ?? '',
    location: client?.location ?? '',
    status: client?.status ?? 'prospect',
    ...feeDraft(client?.fee),
    guaranteeDays: client?.guaranteeDays?.toString() ?? '',
    relationship: client?.relationship ?? '',
  };
}

/** Every field of the client, as the contract takes it for both create and update. */
export function clientFields(draft: ClientDraft): Required<ClientCreateInput> {
  return {
    name: draft.name,
    industry: draft.industry,
    website: draft.website,
    location: draft.location,
    status: draft.status as Client['status'],
    // A client has no terms to inherit: its form never offers 'client'.
    fee: feeFromDraft(draft) ?? null,
    guaranteeDays: draft.guaranteeDays.trim() === '' ? null : Number(draft.guaranteeDays),
    relationship: draft.relationship,
  };
}
