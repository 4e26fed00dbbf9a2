import type { Money } from '../api/common';
import type { ParsedInput } from '../api/contract';
import { ApiError } from '../api/errors';
import { type FallOffRemedy, type InvoiceStatus, type Placement, type Split } from '../api/placements';
import { getClient } from '../clients/clients';
import type { Core } from '../db/core';
import { updateRecord } from '../db/records';
import { statement } from '../db/statements';
import { dayIn, plusDays } from '../reminders/time';
import { CURRENT_STAGE_JOIN } from '../submissions/submissions';
import { cents, refundFor } from './fee';
import { placementId } from './placementId';
import { placementEntity } from './record';

/** Days a client has to pay when their terms say nothing. */
export const DEFAULT_PAYMENT_DAYS = 30;

export interface PlacementRow {
  id: string;
  submission_id: string;
  candidate_id: string;
  candidate_name: string;
  job_id: string;
  job_title: string;
  client_id: string;
  client_name: string;
  placed_at: string;
  placement_start_on: string;
  placement_salary: number;
  placement_currency: string;
  terms_fee: number | null;
  terms_fee_currency: string | null;
  guarantee_ends_on: string | null;
  fee_amount: number | null;
  fee_currency: string | null;
  fee_reason: string | null;
  splits: string;
  invoice_number: string | null;
  invoice_raised_on: string | null;
  invoice_due_on: string | null;
  paid_on: string | null;
  fell_off_on: string | null;
  fall_off_reason: string | null;
  fall_off_remedy: FallOffRemedy | null;
  refund_amount: number | null;
}

/**
 * Placements that stand: their submission is live and its latest move is to placed (a placement
 * moved back, with its reason, is no placement until it is placed again). `placed_at` is when.
 */
export const selectPlacements = `
  SELECT p.*, s.candidate_id, c.name AS candidate_name, s.job_id, j.title AS job_title, j.client_id,
    cl.name AS client_name, now.created_at AS placed_at, s.placement_start_on, s.placement_salary,
    s.placement_currency, s.placement_fee AS terms_fee, s.placement_fee_currency AS terms_fee_currency,
    s.guarantee_ends_on
  FROM placements p
  JOIN submissions s ON s.id = p.submission_id AND s.deleted_at IS NULL
  ${CURRENT_STAGE_JOIN}
  JOIN candidates c ON c.id = s.candidate_id AND c.deleted_at IS NULL
  JOIN jobs j ON j.id = s.job_id AND j.deleted_at IS NULL
  JOIN clients cl ON cl.id = j.client_id
  WHERE p.deleted_at IS NULL AND now.stage = 'placed' AND s.placement_start_on IS NOT NULL`;

const money = (amount: number | null, currency: string | null): Money | null =>
  amount === null || currency === null ? null : { amount, currency };

/** Where the placement's money stands on `today`. */
export function invoiceStatus(row: PlacementRow, today: string): InvoiceStatus {
  if (row.fell_off_on !== null) return 'fallen_off';
  if (row.paid_on !== null) return 'paid';
  if (row.invoice_raised_on === null) return 'not_raised';
  return row.invoice_due_on !== null && row.invoice_due_on < today ? 'overdue' : 'raised';
}

export function toPlacement(row: PlacementRow, zone: string, today: string): Placement {
  const fee = money(row.fee_amount, row.fee_currency);
  const status = invoiceStatus(row, today);
  const { billed, credit, refundDue } = settlement(row, fee);
  const owed = billed !== null && row.invoice_raised_on !== null && row.paid_on === null ? billed : null;
  return {
    id: row.id,
    submissionId: row.submission_id,
    candidateId: row.candidate_id,
    candidateName: row.candidate_name,
    jobId: row.job_id,
    jobTitle: row.job_title,
    clientId: row.client_id,
    clientName: row.client_name,
    placedOn: dayIn(row.placed_at, zone),
    startOn: row.placement_start_on,
    salary: { amount: row.placement_salary, currency: row.placement_currency },
    fee,
    feeReason: row.fee_reason,
    termsFee: money(row.terms_fee, row.terms_fee_currency),
    splits: JSON.parse(row.splits) as Split[],
    guaranteeEndsOn: row.guarantee_ends_on,
    invoice:
      row.invoice_number === null || row.invoice_raised_on === null || row.invoice_due_on === null
        ? null
        : { number: row.invoice_number, raisedOn: row.invoice_raised_on, dueOn: row.invoice_due_on },
    paidOn: row.paid_on,
    fallOff:
      row.fell_off_on === null || row.fall_off_reason === null || row.fall_off_remedy === null
        ? null
        : { on: row.fell_off_on, reason: row.fall_off_reason, remedy: row.fall_off_remedy, refund: money(row.refund_amount, row.fee_currency), credit, refundDue },
    status,
    billed,
    owed,
    overdue: owed !== null && row.invoice_due_on !== null && row.invoice_due_on < today,
  };
}

/**
 * What the fall-off leaves the invoice asking for, and what goes back to the client. A free
 * replacement gives nothing back: the fee stands. Paid before the day it fell off, the fee was paid
 * whole, so the share (or the whole fee) is a refund due. Not paid by then, the share is a credit on
 * the invoice, which asks for the fee less the share (a payment recorded on the fall-off's day or
 * later is that); a whole refund leaves nothing to ask for.
 */
function settlement(row: PlacementRow, fee: Money | null): { billed: Money | null; credit: Money | null; refundDue: Money | null } {
  const back = money(row.refund_amount, row.fee_currency);
  if (fee === null || row.fell_off_on === null || back === null) return { billed: fee, credit: null, refundDue: null };
  if (row.paid_on !== null && row.paid_on < row.fell_off_on) return { billed: fee, credit: null, refundDue: back };
  const left = cents(fee.amount - back.amount);
  return { billed: left > 0 ? { amount: left, currency: fee.currency } : null, credit: back, refundDue: null };
}

export const todayOf = (core: Core) => dayIn(core.clock.now(), core.timeZone);

export function getPlacement(core: Core, submissionId: string): Placement {
  const row = statement(core.db, `${selectPlacements} AND p.id = ?`).get(placementId(submissionId)) as PlacementRow | undefined;
  if (!row) throw new ApiError('not_found', 'This submission is not a placement (it is not at Placed, or it is in the trash).');
  return toPlacement(row, core.timeZone, todayOf(core));
}

/** The fee as agreed (with why it differs from the terms) and its split between recruiters. */
export function updatePlacement(core: Core, input: ParsedInput<'placements.update'>): Placement {
  const placement = getPlacement(core, input.submissionId);
  if (input.fee && placement.invoice && placement.paidOn) {
    throw new ApiError('invalid_input', 'This invoice is paid: the fee can no longer change.', 'fee');
  }
  if (input.fee && placement.fallOff) throw new ApiError('invalid_input', feeFrozenBy(placement.fallOff), 'fee');
  updateRecord(core, placementEntity, placement.id, {
    ...(input.fee && { fee_amount: input.fee.amount, fee_currency: input.fee.currency, fee_reason: input.fee.reason }),
    ...(input.splits && { splits: JSON.stringify(input.splits) }),
  });
  return getPlacement(core, input.submissionId);
}

/**
 * What the fall-off gave back was worked out from the fee of its day and is kept as it was: a fee
 * changed after it would leave a credit or refund that no longer matches it. A fall-off cannot be
 * undone, so the fee stays as it was then.
 */
function feeFrozenBy(fallOff: NonNullable<Placement['fallOff']>): string {
  const worked = fallOff.refund
    ? `the ${fallOff.refund.amount.toLocaleString('en')} ${fallOff.refund.currency} given back was worked out from its fee`
    : 'its fee stood as it was when the client took the free replacement';
  return `This placement fell off on ${fallOff.on} and ${worked}: the fee can no longer change, and a fall-off cannot be undone.`;
}

/** Raises (or corrects) the invoice; it falls due after the client's payment terms. */
export function raiseInvoice(core: Core, input: ParsedInput<'placements.raiseInvoice'>): Placement {
  const placement = getPlacement(core, input.submissionId);
  if (placement.fee === null) throw new ApiError('invalid_input', 'Enter the fee before raising the invoice.', 'number');
  if (placement.fallOff && placement.billed === null) {
    throw new ApiError('invalid_input', 'This placement fell off and its fee was given back: there is nothing to invoice.', 'number');
  }
  if (placement.paidOn) throw new ApiError('invalid_input', 'This invoice is already paid.', 'number');
  if (input.raisedOn < placement.placedOn) {
    throw new ApiError('invalid_input', `${placement.candidateName} was placed on ${placement.placedOn}: the invoice cannot be raised before.`, 'raisedOn');
  }
  const days = getClient(core, placement.clientId).paymentTermsDays ?? DEFAULT_PAYMENT_DAYS;
  updateRecord(core, placementEntity, placement.id, {
    invoice_number: input.number,
    invoice_raised_on: input.raisedOn,
    invoice_due_on: plusDays(input.raisedOn, days),
  });
  return getPlacement(core, input.submissionId);
}

/** Records the day the client paid (or, with null, takes a payment back that was recorded by mistake). */
export function markPaid(core: Core, input: ParsedInput<'placements.markPaid'>): Placement {
  const placement = getPlacement(core, input.submissionId);
  if (!placement.invoice) throw new ApiError('invalid_input', 'Raise the invoice before recording its payment.', 'paidOn');
  if (input.paidOn !== null && input.paidOn < placement.invoice.raisedOn) {
    throw new ApiError('invalid_input', `The invoice was raised on ${placement.invoice.raisedOn}: it cannot be paid before.`, 'paidOn');
  }
  if (input.paidOn !== null && placement.fallOff?.remedy === 'refund' && input.paidOn >= placement.fallOff.on) {
    throw new ApiError('invalid_input', `This placement fell off on ${placement.fallOff.on} and its fee was given back: there is nothing to pay after it.`, 'paidOn');
  }
  updateRecord(core, placementEntity, placement.id, { paid_on: input.paidOn });
  return getPlacement(core, input.submissionId);
}

/** The placed candidate left inside the guarantee: what it costs follows the client's terms. */
export function recordFallOff(core: Core, input: ParsedInput<'placements.fallOff'>): Placement {
  const placement = getPlacement(core, input.submissionId);
  if (placement.fallOff) throw new ApiError('invalid_input', `This placement already fell off on ${placement.fallOff.on}.`, 'on');
  if (input.on < placement.startOn) {
    throw new ApiError('invalid_input', `The candidate starts on ${placement.startOn}: a fall-off is on or after that day.`, 'on');
  }
  if (placement.guaranteeEndsOn === null) {
    throw new ApiError('invalid_input', `${placement.clientName}’s terms give no guarantee: there is no fall-off to record.`, 'on');
  }
  if (input.on > placement.guaranteeEndsOn) {
    throw new ApiError('invalid_input', `The guarantee ended on ${placement.guaranteeEndsOn}: the fee stands.`, 'on');
  }
  const terms = getClient(core, placement.clientId).fallOff;
  const remedy = input.remedy ?? terms?.remedy;
  if (!remedy) {
    throw new ApiError('invalid_input', `${placement.clientName} has no fall-off terms: choose a refund, a share back or a replacement.`, 'remedy');
  }
  const percent = remedy === 'partial_refund' ? (terms?.remedy === 'partial_refund' ? terms.refundPercent : null) : null;
  if (remedy === 'partial_refund' && percent === null) {
    throw new ApiError('invalid_input', `Set the share of the fee given back in ${placement.clientName}’s terms first.`, 'remedy');
  }
  const refund = refundFor(remedy, placement.fee, percent);
  updateRecord(core, placementEntity, placement.id, {
    fell_off_on: input.on,
    fall_off_reason: input.reason,
    fall_off_remedy: remedy,
    refund_amount: refund?.amount ?? null,
  });
  return getPlacement(core, input.submissionId);
}
