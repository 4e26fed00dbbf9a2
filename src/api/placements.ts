import { z } from 'zod';
import { Id, Money, optionalText, requiredText } from './common';

const Day = z.iso.date({ message: 'Use a date like 2026-11-22' });

/** What a fall-off inside the guarantee costs the agency, by the client's terms. */
export const fallOffRemedies = ['refund', 'partial_refund', 'replacement'] as const;
export type FallOffRemedy = (typeof fallOffRemedies)[number];
export const fallOffRemedyLabels: Record<FallOffRemedy, string> = {
  refund: 'Refund of the fee',
  partial_refund: 'A share of the fee back',
  replacement: 'A free replacement',
};

/** Where a placement's money stands, most final first. */
export const invoiceStatuses = ['not_raised', 'raised', 'overdue', 'paid', 'fallen_off'] as const;
export type InvoiceStatus = (typeof invoiceStatuses)[number];
export const invoiceStatusLabels: Record<InvoiceStatus, string> = {
  not_raised: 'Not invoiced',
  raised: 'Invoiced',
  overdue: 'Overdue',
  paid: 'Paid',
  fallen_off: 'Fallen off',
};

export const Split = z.strictObject({
  recruiter: requiredText(100, 'Name the recruiter'),
  percent: z.number({ message: 'Enter the recruiter’s share in %' }).gt(0, 'A share must be more than 0%').max(100),
});
export type Split = z.infer<typeof Split>;

const Splits = z
  .array(Split)
  .max(10)
  .refine((splits) => splits.length === 0 || Math.abs(splits.reduce((sum, s) => sum + s.percent, 0) - 100) < 0.001, {
    message: 'The shares must add up to 100%',
  })
  .refine((splits) => new Set(splits.map((s) => s.recruiter.toLowerCase())).size === splits.length, {
    message: 'Name each recruiter once',
  });

export const PlacementIdInput = z.strictObject({ submissionId: Id });

export const PlacementUpdateInput = z.strictObject({
  submissionId: Id,
  /** The fee as agreed, when it differs from the terms; a reason is needed. */
  fee: z.strictObject({ amount: Money.shape.amount, currency: Money.shape.currency, reason: requiredText(500, 'Say why the fee differs from the terms') }).optional(),
  splits: Splits.optional(),
});
export type PlacementUpdateInput = z.input<typeof PlacementUpdateInput>;

export const InvoiceRaiseInput = z.strictObject({
  submissionId: Id,
  number: requiredText(60, 'Enter the invoice number'),
  raisedOn: Day,
});
export type InvoiceRaiseInput = z.input<typeof InvoiceRaiseInput>;

export const InvoicePaidInput = z.strictObject({ submissionId: Id, paidOn: Day.nullable() });
export type InvoicePaidInput = z.input<typeof InvoicePaidInput>;

export const FallOffInput = z.strictObject({
  submissionId: Id,
  on: Day,
  reason: requiredText(1000, 'Say why the placement fell off'),
  /** The client's terms when left out. */
  remedy: z.enum(fallOffRemedies).optional(),
});
export type FallOffInput = z.input<typeof FallOffInput>;

export const PlacementListInput = z.strictObject({
  /** Placed on or after / on or before, in the recruiter's days. */
  from: Day.nullable().default(null),
  to: Day.nullable().default(null),
  clientId: Id.nullable().default(null),
  recruiter: optionalText(100).default(null),
  status: z.enum(invoiceStatuses).nullable().default(null),
});
export type PlacementListInput = z.input<typeof PlacementListInput>;

export interface Placement {
  id: string;
  submissionId: string;
  candidateId: string;
  candidateName: string;
  jobId: string;
  jobTitle: string;
  clientId: string;
  clientName: string;
  /** The day it was placed, in the recruiter's zone. */
  placedOn: string;
  startOn: string;
  salary: Money;
  fee: Money | null;
  /** Why the fee differs from the terms; null when it is the terms'. */
  feeReason: string | null;
  /** The fee the terms give, for comparison when it was changed. */
  termsFee: Money | null;
  splits: Split[];
  guaranteeEndsOn: string | null;
  invoice: { number: string; raisedOn: string; dueOn: string } | null;
  paidOn: string | null;
  /**
   * `refund` is what the fall-off gives back; on an invoice not yet paid it is a `credit` taken off
   * it, on one paid before the fall-off a `refundDue` to the client.
   */
  fallOff: { on: string; reason: string; remedy: FallOffRemedy; refund: Money | null; credit: Money | null; refundDue: Money | null } | null;
  status: InvoiceStatus;
  /** What the invoice asks for (and its payment records): the fee, less a credit; null when a whole refund left nothing. */
  billed: Money | null;
  /** What the client still owes: what is billed once invoiced, until paid. */
  owed: Money | null;
  /** Owed past the invoice's due day (status overdue, or a fee still owed after a fall-off unpaid past it). */
  overdue: boolean;
}

/** Sums for one currency at the foot of a list. */
export interface PlacementTotals {
  currency: string;
  count: number;
  fees: number;
  invoiced: number;
  paid: number;
  owed: number;
  overdue: number;
  refunded: number;
}

export interface PlacementList {
  items: Placement[];
  totals: PlacementTotals[];
}
