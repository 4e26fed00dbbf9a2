import type { FeeTerms } from '../api/clients';
import type { SqlValue } from '../db/records';

/** The four columns that hold fee terms, on clients and on jobs alike. */
export const feeFields = ['fee_type', 'fee_percent', 'fee_amount', 'fee_currency'] as const;

export interface FeeRow {
  fee_type: FeeTerms['type'] | null;
  fee_percent: number | null;
  fee_amount: number | null;
  fee_currency: string | null;
}

export function feeFromRow(row: FeeRow): FeeTerms | null {
  if (row.fee_type === 'percentage' && row.fee_percent !== null) return { type: 'percentage', percent: row.fee_percent };
  if (row.fee_type === 'flat' && row.fee_amount !== null && row.fee_currency !== null) {
    return { type: 'flat', amount: row.fee_amount, currency: row.fee_currency };
  }
  return null;
}

/** Fee terms are written together, so a half-changed fee can never be stored. */
export function feeColumns(fee: FeeTerms | null): Record<(typeof feeFields)[number], SqlValue> {
  return {
    fee_type: fee?.type ?? null,
    fee_percent: fee?.type === 'percentage' ? fee.percent : null,
    fee_amount: fee?.type === 'flat' ? fee.amount : null,
    fee_currency: fee?.type === 'flat' ? fee.currency : null,
  };
}
