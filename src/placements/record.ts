import type { Money } from '../api/common';
import type { Split } from '../api/placements';
import { getClient } from '../clients/clients';
import type { Core } from '../db/core';
import { insertRecord, updateRecord, type Entity } from '../db/records';
import { statement } from '../db/statements';
import { getJob } from '../jobs/jobs';
import { feeFromTerms } from './fee';
import { placementId } from './placementId';

export const placementEntity: Entity = {
  table: 'placements',
  fields: [
    'submission_id',
    'fee_amount',
    'fee_currency',
    'fee_reason',
    'splits',
    'invoice_number',
    'invoice_raised_on',
    'invoice_due_on',
    'paid_on',
    'fell_off_on',
    'fall_off_reason',
    'fall_off_remedy',
    'refund_amount',
  ],
  groups: [
    ['fee_amount', 'fee_currency', 'fee_reason'],
    ['invoice_number', 'invoice_raised_on', 'invoice_due_on'],
    ['fell_off_on', 'fall_off_reason', 'fall_off_remedy', 'refund_amount'],
  ],
};

/** The fee the job's terms give, or the client's when the job has none. */
export function termsFee(core: Core, jobId: string, salary: Money): Money | null {
  const job = getJob(core, jobId);
  return feeFromTerms(job.fee ?? getClient(core, job.clientId).fee, salary);
}

/**
 * Called when a submission moves to placed: makes its placement record, or brings the fee of an
 * existing one (placed, moved back, placed again) up to the new salary unless the recruiter set
 * the fee by hand. The fee is split to the job's owner until the recruiter says otherwise.
 */
export function recordPlacement(core: Core, submissionId: string, jobId: string, salary: Money): void {
  const fee = termsFee(core, jobId, salary);
  const id = placementId(submissionId);
  const existing = statement(core.db, 'SELECT fee_reason FROM placements WHERE id = ?').get(id) as { fee_reason: string | null } | undefined;
  if (!existing) {
    const owner = getJob(core, jobId).owner;
    const splits: Split[] = owner ? [{ recruiter: owner, percent: 100 }] : [];
    insertRecord(core, placementEntity, { submission_id: submissionId, fee_amount: fee?.amount ?? null, fee_currency: fee?.currency ?? null, splits: JSON.stringify(splits) }, id);
  } else if (existing.fee_reason === null) {
    updateRecord(core, placementEntity, id, { fee_amount: fee?.amount ?? null, fee_currency: fee?.currency ?? null, fee_reason: null });
  }
}

